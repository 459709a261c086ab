import type { Source } from '../model/source.js';
import { bodyName } from './bodyName.js';

/**
 * The body that stands as the author of a source that names no person: an organisation cited as
 * such by its own name and abbreviation ("Office of the United Nations High Commissioner for
 * Refugees (UNHCR)"); a website by its publisher; any other publication by its publisher (the
 * World Bank for its Factbook, DW for an unsigned article); for a chapter without one, the
 * publisher of the book it is part of. `undefined` where a person is named, or no body is known.
 * BibTeX and biblatex write it as a corporate author, in braces (`author = {{World Bank}}`).
 * Internal to the citation modules.
 */
export function corporateAuthor(s: Source): string | undefined {
  if (s.authors !== undefined && s.authors.length > 0) return undefined;
  if (s.form === 'body' || s.form === undefined) return bodyName(s);
  return s.publisher ?? s.container?.publisher;
}
