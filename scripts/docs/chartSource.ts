/**
 * The source line of a chart ("Source: IDMC via World Bank, World Development Indicators (2025)."),
 * generated from who states each figure and event of a dataset (its `attribution`) and in which
 * publication (its `source`), so that a chart saved on its own says from whom its figures come.
 */
import type { Dataset } from '../../src/schema/dataset.js';
import type { Source } from '../../src/schema/source.js';

/**
 * The abbreviation a body goes by, where its record gives one: the whole publisher when it is one
 * ("UNHCR"), else every abbreviation in brackets ("Organisation for Economic Co-operation and
 * Development (OECD), Development Assistance Committee (DAC)" → "OECD DAC").
 */
function abbreviation(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (/^[A-Z]{2,}$/.test(name)) return name;
  const all = [...name.matchAll(/\(([A-Z]{3,})\)/g)].map((m) => m[1]!);
  return all.length > 0 ? all.join(' ') : undefined;
}

/** The years of a publication date, an interval where the date is known only within one (`"2011-12/2012"` → `"2011/2012"`), or `undefined`. */
function years(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const all = [...new Set(date.split('/').map((d) => d.slice(0, 4)))];
  return all.join('/');
}

/** Who wrote or published a publication: its authors' family names, else its publisher. */
function byline(s: Source): string | undefined {
  const authors = s.authors?.map((a) => a.family);
  return authors !== undefined && authors.length > 0 ? authors.join(', ') : s.publisher;
}

/** A body by its abbreviation or its name; a website by its publisher. */
function bodyShortName(s: Source): string {
  return abbreviation(s.publisher) ?? abbreviation(s.title) ?? (s.form === 'website' ? (s.publisher ?? s.title) : s.title);
}

/**
 * A publication in full, as the chart's source: by-line, title and year ("World Bank, World
 * Development Indicators (2025)"); a body by its name.
 */
export function publicationName(s: Source): string {
  if (s.form === 'body' || s.form === 'website') return bodyShortName(s);
  const by = byline(s);
  const year = years(s.published?.date);
  return `${by !== undefined && by !== s.title ? `${by}, ` : ''}${s.title}${year === undefined ? '' : ` (${year})`}`;
}

/**
 * A source that a publication cites, by short name: a body by its abbreviation or name ("IDMC"),
 * a publication by its by-line and year ("World Bank (2011)").
 */
export function citedName(s: Source): string {
  if (s.form === 'body' || s.form === 'website') return bodyShortName(s);
  const by = s.authors !== undefined && s.authors.length > 0 ? byline(s) : (abbreviation(s.publisher) ?? s.publisher);
  const year = years(s.published?.date);
  return by === undefined ? publicationName(s) : `${by}${year === undefined ? '' : ` (${year})`}`;
}

/**
 * The source line of a dataset's chart: each publication its figures and events come from, with
 * the bodies it attributes them to. "A, B via P" where P attributes every figure to A or B;
 * "P, citing A, B" where P states some itself; "P" where it attributes none. Publications in the
 * order of their first figure, joined by "; ". For the IDPs of WDI: "Source: IDMC via World
 * Bank, World Development Indicators (2025)." (tests/docs/chartSpec.test.ts checks it).
 */
export function sourceLine(dataset: Dataset): string {
  const records = new Map(dataset.sources.map((s) => [s.id, s]));
  const voices = new Map<string, { cited: Set<string>; own: boolean }>();
  for (const item of [...dataset.observations, ...dataset.events]) {
    const voice = voices.get(item.source) ?? { cited: new Set<string>(), own: false };
    const by = item.attribution === undefined ? undefined : records.get(item.attribution);
    if (by === undefined) voice.own = true;
    else voice.cited.add(citedName(by));
    voices.set(item.source, voice);
  }
  const parts = [...voices].map(([id, { cited, own }]) => {
    const record = records.get(id);
    const name = record === undefined ? id : publicationName(record);
    const bodies = [...cited].join(', ');
    return cited.size === 0 ? name : own ? `${name}, citing ${bodies}` : `${bodies} via ${name}`;
  });
  return `Source: ${parts.join('; ')}.`;
}
