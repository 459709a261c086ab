/**
 * The table of the README's series section: the newest period of each measure by source, as
 * the data holds it. `npm run readme` writes it into README.md between its markers
 * (scripts/readme/writeReadme.ts); tests/examples/readmeNewestPeriods.test.ts regenerates it
 * from the built package and fails when README.md differs.
 */
import { periodDayBounds } from '../../src/helpers/period.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Observation } from '../../src/schema/observation.js';
import { formatQualifier } from '../../src/tabular/format.js';
import { voiceOf } from '../../src/tabular/voice.js';

/** The marker lines the table stands between in README.md. */
export const markers = { start: '<!-- newest-periods:start -->', end: '<!-- newest-periods:end -->' } as const;

/** The first line of the generated block. */
export const generatedLine = '<!-- Generated from the data by scripts/readme/newestPeriods.ts (npm run readme). Do not edit by hand. -->';

/** One row: a measure as one dataset states it from one source (and one body it attributes it to). */
export interface NewestPeriod {
  readonly measure: string;
  readonly dataset: string;
  /** The ids of the document the figures are read from and of the body it attributes them to. */
  readonly source: string;
  readonly attribution: string | undefined;
  /** Who states it: the body the figures are attributed to, in the publication they are read from. */
  readonly statedBy: string;
  readonly period: string;
  /** The figures of that period, those without dimensions where there are any. */
  readonly figures: readonly Observation[];
  /** How many figures the period has in all (by dimension). */
  readonly count: number;
  /** The dimensions of the figures of the period, where they have any. */
  readonly dimensions: readonly string[];
}

/** Whether an observation is read from a line of a data release (a file, line and column). */
function fromRelease(o: Observation): boolean {
  return o.locator.line !== undefined;
}

/**
 * The newest period of each measure by source: every measure that a data release states (a
 * yearly series read line by line), and every other statement of those measures, one row for
 * each dataset, source and attribution, with the newest period that holds its figures (the
 * period that ends last; of two that end together, the shorter). By measure, then the newest
 * first.
 */
export function newestPeriods(datasets: readonly Dataset[]): NewestPeriod[] {
  const measures = new Set(datasets.flatMap((d) => d.observations.filter(fromRelease).map((o) => o.measure)));
  const groups = new Map<string, { d: Dataset; observations: Observation[] }>();
  for (const d of datasets) {
    for (const o of d.observations) {
      if (!measures.has(o.measure)) continue;
      const key = JSON.stringify([o.measure, d.id, o.source, o.attribution ?? null]);
      const group = groups.get(key) ?? { d, observations: [] };
      group.observations.push(o);
      groups.set(key, group);
    }
  }
  const rows: (NewestPeriod & { end: number; start: number })[] = [];
  for (const { d, observations } of groups.values()) {
    const bounds = (o: Observation) => periodDayBounds('newestPeriods', 'period', o.period);
    let newest = observations[0]!;
    for (const o of observations) {
      const [s, e] = bounds(o);
      const [ns, ne] = bounds(newest);
      if (e > ne || (e === ne && s > ns)) newest = o;
    }
    const ofPeriod = observations.filter((o) => o.period === newest.period);
    const totals = ofPeriod.filter((o) => Object.keys(o.dimensions).length === 0);
    const o = newest;
    const source = d.sources.find((s) => s.id === o.source)!;
    const attribution = o.attribution === undefined ? undefined : d.sources.find((s) => s.id === o.attribution);
    const [start, end] = bounds(o);
    rows.push({
      measure: o.measure,
      dataset: d.id,
      source: o.source,
      attribution: o.attribution,
      statedBy: voiceOf(source, attribution),
      period: o.period,
      figures: totals,
      count: ofPeriod.length,
      dimensions: [...new Set(ofPeriod.flatMap((x) => Object.keys(x.dimensions)))],
      end,
      start,
    });
  }
  rows.sort((a, b) => (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : b.end - a.end || b.start - a.start || (a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0)));
  return rows.map(({ end: _end, start: _start, ...row }) => row);
}

/** A cell's text, safe in a Markdown table. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|');
}

/** The figure as its source writes it, with its qualifier: `659000 (exact)`; several figures of the period by dimension, counted. */
function figureCell(row: NewestPeriod): string {
  const written = row.figures.map((o) => `${o.asWritten} (${formatQualifier(o)})`).join('; ');
  if (row.figures.length === row.count) return written;
  const split = `${row.count} figures by ${row.dimensions.join(' and ')}`;
  return written === '' ? split : `${written}; and ${split}`;
}

/** The generated block: its first line, then the table in Markdown. */
export function newestPeriodsTable(datasets: readonly Dataset[]): string {
  const rows = newestPeriods(datasets);
  return [
    generatedLine,
    '',
    '| Measure | Stated by | Dataset | Newest period | Figure as written (qualifier) |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.measure}\` | ${cell(r.statedBy)} | \`${r.dataset}\` | ${r.period} | ${cell(figureCell(r))} |`),
  ].join('\n');
}

/** README.md with the block between the markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`README.md has no "${markers.start}" … "${markers.end}" markers in that order`);
  return `${readme.slice(0, start + markers.start.length)}\n${table}\n${readme.slice(end)}`;
}
