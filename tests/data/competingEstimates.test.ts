import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import { competingEstimates } from 'azerbaijan-data/displacement';
import { SourceKind } from 'azerbaijan-data/schema';
import { normaliseSpace, seedText, withoutSources } from '../support/seeds.js';
import { parseWrittenFigure } from '../support/writtenFigure.js';

const NRC = 'nrc-azerbaijan-country-programmes';
const LANDMINE_MONITOR = 'landmine-monitor-2000-azerbaijan';
const MIGRATION_REPORT = 'migration-country-report-azerbaijan';
const OCCUPATION_IN_FIGURES = 'occupation-in-figures';

const MEASURES = [
  'idps',
  'refugees',
  'refugees-and-idps',
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
 *   (four figures of different dates and definitions); the NRC page gives the two separately.
 */
const SINGLE_DOCUMENT_MEASURES = ['displaced-population-share', 'refugees-and-idps'];

/** The datasets that other parts of the library build from the same passages. */
const RESTATING_DATASETS = [
  'nrc-displacement',
  'refugees-idps-asylum-seekers-2008',
  'idp-estimates-idmc',
  'displacement-history',
  'occupation-in-figures-2011',
  'conflict-context-landmine-monitor',
  'refugee-population-2010',
];

/**
 * Every statement of the seven measures in the five documents, read off the source text: the
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
  { measure: 'refugees-and-idps', source: MIGRATION_REPORT, pattern: /there were (\d{3}, \d{3}) refugees, IDPs and asylum seekers in Azerbaijan/g, qualifier: 'exact' },
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

type Obs = (typeof competingEstimates.observations)[number];

function valueOf(o: Obs): string {
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

describe('competing-estimates', () => {
  const obs = competingEstimates.observations;

  it('declares exactly the seven measures stated in more than one place', () => {
    expect(competingEstimates.measures.map((m) => m.id).sort()).toEqual([...MEASURES].sort());
  });

  it('has statements of every measure from at least two documents, but for the known exceptions', () => {
    const single = MEASURES.filter((m) => new Set(obs.filter((o) => o.measure === m).map((o) => o.source)).size < 2);
    expect(single.sort()).toEqual([...SINGLE_DOCUMENT_MEASURES].sort());
    for (const m of SINGLE_DOCUMENT_MEASURES) expect(obs.filter((o) => o.measure === m).length).toBeGreaterThan(0);
  });

  it.skipIf(withoutSources)('holds every statement of the seven measures in the five documents, and no other', () => {
    const expected = STATEMENTS.map((s) => `${s.measure} | ${fromText(s).value} | ${s.source}`).sort();
    const actual = obs.map((o) => `${o.measure} | ${valueOf(o)} | ${o.source}`).sort();
    expect(actual).toEqual(expected);
  });

  it.skipIf(withoutSources)('keeps the qualifier and the figure as each document writes them', () => {
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

  it('attributes every statement to a source of a known kind', () => {
    const byId = new Map(competingEstimates.sources.map((s) => [s.id, s]));
    const library = new Set(sources.map((s) => s.id));
    const problems: string[] = [];
    for (const o of obs) {
      for (const id of [o.source, ...(o.attribution === undefined ? [] : [o.attribution])]) {
        const s = byId.get(id);
        if (!s) problems.push(`${o.id}: ${id} is not among the dataset's sources`);
        else if (!SourceKind.safeParse(s.kind).success) problems.push(`${o.id}: ${id} has no known kind`);
        if (!library.has(id)) problems.push(`${o.id}: ${id} is not among the library's sources`);
      }
      if (byId.get(o.source)?.file === undefined) problems.push(`${o.id}: ${o.source} is not one of the five documents`);
    }
    expect(problems).toEqual([]);
  });

  it('has a twin of every statement of these measures that another dataset makes', () => {
    const measures = new Set<string>(MEASURES);
    const problems: string[] = [];
    for (const d of datasets) {
      if (d.id === competingEstimates.id) continue;
      for (const o of d.observations) {
        if (!measures.has(o.measure)) continue;
        const value = o.qualifier === 'range' ? `[${o.low},${o.high}]` : String(o.value);
        const twin = obs.find((c) => c.source === o.source && normaliseSpace(c.quote) === normaliseSpace(o.quote) && valueOf(c) === value);
        if (!twin) problems.push(`${d.id}/${o.id}: no twin (${o.measure}, ${value}, ${o.source}, "${o.quote}")`);
        // one statement, one reading: the twin states it with the same measure, period, qualifier, unit and attribution
        else if (twin.measure !== o.measure || twin.period !== o.period || twin.qualifier !== o.qualifier || twin.unit !== o.unit || twin.attribution !== o.attribution) {
          problems.push(`${d.id}/${o.id}: its twin ${twin.id} differs (${o.measure} ${o.period} ${o.qualifier} ${o.unit} ${o.attribution} vs ${twin.measure} ${twin.period} ${twin.qualifier} ${twin.unit} ${twin.attribution})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('sits beside the datasets that restate these figures', () => {
    const ids = new Set<string>(datasets.map((d) => d.id));
    expect(RESTATING_DATASETS.filter((id) => !ids.has(id))).toEqual([]);
  });
});
