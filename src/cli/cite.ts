import { cite } from '../citation/cite.js';
import type { Source } from '../schema/source.js';
import { sources } from '../sources/index.js';
import { findDataset } from './findDataset.js';
import { UsageError, nameList } from './usageError.js';

/** The formats `cite` prints. */
export const citeFormats = ['text', 'csl', 'bibtex', 'biblatex'] as const;

/**
 * The citation of a dataset (or of a source, by its id) for the `cite` command: plain text (the
 * default), CSL-JSON (two-space indented), BibTeX (standard entry types, which classic BibTeX
 * reads) or biblatex (`@online`, `@dataset`, `@software`, for biber), always with the library's own citation.
 *
 * @throws {UsageError} naming the datasets for an unknown id, and the formats for an unknown format.
 */
export function citeCommand(id: string | undefined, format: string): string {
  if (!(citeFormats as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}". The formats are ${nameList(citeFormats)}`);
  const source: Source | undefined = sources.find((s) => s.id === id);
  const citation = cite(source ?? findDataset(id, 'cite'));
  if (format === 'csl') return `${JSON.stringify(citation.csl, null, 2)}\n`;
  if (format === 'bibtex') return citation.bibtex;
  if (format === 'biblatex') return citation.biblatex;
  return citation.text;
}
