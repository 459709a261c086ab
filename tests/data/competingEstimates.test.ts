import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataRecords } from '../support/dataTables.js';
import { datasets, estimates, HelperRangeError, HelperTypeError, sources } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { competingEstimates } from 'azerbaijan-data/displacement';
import { SourceKind } from 'azerbaijan-data/schema';
import { run } from '../../src/cli/run.js';
import { normaliseSpace, seedText, withoutSources } from '../support/seeds.js';
import { parseWrittenFigure } from '../support/writtenFigure.js';

// Competing estimates are a view over the datasets: each statement stands in one dataset, and
// estimates(measure, datasets) gathers them. The statements below are read off the documents,
// independently of the data, and the view must find exactly them, each once.

const NRC = 'nrc-azerbaijan-country-programmes';
const LANDMINE_MONITOR = 'landmine-monitor-2000-azerbaijan';
const MIGRATION_REPORT = 'migration-country-report-azerbaijan';
const OCCUPATION_IN_FIGURES = 'occupation-in-figures';

const MEASURES = [
  'idps',
  'refugees',
  'refugees-and-idps',
  'refugees-idps-asylum-seekers',
  'occupied-territory-share',
  'displaced-population-share',
  'meskhetian-turks',
  'azerbaijanis-from-armenia',
] as const;

/**
 * Measures that only one of the five documents states, and why:
 * - displaced-population-share: only the Landmine Monitor Report 2000 gives a share of the
 *   population internally displaced ("fifteen percent"); no other document gives one.
 * - refugees-and-idps: only the country report on migration gives refugees and IDPs together
 *   (three figures of different dates and scope); the NRC page gives the two separately.
 * - refugees-idps-asylum-seekers: only the country report on migration, once (the MFA's total).
 */
const SINGLE_DOCUMENT_MEASURES = ['displaced-population-share', 'refugees-and-idps', 'refugees-idps-asylum-seekers'];

/**
 * Every statement of the eight measures in the five documents, read off the source text: the
 * pattern's first group is the figure as the document writes it, and must occur exactly once.
 */
const STATEMENTS: { measure: (typeof MEASURES)[number]; source: string; pattern: RegExp; qualifier: string; wording?: string }[] = [
  { measure: 'idps', source: NRC, pattern: /There are currently (\d{3} \d{3}) internally displaced persons/g, qualifier: 'exact' },
  { measure: 'idps', source: MIGRATION_REPORT, pattern: /up to (\d{3},\d{3}) IDPs/g, qualifier: 'atMost', wording: 'up to' },
  { measure: 'idps', source: MIGRATION_REPORT, pattern: /number of IDPs in Azerbaijan could be somewhere between (\d{3},\d{3}) \(UNHCR’s estimate in 2006\)/g, qualifier: 'exact' },
  { measure: 'idps', source: MIGRATION_REPORT, pattern: /and (\d{3},\d{3}) which was the estimate of the Government of Azerbaijan in March 2007/g, qualifier: 'exact' },
  { measure: 'refugees', source: NRC, pattern: /internally displaced persons and (\d{3} \d{3}) refugees in Azerbaijan/g, qualifier: 'exact' },
  { measure: 'refugees', source: MIGRATION_REPORT, pattern: /refugee population by country or territory of asylum in Azerbaijan was last reported at (\d+\.\d+) in 2010/g, qualifier: 'exact' },
  { measure: 'refugees-and-idps', source: MIGRATION_REPORT, pattern: /approximately (one million) refugees and internally displaced persons/g, qualifier: 'approximate', wording: 'approximately' },
  { measure: 'refugees-and-idps', source: MIGRATION_REPORT, pattern: /(\d{3},\d{3}) refugees or IDPs were residing in Azerbaijan at the end of the armed conflict in 1994/g, qualifier: 'exact' },
  { measure: 'refugees-idps-asylum-seekers', source: MIGRATION_REPORT, pattern: /there were (\d{3}, \d{3}) refugees, IDPs and asylum seekers in Azerbaijan/g, qualifier: 'exact' },
  { measure: 'refugees-and-idps', source: MIGRATION_REPORT, pattern: /forced migration of nearly (one million and a half) people, according to estimates of the Azerbaijani government/g, qualifier: 'approximate', wording: 'nearly' },
  { measure: 'occupied-territory-share', source: LANDMINE_MONITOR, pattern: /continuing occupation of (\d+%) of Azerbaijan territories/g, qualifier: 'exact' },
  { measure: 'occupied-territory-share', source: LANDMINE_MONITOR, pattern: /resulted in ([a-z]+) percent of Azerbaijan’s territory being occupied/g, qualifier: 'exact' },
  { measure: 'occupied-territory-share', source: OCCUPATION_IN_FIGURES, pattern: /(\d+%) territory of Azerbaijan has been occupied/g, qualifier: 'exact' },
  { measure: 'displaced-population-share', source: LANDMINE_MONITOR, pattern: /([a-z]+) percent of the population becoming internally displaced/g, qualifier: 'exact' },
  { measure: 'meskhetian-turks', source: MIGRATION_REPORT, pattern: /(\d{2},\d{3}) Meskhetian Turks deported from Central Asia/g, qualifier: 'exact' },
  { measure: 'meskhetian-turks', source: MIGRATION_REPORT, pattern: /approximately (\d{2},\d{3}) Meshketian Turks fled Uzbekistan/g, qualifier: 'approximate', wording: 'approximately' },
  { measure: 'meskhetian-turks', source: OCCUPATION_IN_FIGURES, pattern: /(\d+ thousand) Meskheti Turks/g, qualifier: 'exact' },
  { measure: 'azerbaijanis-from-armenia', source: MIGRATION_REPORT, pattern: /(\d{3},\d{3}) Azerbaijanis deported from the Republic of Armenia/g, qualifier: 'exact' },
  { measure: 'azerbaijanis-from-armenia', source: OCCUPATION_IN_FIGURES, pattern: /(\d+ thousand) Azerbaijanis who lived in the territory of Armenia/g, qualifier: 'exact' },
];

