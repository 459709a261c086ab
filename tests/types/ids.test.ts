// Checked by `tsc` (npm run typecheck, part of npm test): every `@ts-expect-error` below must be
// an error, so a misspelt observation or measure id that compiled would fail the type-check.
// The same calls are run, to show what happens at run time when an id is not a literal.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dataset, MeasureId, ObservationId } from 'azerbaijan-data';
import { byMeasure, HelperTypeError, observation, UnknownIdError, internationalMigration, undocumentedMigrants } from 'azerbaijan-data';
import { byMeasure as byMeasureFromHelpers, observation as observationFromHelpers } from 'azerbaijan-data/helpers';
import { internationalMigration as fromTopic } from 'azerbaijan-data/migration';

describe('observation and measure ids are literal unions', () => {
  it("a dataset's observation and measure ids are its own literals, not string", () => {
    expectTypeOf<'net-migration-2010'>().toExtend<ObservationId<'international-migration'>>();
    expectTypeOf<string>().not.toExtend<ObservationId<'international-migration'>>();
    expectTypeOf<MeasureId<'international-migration'>>().toEqualTypeOf<
      'arrivals' | 'departures' | 'net-migration' | 'net-migration-urban' | 'net-migration-rural'
    >();
    expectTypeOf(fromTopic.observations[0]!.id).toEqualTypeOf<ObservationId<'international-migration'>>();
    expectTypeOf(fromTopic.measures[0]!.id).toEqualTypeOf<MeasureId<'international-migration'>>();
    expectTypeOf(fromTopic.gaps).toEqualTypeOf<Dataset<'international-migration'>['gaps']>();
    // A dataset of your own keeps plain string ids.
    expectTypeOf<ObservationId<'my-own-dataset'>>().toEqualTypeOf<string>();
  });

  it('a misspelt id does not compile, in a comparison or in a getter', () => {
    // @ts-expect-error 'net-migratoin-2010' is not an observation id of the dataset: no overlap
    expect(internationalMigration.observations.find((o) => o.id === 'net-migratoin-2010')).toBeUndefined();
    // @ts-expect-error a misspelt observation id
    expect(() => observation(internationalMigration, 'net-migratoin-2010')).toThrow(UnknownIdError);
    // @ts-expect-error an id of another dataset
    expect(() => observation(internationalMigration, 'undocumented-migrants')).toThrow(UnknownIdError);
    // @ts-expect-error a misspelt measure id
    expect(() => byMeasure(internationalMigration, 'net-migratoin')).toThrow(UnknownIdError);
    // @ts-expect-error an observation id is not a measure id
    expect(() => byMeasure(internationalMigration, 'net-migration-2010')).toThrow(UnknownIdError);
    // @ts-expect-error a misspelt measure id in a comparison
    expect(fromTopic.observations.filter((o) => o.measure === 'net-migratoin')).toEqual([]);
  });

  it('the getters return the member type with the literal id or measure', () => {
    const net = observation(internationalMigration, 'net-migration-2010');
    expectTypeOf(net.id).toEqualTypeOf<'net-migration-2010'>();
    expectTypeOf(net.measure).toEqualTypeOf<MeasureId<'international-migration'>>();
    // a point by its id: no range among its qualifiers, and a value without narrowing
    expectTypeOf(net.qualifier).toEqualTypeOf<'exact' | 'approximate' | 'atLeast' | 'atMost'>();
    // Table 1 of the migration report, row 2010: arrivals 2.2, departures 0.8, net 1.4 (thousands).
    expect(net.value).toBe(1.4);
    const series = byMeasure(internationalMigration, 'net-migration');
    expectTypeOf(series[0]!.measure).toEqualTypeOf<'net-migration'>();
    expect(series.map((o) => o.period)).toEqual(['1990', '1991', '1996', '1997', '2002', '2003', '2007', '2008', '2009', '2010']);
    expect(series.every((o) => o.measure === 'net-migration')).toBe(true);
    // The same functions from the helpers entry point.
    expect(observationFromHelpers(fromTopic, 'arrivals-1990').quote).toBe('1990 84.3');
    expect(byMeasureFromHelpers(fromTopic, 'arrivals')).toHaveLength(10);
  });

  it('a range reads as low and high, never as one value', () => {
    const range = observation(undocumentedMigrants, 'undocumented-migrants');
    expectTypeOf(range.qualifier).toEqualTypeOf<'range'>();
    expect([range.low, range.high]).toEqual([30000, 50000]);
    expectTypeOf(range).not.toHaveProperty('value');
  });

  it('at run time an unknown id throws a typed error naming the dataset and the closest ids', () => {
    const typed: string = 'net-migratoin-2010';
    let error: unknown;
    try {
      observation(internationalMigration, typed as ObservationId<'international-migration'>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(RangeError);
    const e = error as UnknownIdError;
    expect([e.dataset, e.kind, e.received, e.closest[0]]).toEqual(['international-migration', 'observation', 'net-migratoin-2010', 'net-migration-2010']);
    expect(e.message).toContain('"international-migration"');
    expect(e.message).toContain('"net-migratoin-2010"');
    let measureError: unknown;
    try {
      byMeasure(internationalMigration, 'net' as MeasureId<'international-migration'>);
    } catch (caught) {
      measureError = caught;
    }
    expect(measureError).toBeInstanceOf(UnknownIdError);
    expect((measureError as UnknownIdError).kind).toBe('measure');
    expect((measureError as UnknownIdError).closest.slice(0, 3)).toEqual(['net-migration', 'net-migration-urban', 'net-migration-rural']);
    expect(() => observation(null as never, 'x' as never)).toThrow(HelperTypeError);
    expect(() => byMeasure(internationalMigration, 42 as never)).toThrow(HelperTypeError);
  });
});
