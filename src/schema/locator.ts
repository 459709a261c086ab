import { z } from 'zod';
import type { Locator as LocatorType } from '../model/locator.js';

/**
 * Where in its source document a figure stands: the section heading, and where it applies the
 * table with its row and column, and the footnote that carries the source's own citation.
 *
 * @example
 * ```ts
 * import { Locator } from 'azerbaijan-data/schema';
 * Locator.parse({ section: 'Legal migration', table: 'Table 1', row: '1990', column: 'Net migration', footnote: 5 });
 * ```
 */
export const Locator = z.strictObject({
  section: z.string().min(1),
  table: z.string().min(1).optional(),
  row: z.string().min(1).optional(),
  column: z.string().min(1).optional(),
  footnote: z.number().int().positive().optional(),
});

/** A locator, as validated by {@link Locator}. */
export type Locator = LocatorType;
