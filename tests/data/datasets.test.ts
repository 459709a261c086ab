import { csvFields } from '../support/csv.js';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { Dataset as DatasetSchema } from 'azerbaijan-data/schema';
import { normaliseSpace, seedText, withoutSources } from '../support/seeds.js';
import { parseWrittenFigure } from '../support/writtenFigure.js';
import { evaluate } from '../support/relations.js';

const digit = /[0-9]/;

/** Whether `figure` stands in `quote` as a whole figure, not as a piece of a longer number. */
function containsFigure(quote: string, figure: string): boolean {
  let from = 0;
  for (;;) {
    const at = quote.indexOf(figure, from);
    if (at < 0) return false;
    const before = quote.slice(Math.max(0, at - 2), at);
    const after = quote.slice(at + figure.length, at + figure.length + 2);
    const joinedBefore = digit.test(before.slice(-1)) || /\d[.,]$/.test(before);
    const joinedAfter = digit.test(after.slice(0, 1)) || /^[.,]\d/.test(after);
    if (!joinedBefore && !joinedAfter) return true;
    from = at + 1;
  }
}

describe.each(datasets.map((d) => [d.id, d] as const))('dataset %s', (id, dataset) => {
  it('parses with the Dataset schema', () => {
    const result = DatasetSchema.safeParse(dataset);
    const problems = result.success ? [] : result.error.issues.map((i) => `${id} at ${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  it('has a title and a description', () => {
    expect(dataset.title.length).toBeGreaterThan(10);
    expect(dataset.description.length).toBeGreaterThan(60);
  });

  const files = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const releases = new Map(dataset.sources.filter((s) => s.form === 'dataset').map((s) => [s.id, s]));
  // a figure read from a data file of a statistical release (its locator names file and line)
  // is checked here against its line as quoted, and in tests/data/extracts.test.ts against the extract
  const fromDataFile = dataset.observations.filter((o) => o.locator.file !== undefined);
  const quoted = [
    ...dataset.observations.filter((o) => o.locator.file === undefined).map((o) => ({ kind: 'observation', id: o.id, source: o.source, quote: o.quote, asWritten: o.asWritten })),
    ...dataset.events.filter((e) => e.locator.file === undefined).map((e) => ({ kind: 'event', id: e.id, source: e.source, quote: e.quote, asWritten: e.asWritten })),
  ];
  const eventsFromDataFile = dataset.events.filter((e) => e.locator.file !== undefined);

  // only for datasets whose events were read from a data file (the GIDD's disasters)
  if (eventsFromDataFile.length > 0) it('quotes every event of a data file with its whole line, its label as written in its column, from a release that lists a copy of the file', () => {
    const problems: string[] = [];
    for (const e of eventsFromDataFile) {
      const release = releases.get(e.source);
      if (release === undefined) problems.push(`${id}/${e.id}: source "${e.source}" is not a statistical release (form dataset) of this dataset`);
      else if (!release.retrievedFrom?.some((c) => c.extract === e.locator.file)) problems.push(`${id}/${e.id}: ${e.source} lists no copy of ${e.locator.file}`);
      if (!csvFields(e.quote).includes(e.asWritten)) problems.push(`${id}/${e.id}: "${e.asWritten}" is not a field of the line "${e.quote}"`);
      if (e.label !== e.asWritten) problems.push(`${id}/${e.id}: the label "${e.label}" is not the name as written, "${e.asWritten}"`);
    }
    expect(problems).toEqual([]);
  });

  it('quotes every figure of a data file from a release that lists a copy of that file, with the whole line as quote and the cell as asWritten', () => {
    const problems: string[] = [];
    for (const o of fromDataFile) {
      const release = releases.get(o.source);
      if (release === undefined) {
        problems.push(`${id}/${o.id}: source "${o.source}" is not a statistical release (form dataset) of this dataset`);
        continue;
      }
      // the copy is the file the line was read from, or the binary file it was written out from
      const copied = o.locator.writtenFrom?.file ?? o.locator.file;
      if (!release.retrievedFrom?.some((c) => c.extract === copied)) problems.push(`${id}/${o.id}: ${o.source} lists no copy of ${copied}`);
      if (/[\r\n]/.test(o.quote)) problems.push(`${id}/${o.id}: the quote holds a line ending`);
      if (o.locator.column === undefined) problems.push(`${id}/${o.id}: no column (field name) in the locator`);
      const fields = csvFields(o.quote);
      if (!fields.includes(o.asWritten)) problems.push(`${id}/${o.id}: "${o.asWritten}" is not a field of the line "${o.quote}"`);
      if (!fields.includes(o.period)) problems.push(`${id}/${o.id}: the period ${o.period} is not a field of the line "${o.quote}"`);
    }
    expect(problems).toEqual([]);
  });

  it('quotes every figure from a source document with a file, in a short quote that holds the figure as written', () => {
    const problems: string[] = [];
    for (const q of quoted) {
      if (files.get(q.source) === undefined) problems.push(`${id}/${q.id}: source "${q.source}" is not a source document with a file`);
      if (normaliseSpace(q.quote).length > 160) problems.push(`${id}/${q.id}: quote longer than 160 characters`);
      if (!containsFigure(normaliseSpace(q.quote), normaliseSpace(q.asWritten))) {
        problems.push(`${id}/${q.id}: quote "${q.quote}" does not contain the figure "${q.asWritten}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(withoutSources)('quotes every figure verbatim: each quote stands in its source document', () => {
    const problems: string[] = [];
    for (const q of quoted) {
      const file = files.get(q.source);
      if (file !== undefined && !seedText(file).includes(normaliseSpace(q.quote))) problems.push(`${id}/${q.id}: quote not found in ${file}: "${q.quote}"`);
    }
    expect(problems).toEqual([]);
  });

  it('states each value as the source writes it', () => {
    const problems: string[] = [];
    for (const o of dataset.observations) {
      if (o.unit === 'rank') continue; // a position in a list: the written form is the item's name
      if (o.qualifier === 'range' && o.locator.file !== undefined && o.wording !== undefined && !/\d\s*(?:–|—|-|to)\s*\d/.test(o.asWritten)) {
        // a stand-in the release wrote for a hidden figure (UNHCR 2018: 1 to 4, written 3): the range holds it
        const [stand] = parseWrittenFigure(o.asWritten, false);
        if (!(o.low <= stand! && stand! <= o.high)) problems.push(`${id}/${o.id}: the stand-in "${o.asWritten}" lies outside ${o.low}–${o.high}`);
        continue;
      }
      const expected = o.qualifier === 'range' ? [o.low, o.high] : [o.value];
      let written: number[];
      try {
        written = parseWrittenFigure(o.asWritten, o.qualifier === 'range');
      } catch (e) {
        problems.push(`${id}/${o.id}: ${(e as Error).message}`);
        continue;
      }
      const same = written.length === expected.length && written.every((w, i) => Math.abs(w - expected[i]!) <= 1e-9 * Math.max(1, Math.abs(w)));
      if (!same) problems.push(`${id}/${o.id}: "${o.asWritten}" states ${written.join(' – ')}, the data says ${expected.join(' – ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('ranks follow the order in which the source lists the items', () => {
    const byMeasure = new Map<string, { rank: number; at: number; id: string }[]>();
    for (const o of dataset.observations) {
      if (o.unit !== 'rank' || o.qualifier === 'range') continue;
      const at = normaliseSpace(o.quote).indexOf(normaliseSpace(o.asWritten));
      const key = `${o.measure}|${o.period}|${o.quote}`;
      byMeasure.set(key, [...(byMeasure.get(key) ?? []), { rank: o.value, at, id: o.id }]);
    }
    for (const items of byMeasure.values()) {
      const byRank = [...items].sort((a, b) => a.rank - b.rank);
      expect(byRank.map((i) => i.rank)).toEqual(byRank.map((_, i) => i + 1));
      expect(byRank.map((i) => i.at)).toEqual([...byRank.map((i) => i.at)].sort((a, b) => a - b));
    }
  });

  it('holds its declared relations, with every discrepancy of the source declared', () => {
    const failing = dataset.relations
      .map((r) => evaluate(dataset, r))
      .filter((e) => !e.holds)
      .map((e) => `${id}/${e.relation.id}: off by ${e.difference}`);
    expect(failing).toEqual([]);
  });
});
