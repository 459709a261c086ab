// Checked by `tsc` (npm run typecheck, part of npm test): every `@ts-expect-error` below must be
// an error. Each function that takes an id rejects a misspelt one at compile time; an
// observation's id says whether it is a point (a `value` that is a number) or a range (`low`
// and `high`, no `value`). The same calls run, to show what happens at run time with an id that
// was not a literal: the closest ids, ranked once for the getters, `estimates`, `cite` and the CLI.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dataset, EventId, FigureId, LibraryMeasureId, Observation, ObservationOf, PointId, PointOf, RangeId, RangeObservation } from 'azerbaijan-data';
import { competingEstimates } from 'azerbaijan-data/displacement';
import {
  byMeasure,
  cite,
  datasets,
  estimates,
  internationalMigration,
  labourMigration,
  migrationPolicyTimeline,
  observation,
  remittanceFlows,
  undocumentedMigrants,
  unhcr,
  UnknownIdError,
} from 'azerbaijan-data';
import { closestNames } from '../../src/cli/closestNames.js';
import { closestIds } from '../../src/helpers/closestIds.js';

const caught = (f: () => unknown): UnknownIdError => {
  try {
    f();
  } catch (e) {
    if (e instanceof UnknownIdError) return e;
    throw e;
  }
  throw new Error('expected an UnknownIdError');
};

