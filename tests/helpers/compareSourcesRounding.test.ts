import { describe, expect, it } from 'vitest';
import { compareSources } from 'azerbaijan-data/helpers';
import type { EstimateGroup } from 'azerbaijan-data/helpers';
import type { Observation } from 'azerbaijan-data';
import { dataset, observation } from './data.js';

// Copies are not conflicts: statements of one period that are one figure at different rounding
// say so (`rounding`), and only there; real disagreements keep their spread.

const ofMeasure = (measure: string): Observation[] => dataset('wdi-idps-idmc').observations.filter((o) => o.measure === measure);
const idps = (): Observation[] => [...dataset('unhcr-population-statistics-azerbaijan').observations.filter((o) => o.measure === 'idps'), ...ofMeasure('idps')];
const group = (groups: readonly EstimateGroup[], period: string): EstimateGroup => {
  const g = groups.find((x) => x.period === period && Object.keys(x.dimensions).length === 0);
  if (g === undefined) throw new Error(`no group of ${period}`);
  return g;
};

/** A statement of IDPs in 2009 made up from a real one: the figure, qualifier and provenance given. */
function made(id: string, fields: Partial<Observation> & { value?: number }): Observation {
  const base = observation('wdi-idps-idmc', 'idps-2009');
  return { ...base, id, asWritten: String(fields.value ?? ''), quote: String(fields.value ?? ''), ...fields } as Observation;
}

describe('compareSources: one figure at different rounding', () => {
  it('UNHCR\'s 586,013 and IDMC\'s 586,000 (World Bank) for 2009 agree at the thousand, but come from different bodies', () => {
    const g = group(compareSources(idps()).groups, '2009');
    expect(g.estimates.map((e) => [e.point, e.source, e.attribution])).toEqual([
      [586013, 'unhcr-population-statistics-2019', null],
      [586000, 'world-bank-wdi-2025', 'idmc'],
    ]);
    expect(g.rounding?.kind).toBe('agreesAtPrecision');
    expect(g.rounding?.precise.point).toBe(586013);
    expect(g.rounding?.rounded.map((r) => [r.estimate.point, r.precision])).toEqual([[586000, 1000]]);
    // no alarm: the rounded figure stands for 585,500–586,500, which holds 586,013
    expect(g.overlap).toBe(true);
    // the figures themselves are kept
    expect([g.min, g.max]).toEqual([586000, 586013]);
  });

  it('2010–2012 agree the same way; from 2013 the two series disagree, and say so', () => {
    const groups = compareSources(idps()).groups;
    for (const [period, precise, rounded] of [['2010', 592860, 593000], ['2011', 599192, 599000], ['2012', 600336, 600000]] as const) {
      const g = group(groups, period);
      expect([g.rounding?.kind, g.rounding?.precise.point, g.rounding?.rounded[0]?.estimate.point, g.rounding?.rounded[0]?.precision], period).toEqual(['agreesAtPrecision', precise, rounded, 1000]);
    }
    const g2013 = group(groups, '2013');
    expect(g2013.rounding).toBeNull();
    expect([g2013.min, g2013.max, g2013.overlap]).toEqual([543000, 609029, false]);
  });

  it('the same body\'s figure in two units, 1,472 million and 1.5 billion US dollars (World Bank, 2010), is the same figure, rounded', () => {
    const inflows = [...dataset('remittance-flows').observations, ...dataset('remittances-statements').observations].filter((o) => o.measure === 'inward-remittances');
    const g = group(compareSources(inflows, { unit: 'usd' }).groups, '2010');
    expect(g.rounding?.kind).toBe('sameFigure');
    expect(g.rounding?.precise.point).toBe(1472000000);
    expect(g.rounding?.rounded.map((r) => [r.estimate.point, r.precision])).toEqual([[1500000000, 1e8]]);
  });

  it('the State Statistical Committee\'s 2,228 arrivals and its 2.2 thousand (2010) are the same figure, rounded to the hundred', () => {
    const arrivals = [...dataset('arrivals-by-country').observations, ...dataset('international-migration').observations].filter((o) => o.measure === 'arrivals');
    const g = group(compareSources(arrivals, { unit: 'persons' }).groups, '2010');
    expect([g.rounding?.kind, g.rounding?.precise.point, g.rounding?.rounded.map((r) => [r.estimate.point, r.precision])]).toEqual(['sameFigure', 2228, [[2200, 100]]]);
  });

  it('a body\'s copy through its chain (via) is the same figure, rounded', () => {
    const own = made('own', { value: 586013, source: 'idmc', attribution: undefined, via: undefined });
    const copied = made('copied', { value: 586000, source: 'some-report', attribution: 'government-of-azerbaijan', via: [{ source: 'idmc', role: 'compiledBy' }] });
    const g = compareSources([own, copied]).groups[0]!;
    expect([g.rounding?.kind, g.rounding?.precise.observation.id]).toEqual(['sameFigure', 'own']);
    // the World Bank's figure attributed to IDMC and IDMC's own: one body
    const wb = made('wb', { value: 586000 });
    expect(compareSources([own, wb]).groups[0]!.rounding?.kind).toBe('sameFigure');
  });

  it('does not depend on the order of the statements', () => {
    expect(compareSources([...idps()].reverse())).toEqual(compareSources(idps()));
  });
});

