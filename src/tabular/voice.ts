import type { Source } from '../schema/source.js';

/**
 * A publication or body by name: a release by publisher, title and edition (`World Bank, World
 * Development Indicators (edition)`), a source document by its title, a body by its name. The
 * `statedBy` column of the tables across sources and the legend of their charts name sources so.
 */
export function sourceName(s: Source): string {
  if (s.file !== undefined) return s.title;
  // an edition's own parenthesis (which files came from older commits) is left to the source's record
  const edition = s.edition?.split(' (')[0];
  if (s.publisher === undefined) return s.title;
  return s.form === 'body' || s.title === s.publisher ? s.publisher : `${s.publisher}, ${s.title}${edition ? ` (${edition})` : ''}`;
}

/** Who states a figure: the body the figure is attributed to, in the publication it is read from. */
export function voiceOf(source: Source, attribution: Source | undefined): string {
  return attribution === undefined ? sourceName(source) : `${sourceName(attribution)}, in ${sourceName(source)}`;
}