describe('points and ranges typed by id', () => {
  it("a point's value is a number by its id alone", () => {
    const v: number = observation(remittanceFlows, 'inward-remittances-2003').value;
    expect(v).toBe(171);
    // a dataset with no range: every observation is a point, no narrowing needed
    const values: number[] = remittanceFlows.observations.map((o) => o.value);
    expect(values.length).toBe(remittanceFlows.observations.length);
    expectTypeOf(observation(remittanceFlows, 'inward-remittances-2003')).toExtend<PointOf>();
    expectTypeOf<ObservationOf<'remittance-flows'>>().toExtend<PointOf>();
  });

  it('a range has low and high and no value, by its id alone', () => {
    const r = observation(undocumentedMigrants, 'undocumented-migrants');
    expectTypeOf(r).toExtend<RangeObservation>();
    expectTypeOf(r.qualifier).toEqualTypeOf<'range'>();
    expect([r.low, r.high]).toEqual([30000, 50000]);
    // @ts-expect-error a range has no single value
    expect(r.value).toBeUndefined();
    // @ts-expect-error a point id is no range: it has no low
    void observation(remittanceFlows, 'inward-remittances-2003').low;
  });

  it('a dataset of points and ranges: each id gives its own kind; the array still narrows on qualifier', () => {
    const share = observation(labourMigration, 'labour-migrants-share-of-population');
    expectTypeOf(share.qualifier).toEqualTypeOf<'range'>();
    const motivation = observation(labourMigration, 'motivation-insufficient-money-for-food');
    const m: number = motivation.value;
    expect(typeof m).toBe('number');
    // @ts-expect-error a range of the same dataset has no value
    void observation(labourMigration, 'age-group-male').value;
    expectTypeOf<PointId<'labour-migration'>>().toEqualTypeOf<
      'motivation-insufficient-money-for-food' | 'motivation-only-food-and-some-other-things' | 'motivation-normal-food-and-clothing-no-appliances' | 'motivation-expensive-things-no-car-or-home'
    >();
    expectTypeOf<RangeId<'labour-migration'>>().toEqualTypeOf<'labour-migrants-share-of-population' | 'age-group-male' | 'age-group-female'>();
    for (const o of labourMigration.observations) {
      if (o.qualifier === 'range') expectTypeOf(o.id).toEqualTypeOf<RangeId<'labour-migration'>>();
      else expectTypeOf(o.id).toEqualTypeOf<PointId<'labour-migration'>>();
    }
    // the generated kinds are the data's: every point id is a point, every range id a range
    // (tsc holds the data modules to them too: a range under a point id does not compile)
    const generated = readFileSync(new URL('../../src/model/datasetIds.ts', import.meta.url), 'utf8');
    for (const d of datasets as readonly Dataset[]) {
      const block = new RegExp(`\\n  '${d.id}': \\{([\\s\\S]*?)\\n  \\}`).exec(generated)?.[1] ?? '';
      const text = (name: string): string => new RegExp(`${name}:([^;]*);`).exec(block)?.[1] ?? '';
      const field = (name: string): string[] => [...text(name).matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      const points = d.observations.filter((o) => o.qualifier !== 'range').map((o) => o.id);
      const ranges = d.observations.filter((o) => o.qualifier === 'range').map((o) => o.id);
      if (d.observations.length > 400) {
        // a large imported table types its ids by measure: `${measure}-${string}`, one per measure of its points
        const prefixes = [...text('point').matchAll(/`([a-z0-9-]+)-\$\{string\}`/g)].map((m) => m[1]!);
        expect(prefixes.sort(), d.id).toEqual([...new Set(d.observations.filter((o) => o.qualifier !== 'range').map((o) => o.measure))].sort());
        for (const id of points) expect(prefixes.some((p) => id.startsWith(`${p}-`)), `${d.id}: ${id}`).toBe(true);
        expect(ranges, `${d.id}: a large table holds no range`).toEqual([]);
      } else {
        expect(field('point'), d.id).toEqual(points);
        expect(field('range'), d.id).toEqual(ranges);
      }
      expect(field('event'), d.id).toEqual(d.events.map((e) => e.id));
    }
  });

  it('a dataset of your own keeps plain string ids and the whole observation union', () => {
    expectTypeOf<ObservationOf<'my-own-dataset'>>().toEqualTypeOf<Observation>();
    expectTypeOf<PointId<'my-own-dataset'>>().toEqualTypeOf<string>();
    const mine = internationalMigration as Dataset;
    const o = observation(mine, 'net-migration-2010');
    expectTypeOf(o.qualifier).toEqualTypeOf<'exact' | 'approximate' | 'atLeast' | 'atMost' | 'range'>();
    expect(o === undefined).toBe(false);
  });
});

describe('every id argument typed', () => {
  it('cite takes only the observation and event ids of its dataset', () => {
    expect(cite(remittanceFlows, 'inward-remittances-2003').csl.length).toBeGreaterThan(2);
    expect(cite(migrationPolicyTimeline, 'independence-1991').csl.length).toBeGreaterThan(2);
    expectTypeOf<FigureId<typeof migrationPolicyTimeline>>().toEqualTypeOf<EventId<'migration-policy-timeline'>>();
    // @ts-expect-error a misspelt figure id
    expect(() => cite(remittanceFlows, 'inward-remitances-2003')).toThrow(UnknownIdError);
    // @ts-expect-error an id of another dataset
    expect(() => cite(remittanceFlows, 'net-migration-2010')).toThrow(UnknownIdError);
    // @ts-expect-error a source has no figures
    expect(() => cite(unhcr, 'idps')).toThrow(TypeError);
    // a dataset of your own takes any string
    expect(() => cite(remittanceFlows as Dataset, 'no-such-figure')).toThrow(UnknownIdError);
  });

  it('estimates takes the measure ids of the datasets given', () => {
    expect(estimates('idps', datasets).filter((s) => s.source.file !== undefined).length).toBe(4);
    // @ts-expect-error a misspelt measure
    expect(() => estimates('idp', datasets)).toThrow(UnknownIdError);
    // @ts-expect-error an observation id is not a measure id
    expect(() => estimates('inward-remittances-2003', [remittanceFlows])).toThrow(UnknownIdError);
    // @ts-expect-error a measure of another dataset than the ones given
    expect(() => estimates('idps', [remittanceFlows])).toThrow(UnknownIdError);
    // datasets of your own (or the library's typed as Dataset[]) take any string
    expect(() => estimates('idp', datasets as readonly Dataset[])).toThrow(UnknownIdError);
    // the competing-estimates view names library measures, so its measures go straight in
    const measures = new Set<string>(competingEstimates.measures);
    const stated = (datasets as readonly Dataset[]).reduce((n, d) => n + d.observations.filter((o) => measures.has(o.measure)).length, 0);
    // each statement once: every figure of those measures is a carrier of one statement
    expect(competingEstimates.measures.flatMap((m) => estimates(m, datasets)).reduce((n, s) => n + s.carriers.length, 0)).toBe(stated);
    expectTypeOf(competingEstimates.measures[0]!).toEqualTypeOf<LibraryMeasureId>();
    const idps: LibraryMeasureId = 'idps';
    expect(estimates(idps, datasets).filter((s) => s.source.file !== undefined)).toHaveLength(4);
    // @ts-expect-error a misspelt measure is no measure of the library
    const typo: LibraryMeasureId = 'idp';
    void typo;
  });

  it('observation and byMeasure reject misspelt ids', () => {
    // @ts-expect-error a misspelt observation id
    expect(() => observation(remittanceFlows, 'inward-remittances-2030')).toThrow(UnknownIdError);
    // @ts-expect-error a misspelt measure
    expect(() => byMeasure(remittanceFlows, 'inward-remittance')).toThrow(UnknownIdError);
  });
});

describe('one ranking of the closest ids, at run time', () => {
  it("estimates('idp', datasets) suggests idps first, not the first measures in alphabetical order", () => {
    const e = caught(() => estimates('idp' as never, datasets));
    expect(e.closest[0]).toBe('idps');
    expect([e.dataset, e.kind]).toEqual([null, 'measure']);
    expect(e.message).toMatch(/^estimates: measure must be one of the \d+ measure ids of the \d+ datasets given \(closest: "idps"/);
    expect(e.message).not.toContain('area');
  });

  it('cite names the closest figure ids, as observation() does, and as the CLI does', () => {
    const fromCite = caught(() => cite(remittanceFlows, 'inward-remitances-2003' as never));
    const fromGetter = caught(() => observation(remittanceFlows, 'inward-remitances-2003' as never));
    expect(fromCite.closest[0]).toBe('inward-remittances-2003');
    expect(fromCite.closest).toEqual(fromGetter.closest);
    expect([fromCite.dataset, fromCite.kind, fromCite.argument]).toEqual(['remittance-flows', 'figure', 'figureId']);
    expect(fromCite).toBeInstanceOf(RangeError);
    const ids = remittanceFlows.observations.map((o) => o.id);
    expect(closestNames('inward-remitances-2003', ids)).toEqual(fromGetter.closest);
    expect(closestNames).toBe(closestIds);
  });

  it('ranks by edit distance without regard to case, containment breaking ties; far names are not close', () => {
    expect(closestIds('IDP', ['refugees', 'idps-urban-share', 'idps'])).toEqual(['idps', 'idps-urban-share']);
    expect(closestIds('idsp', ['refugees', 'idps', 'ids', 'arrivals'])).toEqual(['ids', 'idps']);
    expect(closestIds('net', ['arrivals', 'net-migration', 'net-migration-urban', 'net-migration-rural'])).toEqual(['net-migration', 'net-migration-urban', 'net-migration-rural']);
    expect(closestIds('abcd', ['abce', 'abcde'])).toEqual(['abcde', 'abce']);
    expect(closestIds('x', ['refugees', 'idps'])).toEqual([]);
    const far = caught(() => observation(remittanceFlows, 'zzzz' as never));
    expect(far.closest).toEqual([]);
    expect(far.message).toContain('none is close to it');
  });
});
