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

/** A source document by its publisher and title in quotes (`DW (Deutsche Welle), "Nagorno-Karabakh: …"`); any other source by {@link sourceName}. */
function documentName(s: Source): string {
  if (s.file === undefined) return sourceName(s);
  return s.publisher === undefined ? `"${s.title}"` : `${s.publisher}, "${s.title}"`;
}

/**
 * Whom a dated event is according to, for "according to …" beside the event: the document it
 * is read from, by publisher and title, and first the body the document attributes it to, where
 * it names one (`Reuters, in DW (Deutsche Welle), "Nagorno-Karabakh: Azerbaijan sends
 * humanitarian aid"`). The `show` and `compare` commands and the docs' dataset pages name the
 * library's events so.
 */
export function accordingTo(source: Source, attribution: Source | undefined): string {
  return attribution === undefined ? documentName(source) : `${sourceName(attribution)}, in ${documentName(source)}`;
}
