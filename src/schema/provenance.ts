import { z } from 'zod';
import { ChainLink } from './chainLink.js';
import { Slug } from './ids.js';
import { Locator } from './locator.js';

/**
 * The fields that trace a figure or an event to its source: the same on observations and
 * events. Internal to the schema modules.
 */
export const provenanceFields = {
  /** Id of the document the figure is read from. */
  source: Slug,
  /** Id of the body the document attributes the figure to, where it names one. */
  attribution: Slug.optional(),
  /**
   * The bodies between `attribution` and the document, in order from the body outward, where
   * the document says the figure came to it through them ("UNHCR's estimate, compiled by IDMC"):
   * every link is a source of the dataset. It needs an `attribution`.
   */
  via: z.array(ChainLink).min(1).optional(),
  locator: Locator,
  /** The document's own upstream citation for the figure (its footnote text), where it gives one. */
  citation: z.string().min(1).optional(),
  /** The shortest verbatim fragment of the document that contains the figure as written. */
  quote: z.string().min(1),
  /** The figure exactly as the document writes it, a part of `quote` ("1,432.6", "twenty", "30,000 – 50,000"). */
  asWritten: z.string().min(1),
  note: z.string().min(1).optional(),
};
