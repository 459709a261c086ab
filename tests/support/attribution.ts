import type { Source } from 'azerbaijan-data';

/** Whitespace collapsed, so that a line break of Markdown or JSON does not hide a phrase. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The attribution a licensed source asks for: its licence's own wording, else publisher, title and edition. */
export function attributionOf(s: Source): string {
  return s.license?.attribution ?? `${s.publisher}, ${s.title}${s.edition ? ` (${s.edition})` : ''}`;
}

/**
 * What a face of the data (`where`: DATA-LICENSE.md, datapackage.json, a page's JSON-LD, cite())
 * fails to say about a source whose licence requires attribution: its licence by name, and the
 * attribution it asks for. With `either`, one of the two is enough (cite() names one or the
 * other). Empty when nothing is missing, or when the source's licence asks for no attribution.
 */
export function missingAttribution(s: Source, where: string, text: string, either = false): string[] {
  const l = s.license;
  if (l === undefined || !l.attributionRequired) return [];
  const t = flat(text);
  const hasName = t.includes(flat(l.name));
  const attribution = attributionOf(s);
  const hasAttribution = t.includes(flat(attribution));
  if (either) return hasName || hasAttribution ? [] : [`${where} names neither the licence "${l.name}" nor the attribution "${attribution}" of source "${s.id}"`];
  return [
    ...(hasName ? [] : [`${where} does not name the licence "${l.name}" of source "${s.id}"`]),
    ...(hasAttribution ? [] : [`${where} does not give the attribution "${attribution}" that the licence of source "${s.id}" requires`]),
  ];
}