describe('compareSources: real disagreements are not called roundings', () => {
  it('about 1,000,000 against 947,586 (refugees and IDPs, 1994): one significant digit is no agreement', () => {
    const g = compareSources(dataset('displacement-history').observations.filter((o) => o.measure === 'refugees-and-idps')).groups[0]!;
    expect(g.rounding).toBeNull();
    expect(g.overlap).toBe(false);
  });

  it('net migration 2009: 900 (State Statistical Committee) against 883 (UN DESA) keep their difference', () => {
    const net = [...dataset('international-migration').observations, ...dataset('wdi-net-migration').observations].filter((o) => o.measure === 'net-migration');
    const g = group(compareSources(net, { unit: 'persons' }).groups, '2009');
    expect(g.estimates.map((e) => e.point).sort()).toEqual([883, 900]);
    expect(g.rounding).toBeNull();
  });

  it('refugees 2008: UNHCR\'s 2,061 and the World Bank\'s 2,060 differ in the last digit of a count: no rounding', () => {
    const refugees = [...dataset('unhcr-population-statistics-azerbaijan').observations, ...dataset('wdi-refugees').observations].filter((o) => o.measure === 'refugees');
    const g = group(compareSources(refugees).groups, '2008');
    expect(g.estimates.map((e) => e.point).sort()).toEqual([2060, 2061]);
    expect(g.rounding).toBeNull();
  });

  it.each([
    ['a bound ("more than 586,000")', [made('a', { value: 586013, source: 'idmc', attribution: undefined }), made('b', { value: 586000, qualifier: 'atLeast', wording: 'more than' })]],
    ['a range', [made('a', { value: 586013, source: 'idmc', attribution: undefined }), { ...made('b', {}), qualifier: 'range', low: 585000, high: 587000, value: undefined } as unknown as Observation]],
    ['two different fine figures', [made('a', { value: 586013 }), made('b', { value: 586014 }), made('c', { value: 586000 })]],
    ['the same body, one digit dropped', [made('a', { value: 2530 }), made('b', { value: 2500 })]],
    ['the same body, a figure the rounding does not give', [made('a', { value: 586013 }), made('b', { value: 587000 })]],
    ['another body, 601,000 against 600,000 (one significant digit)', [made('a', { value: 601000 }), made('b', { value: 600000, source: 'other', attribution: 'unhcr' })]],
    ['another body, 586,400 against 586,013', [made('a', { value: 586013, source: 'other', attribution: 'unhcr' }), made('b', { value: 586400 })]],
    ['a zero', [made('a', { value: 0 }), made('b', { value: 0.4 })]],
  ])('%s: no rounding', (_, statements) => {
    const g = compareSources(statements).groups[0]!;
    expect(g.estimates.length).toBe(statements.length);
    expect(g.rounding).toBeNull();
  });

  it('equal figures are no rounding either (nothing to reconcile)', () => {
    const g = compareSources([made('a', { value: 586000 }), made('b', { value: 586000, source: 'other' })]).groups[0]!;
    expect([g.rounding, g.overlap, g.spread]).toEqual([null, true, 1]);
  });
});
