// Checked by `tsc` (npm run typecheck, part of npm test): a literal type that widens to string
// or an id typo that compiles is a bug.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DatasetId, Observation, Unit, Qualifier, SourceKind } from 'azerbaijan-data';
import { datasets, internationalMigration } from 'azerbaijan-data';

describe('types', () => {
  it('dataset ids are string literals and DatasetId is their union', () => {
    expectTypeOf(internationalMigration.id).toEqualTypeOf<'international-migration'>();
    expectTypeOf<'international-migration'>().toExtend<DatasetId>();
    expectTypeOf<string>().not.toExtend<DatasetId>();
    // @ts-expect-error a typo in a dataset id does not compile
    const typo: DatasetId = 'internatonal-migration';
    void typo;
    expectTypeOf<(typeof datasets)[number]['id']>().toEqualTypeOf<DatasetId>();
  });

  it('units, qualifiers and source kinds are literal unions, not string', () => {
    expectTypeOf<Unit>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Unit>();
    expectTypeOf<Qualifier>().toEqualTypeOf<'exact' | 'approximate' | 'atLeast' | 'atMost' | 'range'>();
    expectTypeOf<SourceKind>().toEqualTypeOf<'government' | 'ngo' | 'intergovernmental' | 'monitor' | 'media' | 'academic'>();
  });

  it('an observation narrows on its qualifier: a range has low and high, never a value', () => {
    const o = internationalMigration.observations[0] as Observation;
    if (o.qualifier === 'range') {
      expectTypeOf(o.low).toEqualTypeOf<number>();
      // @ts-expect-error a range has no single value
      void o.value;
    } else expectTypeOf(o.value).toEqualTypeOf<number>();
  });

  it('published data is readonly in the types too', () => {
    expect(() => {
      // @ts-expect-error observations cannot be pushed to
      internationalMigration.observations.push(internationalMigration.observations[0]!);
    }).toThrow(TypeError);
    expectTypeOf(internationalMigration.observations).toExtend<readonly unknown[]>();
  });
});
