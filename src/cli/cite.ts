import { cite } from '../citation/cite.js';
import type { Source } from '../model/source.js';
import { sources } from '../sources/index.js';
import { findDataset } from './findDataset.js';
import { closestNames } from './closestNames.js';
import { UsageError, didYouMean, nameList } from './usageError.js';

/** The formats `cite` prints. */
export const citeFormats = ['text', 'csl', 'bibtex', 'biblatex'] as const;

/**
 * The citation of a dataset, of one figure of it (an observation or an event, by its id), or of
 * a source (by its id), for the `cite` command: plain text (the default), CSL-JSON (two-space
 * indented), BibTeX (standard entry types, which classic BibTeX reads) or biblatex (`@online`,
 * `@dataset`, `@software`, for biber), always with the library's own citation.
 *
 * @throws {UsageError} naming the formats for an unknown format; the closest dataset ids for an
 * unknown dataset; the closest observation and event ids of the dataset for an unknown figure;
 * and when a figure id follows a source id.
 */
export function citeCommand(id: string | undefined, figureId: string | undefined, format: string): string {
  if (!(citeFormats as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}". The formats are ${nameList(citeFormats)}`);
  const source: Source | undefined = sources.find((s) => s.id === id);
  if (source !== undefined && figureId !== undefined) throw new UsageError(`cite: "${id}" is a source; a figure id follows a dataset id (cite <dataset> <figure>)`);
  const dataset = source === undefined ? findDataset(id, 'cite') : undefined;
  if (dataset !== undefined && figureId !== undefined) {
    const figures = [...dataset.observations, ...dataset.events].map((f) => f.id);
    if (!figures.includes(figureId)) {
      const close = closestNames(figureId, figures);
      const hint = close.length === 0 ? 'None has a similar id.' : didYouMean(close);
      throw new UsageError(`dataset "${dataset.id}" has no observation or event "${figureId}". ${hint} "azerbaijan-data show ${dataset.id} --json" names them all.`);
    }
  }
  const citation = dataset === undefined ? cite(source!) : cite(dataset, figureId);
  if (format === 'csl') return `${JSON.stringify(citation.csl, null, 2)}\n`;
  if (format === 'bibtex') return citation.bibtex;
  if (format === 'biblatex') return citation.biblatex;
  return citation.text;
}