const all = datasets as readonly Dataset[];
const view = (): { dataset: string; observation: Observation }[] =>
  competingEstimates.measures.flatMap((m) => estimates(m, all).map((s) => ({ dataset: s.dataset, observation: s.observation })));
/** The sources that are one of the five documents (the statistical releases' series share some measures: idps, refugees). */
const documentIds = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.id));
/** The view's statements read from the five documents. */
const documentView = (): { dataset: string; observation: Observation }[] => view().filter((s) => documentIds.has(s.observation.source));

function valueOf(o: Observation): string {
  return o.qualifier === 'range' ? `[${o.low},${o.high}]` : String(o.value);
}

/** The figure a statement's pattern finds in its document, read into a number. */
function fromText(s: (typeof STATEMENTS)[number]): { passage: string; written: string; value: number } {
  const matches = [...seedText(sources.find((x) => x.id === s.source)!.file!).matchAll(s.pattern)];
  if (matches.length !== 1) throw new Error(`${s.pattern} occurs ${matches.length} times in ${s.source}, expected once`);
  const passage = matches[0]![0];
  const written = matches[0]![1]!;
  const [value] = parseWrittenFigure(written, false);
  return { passage, written, value: value! };
}

describe('the competing-estimates view', () => {
  it('declares the eight measures, and is no dataset of the catalogue', () => {
    expect([...competingEstimates.measures].sort()).toEqual([...MEASURES].sort());
    expect(all.map((d) => d.id)).not.toContain('competing-estimates');
    expect(Object.isFrozen(competingEstimates) && Object.isFrozen(competingEstimates.measures)).toBe(true);
  });

  it('has statements of every measure from at least two documents, but for the known exceptions', () => {
    const obs = view().map((s) => s.observation);
    const single = MEASURES.filter((m) => new Set(obs.filter((o) => o.measure === m).map((o) => o.source)).size < 2);
    expect(single.sort()).toEqual([...SINGLE_DOCUMENT_MEASURES].sort());
  });

  it.skipIf(withoutSources)('gathers every statement of the eight measures in the five documents, each once, and no other', () => {
    const expected = STATEMENTS.map((s) => `${s.measure} | ${fromText(s).value} | ${s.source}`).sort();
    const actual = documentView().map(({ observation: o }) => `${o.measure} | ${valueOf(o)} | ${o.source}`).sort();
    expect(actual).toEqual(expected);
  });

  it.skipIf(withoutSources)('keeps the qualifier and the figure as each document writes them', () => {
    const obs = view().map((s) => s.observation);
    const problems: string[] = [];
    for (const s of STATEMENTS) {
      const { passage, written, value } = fromText(s);
      const overlaps = (quote: string): boolean => normaliseSpace(quote).includes(passage) || passage.includes(normaliseSpace(quote));
      const match = obs.find(
        (o) => o.measure === s.measure && o.source === s.source && o.qualifier !== 'range' && o.value === value && o.asWritten === written && overlaps(o.quote),
      );
      if (!match) {
        problems.push(`${s.measure} ${s.source}: no observation of "${passage}" with asWritten "${written}"`);
        continue;
      }
      if (match.qualifier !== s.qualifier) problems.push(`${match.id}: qualifier ${match.qualifier}, expected ${s.qualifier}`);
      if (match.wording !== s.wording) problems.push(`${match.id}: wording ${match.wording}, expected ${s.wording}`);
    }
    expect(problems).toEqual([]);
  });

  it('returns each statement with the dataset and observation id it stands in: the dataset\'s own object, not a copy', () => {
    for (const m of MEASURES) {
      for (const s of estimates(m, all)) {
        const d = all.find((x) => x.id === s.dataset)!;
        expect(d.observations.find((o) => o.id === s.observationId), `${s.dataset}/${s.observationId}`).toBe(s.observation);
        expect(s.source.id).toBe(s.observation.source);
        expect(s.attribution?.id).toBe(s.observation.attribution);
      }
    }
  });

  it('attributes every statement to a source of a known kind, one of the five documents or a statistical release', () => {
    const library = new Set(sources.map((s) => s.id));
    const problems: string[] = [];
    for (const m of MEASURES) {
      for (const s of estimates(m, all)) {
        for (const body of [s.source, ...(s.attribution ? [s.attribution] : [])]) {
          if (!SourceKind.safeParse(body.kind).success) problems.push(`${s.observationId}: ${body.id} has no known kind`);
          if (!library.has(body.id)) problems.push(`${s.observationId}: ${body.id} is not among the library's sources`);
        }
        if (s.source.file === undefined && s.source.form !== 'dataset') problems.push(`${s.observationId}: ${s.source.id} is neither one of the five documents nor a statistical release`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives a statement reached twice (a dataset passed twice) once', () => {
    const nrc = all.find((d) => d.id === 'nrc-displacement')!;
    expect(estimates('idps', [nrc, nrc]).map((s) => s.observation.asWritten)).toEqual(['570 000']);
  });

  it('refuses a measure no dataset states, and arguments of the wrong type, with typed errors', () => {
    const unknown = (() => { try { estimates('no-such-measure', all); } catch (e) { return e; } })();
    expect(unknown).toBeInstanceOf(HelperRangeError);
    expect((unknown as Error).message).toMatch(/^estimates: measure must be one of the \d+ measure ids of the \d+ datasets given \(none is close to it\); received "no-such-measure"$/);
    expect(() => estimates(42 as never, all)).toThrow(HelperTypeError);
    expect(() => estimates('idps' as never, 'datasets' as never)).toThrow(HelperTypeError);
    expect(() => estimates('idps' as never, [null] as never)).toThrow(/among\[0\] must be a dataset/);
  });

  it('writes data/competing-estimates.csv from the view: each statement by the key of its observation in observations.csv, with its figure (see tests/exports/acrossSources.test.ts)', () => {
    const data = new URL('../../data/', import.meta.url).pathname;
    const rows = parse(readFileSync(`${data}competing-estimates.csv`), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['measure', 'datasetId', 'observationId']);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['value', 'low', 'high', 'qualifier', 'period', 'statedBy', 'citation', 'locatorSection']));
    expect(rows.map((r) => `${r.measure} ${r.datasetId}/${r.observationId}`).sort()).toEqual(
      view().map((s) => `${s.observation.measure} ${s.dataset}/${s.observation.id}`).sort(),
    );
    const observations = dataRecords('observations.csv');
    const keys = new Set(observations.map((o) => `${o.datasetId}/${o.observationId}`));
    for (const r of rows) expect(keys.has(`${r.datasetId}/${r.observationId}`), `${r.datasetId}/${r.observationId}`).toBe(true);
  });

  it('compare idps reports the IDP statements of the 4 documents and of the series, in the datasets where they stand', () => {
    const { stdout, stderr, code } = run(['compare', 'idps'], { width: 1000 }); // wide: no cell wraps
    expect(code).toBe(0);
    const expected = STATEMENTS.filter((s) => s.measure === 'idps');
    expect(expected.length).toBe(4);
    const standing = estimates('idps', all);
    expect(standing.filter((s) => documentIds.has(s.observation.source))).toHaveLength(4);
    expect(stderr).toContain(`${standing.length} statements in ${new Set(standing.map((s) => s.dataset)).size} datasets`);
    for (const s of standing) expect(stdout).toContain(`${s.dataset}/${s.observationId}`);
    expect(stdout).not.toContain('competing-estimates/');
    // statements of several periods (the documents' four, the yearly series of IDMC and UNHCR): the
    // newest period is named, and no median is taken across periods
    const newest = standing.map((s) => s.observation.period).sort().at(-1)!;
    expect(stdout).toContain(`Newest statement: ${newest}.`);
  });

  it('writes its notes in a neutral voice: contested words only inside a quotation', () => {
    const contested = /\b(occupied|occupation|liberated|separatist|deported|aggression|genocide)\b/i;
    for (const text of [competingEstimates.title, competingEstimates.description, ...competingEstimates.notes]) {
      // a document's own title (The Occupation in Figures) is its name, not the library's voice
      const outsideQuotes = sources.reduce((t, src) => t.replaceAll(src.title, ''), text).replace(/"[^"]*"/g, '').replace(/“[^”]*”/g, '');
      const hits = outsideQuotes.match(new RegExp(contested, 'gi')) ?? [];
      // "the sources state to be occupied" attributes the word to the sources
      for (const hit of hits) expect(outsideQuotes, hit).toMatch(new RegExp(`(sources|documents?|report) (state|states|stated) to be ${hit}|${hit}"`, 'i'));
    }
  });
});
