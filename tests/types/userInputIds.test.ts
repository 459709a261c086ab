// Ids that arrive at run time (a form, a URL, a JSON file): the guards narrow a string to the
// literal unions of the library, so that `observation`, `estimates`, `cite` and `dataset` take it
// without a cast, and a statement of `estimates` goes to `dataset`, `observation` and `cite` as it
// is. Checked by `tsc` (npm run typecheck, part of npm test): every `@ts-expect-error` below must
// be an error, so a misspelt literal id that compiled would fail the type-check; the calls run too.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dataset, DatasetId, FigureId, LibraryMeasureId, ObservationId } from 'azerbaijan-data';
import {
  cite,
  dataset,
  datasets,
  estimates,
  HelperTypeError,
  isDatasetId,
  isFigureId,
  isMeasureId,
  isObservationId,
  migrationPolicyTimeline,
  observation,
  UnknownIdError,
  wdiIdpsIdmc,
  wdiPopulation,
} from 'azerbaijan-data';
import * as helpers from 'azerbaijan-data/helpers';
import { internationalMigration } from 'azerbaijan-data/migration';

/** A value typed as a reader's input is: a string the compiler knows nothing about. */
const input = (s: string): string => s;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('isObservationId and isFigureId', () => {
  it("narrow a string to the dataset's observation ids, which observation() takes", () => {
    const typed = input('idps-2022');
    expect(isObservationId(wdiIdpsIdmc, typed)).toBe(true);
    if (!isObservationId(wdiIdpsIdmc, typed)) throw new Error('unreachable');
    expectTypeOf(typed).toEqualTypeOf<ObservationId<'wdi-idps-idmc'>>();
    // IDMC's 659,000 IDPs for 2022, as WDI's VC.IDP.TOCV holds it
    expect(observation(wdiIdpsIdmc, typed).value).toBe(659000);
    for (const wrong of ['idps-2O22', 'IDPS-2022', '', ' idps-2022', 'net-migration-2010']) expect(isObservationId(wdiIdpsIdmc, wrong), wrong).toBe(false);
    for (const wrong of [null, undefined, 2022, {}, ['idps-2022']]) expect(isObservationId(wdiIdpsIdmc, wrong)).toBe(false);
    // every observation of every dataset passes its own guard, and no other dataset's only ids
    expect((datasets as readonly Dataset[]).flatMap((d) => d.observations.filter((o) => !isObservationId(d, o.id)).map((o) => `${d.id}/${o.id}`))).toEqual([]);
  });

  it("isFigureId also takes the dataset's event ids, the ids cite takes", () => {
    const event = migrationPolicyTimeline.events[0]!.id;
    const typed = input(event);
    expect(isObservationId(migrationPolicyTimeline, typed)).toBe(false);
    expect(isFigureId(migrationPolicyTimeline, typed)).toBe(true);
    if (isFigureId(migrationPolicyTimeline, typed)) {
      expectTypeOf(typed).toEqualTypeOf<FigureId<typeof migrationPolicyTimeline>>();
      expect(cite(migrationPolicyTimeline, typed).text).toEqual(cite(migrationPolicyTimeline, event).text);
    }
    expect(isFigureId(wdiIdpsIdmc, 'idps-2022')).toBe(true);
    expect(isFigureId(wdiIdpsIdmc, 'idps-1066')).toBe(false);
    expect(isFigureId(wdiIdpsIdmc, 7)).toBe(false);
  });

  it('throw a typed error, naming the argument, for something that is not a dataset', () => {
    const e = thrown(() => isObservationId('wdi-idps-idmc' as never, 'idps-2022'));
    expect(e).toBeInstanceOf(HelperTypeError);
    expect((e as HelperTypeError).message).toBe('isObservationId: dataset must be a dataset with an observations array; received "wdi-idps-idmc"');
    expect(thrown(() => isFigureId(null as never, 'x'))).toBeInstanceOf(HelperTypeError);
  });
});

describe('isMeasureId', () => {
  it('narrows to the measure ids of the datasets given, which estimates takes', () => {
    const typed = input('idps');
    if (!isMeasureId(datasets, typed)) throw new Error('idps is a measure of the library');
    expectTypeOf(typed).toEqualTypeOf<LibraryMeasureId>();
    expect(estimates(datasets, typed).length).toBeGreaterThan(4);
    expect(isMeasureId(datasets, 'idsp')).toBe(false);
    expect(isMeasureId(datasets, 'idps-2022')).toBe(false); // an observation id is no measure id
    expect(isMeasureId([wdiPopulation], 'idps')).toBe(false); // a measure of other datasets
    expect(isMeasureId(datasets, undefined)).toBe(false);
  });

  it('accepts a declared measure exactly when estimates finds statements of it', () => {
    const declared = new Set((datasets as readonly Dataset[]).flatMap((d) => d.measures.map((m) => m.id)));
    expect(declared.size).toBeGreaterThan(50);
    const accepted = [...declared].filter((m) => isMeasureId(datasets, m));
    expect(accepted).toContain('idps');
    expect(accepted).not.toContain('dated-event'); // declared for events only
    const disagree: string[] = [];
    for (const m of declared) {
      const found = (() => {
        try {
          return estimates(datasets as readonly Dataset[], m).length > 0;
        } catch (e) {
          if (e instanceof UnknownIdError) return false;
          throw e;
        }
      })();
      if (isMeasureId(datasets, m) !== found) disagree.push(`${m}: isMeasureId ${!found}, estimates found ${found ? 'statements' : 'none'}`);
    }
    expect(disagree).toEqual([]);
  });

  it('throws a typed error when the datasets are not an array of datasets', () => {
    expect((thrown(() => isMeasureId(wdiIdpsIdmc as never, 'idps')) as HelperTypeError).argument).toBe('among');
    expect((thrown(() => isMeasureId([wdiIdpsIdmc, 'wdi-population'] as never, 'idps')) as HelperTypeError).argument).toBe('among[1]');
  });

  it('the observation, figure and measure guards are in the helpers entry point too', () => {
    expect(helpers.isObservationId).toBe(isObservationId);
    expect(helpers.isFigureId).toBe(isFigureId);
    expect(helpers.isMeasureId).toBe(isMeasureId);
    // dataset and isDatasetId read the catalogue: the helpers, which load no topic, do not have them
    expect('dataset' in helpers || 'isDatasetId' in helpers).toBe(false);
  });
});

describe('isDatasetId and dataset', () => {
  it('dataset(id) returns the dataset typed by its id', () => {
    const idps = dataset('wdi-idps-idmc');
    expectTypeOf(idps).toEqualTypeOf<typeof wdiIdpsIdmc>();
    expect(idps).toBe(wdiIdpsIdmc);
    expect(observation(idps, 'idps-2022').value).toBe(659000);
    for (const d of datasets) expect(dataset(d.id)).toBe(d);
  });

  it('isDatasetId narrows user input to DatasetId; the dataset it gives takes guarded ids', () => {
    const [name, figure] = [input('international-migration'), input('net-migration-2010')];
    expect(isDatasetId(name)).toBe(true);
    if (!isDatasetId(name)) throw new Error('unreachable');
    expectTypeOf(name).toEqualTypeOf<DatasetId>();
    const d = dataset(name); // the union of the library's datasets
    expectTypeOf(d).toEqualTypeOf<(typeof datasets)[number]>();
    expect(d).toBe(internationalMigration);
    // over the union of every dataset (some 11,800 ids), an id narrowed against it and an
    // observation narrowed on its qualifier are too complex for tsc (TS2590): as the README
    // shows, the dataset is typed as a plain Dataset first
    const plain: Dataset = d;
    if (!isObservationId(plain, figure)) throw new Error('net-migration-2010 is an observation of international-migration');
    // Table 1 of the migration report, row 2010: net migration 1.4 (thousands)
    const net = observation(plain, figure); // a point or a range, as any dataset's may be: narrow on qualifier
    expect(net.qualifier === 'range' ? [net.low, net.high] : net.value).toBe(1.4);
    const raw = input('net-migration-2010');
    expect(isFigureId(plain, raw) && cite(plain, raw).text.length > 0).toBe(true);
    for (const wrong of ['international-migratoin', 'International-Migration', '', null, 1]) expect(isDatasetId(wrong)).toBe(false);
  });

  it('a misspelt literal id does not compile; at run time it throws UnknownIdError with the closest ids', () => {
    // @ts-expect-error a misspelt dataset id
    const e = thrown(() => dataset('wdi-idps-imdc'));
    expect(e).toBeInstanceOf(UnknownIdError);
    expect(e).toBeInstanceOf(RangeError);
    const error = e as UnknownIdError;
    expect([error.helper, error.argument, error.kind, error.dataset]).toEqual(['dataset', 'id', 'dataset', null]);
    expect(error.closest[0]).toBe('wdi-idps-idmc');
    expect(error.message).toMatch(new RegExp(`^dataset: id must be one of the ${datasets.length} dataset ids of the library \\(closest: "wdi-idps-idmc"`));
    expect(datasets.length).toBeGreaterThan(50);
    expect(error.message).toMatch(/; received "wdi-idps-imdc"$/);
    // an observation id is not a dataset id
    // @ts-expect-error
    expect(thrown(() => dataset('idps-2022'))).toBeInstanceOf(UnknownIdError);
    expect((thrown(() => dataset('nothing-like-it-at-all' as DatasetId)) as UnknownIdError).message).toMatch(/none is close to it/);
    expect(thrown(() => dataset(42 as never))).toBeInstanceOf(HelperTypeError);
  });
});

describe('statements of estimates, cited and looked up without widening', () => {
  const idps = estimates(datasets, 'idps');
  type S = (typeof idps)[number];

  it("a statement's ids are the literal unions of the datasets that hold the measure", () => {
    expectTypeOf<S['dataset']>().toExtend<DatasetId>();
    expectTypeOf<'wdi-idps-idmc'>().toExtend<S['dataset']>();
    expectTypeOf<'wdi-population'>().not.toExtend<S['dataset']>(); // declares no IDP measure
    const holding = new Set((datasets as readonly Dataset[]).filter((d) => d.observations.some((o) => o.measure === 'idps')).map((d) => d.id));
    // each statement once: a dataset whose figures are all carried by another's statement stands among the carriers
    expect(new Set(idps.flatMap((s) => s.carriers.map((c) => c.dataset)))).toEqual(holding);
    expect(holding.has('wdi-idps-idmc') && !holding.has('wdi-population')).toBe(true);
  });

  it('dataset(statement.dataset) and statement.observationId go to observation and cite as they are', () => {
    for (const s of idps) {
      const d = dataset(s.dataset);
      expect(observation(d, s.observationId)).toBe(s.observation);
      expect(cite(d, s.observationId).text).toContain(s.source.title);
    }
    // narrowing on the dataset narrows the observation id
    const gidd = idps.find((s) => s.dataset === 'idmc-gidd-conflict-2025')!;
    if (gidd.dataset === 'idmc-gidd-conflict-2025') expectTypeOf(gidd.observationId).toEqualTypeOf<ObservationId<'idmc-gidd-conflict-2025'>>();
    expect(gidd.observationId).toMatch(/^idps-\d{4}$/);
  });

  it('a statement of any dataset is a Statement, with string ids', () => {
    const plain: readonly helpers.Statement[] = idps;
    expectTypeOf<helpers.Statement['dataset']>().toEqualTypeOf<string>();
    expect(plain).toBe(idps);
  });
});

describe('estimates takes its datasets first, or the measure first as before', () => {
  it('both orders give the same statements, typed alike', () => {
    const first = estimates(datasets, 'idps');
    const before = estimates('idps', datasets);
    expect(before).toEqual(first);
    expectTypeOf(before).toEqualTypeOf(first);
    expect(estimates([wdiIdpsIdmc], 'idps').map((s) => s.observationId)).toEqual(wdiIdpsIdmc.observations.filter((o) => o.measure === 'idps').map((o) => o.id));
    // datasets of your own take any string
    expect(estimates(datasets as readonly Dataset[], input('idps'))).toEqual(first);
  });

  it('a misspelt measure does not compile in either order; at run time it names the closest', () => {
    // @ts-expect-error a misspelt measure, datasets first
    const e = thrown(() => estimates(datasets, 'idsp'));
    expect(e).toBeInstanceOf(UnknownIdError);
    expect((e as UnknownIdError).closest).toContain('idps');
    // @ts-expect-error a misspelt measure, measure first
    expect(thrown(() => estimates('idsp', datasets))).toBeInstanceOf(UnknownIdError);
    // @ts-expect-error a measure of other datasets than the ones given
    expect(thrown(() => estimates([wdiPopulation], 'idps'))).toBeInstanceOf(UnknownIdError);
    // @ts-expect-error user input not narrowed (isMeasureId): a string is no measure of the library
    expect(estimates(datasets, input('idps')).length).toBeGreaterThan(4);
  });

  it('a bad argument is a HelperTypeError naming it, in either order', () => {
    const cases: [unknown, unknown, string, string][] = [
      [datasets, 42, 'measure', 'estimates: measure must be a measure id (a non-empty string such as "idps"); received 42'],
      [datasets, '', 'measure', 'estimates: measure must be a measure id (a non-empty string such as "idps"); received ""'],
      [42, datasets, 'measure', 'estimates: measure must be a measure id (a non-empty string such as "idps"); received 42'],
      ['idps', undefined, 'among', "estimates: among must be an array of datasets (such as datasets from azerbaijan-data), as in estimates(datasets, 'idps'); received undefined"],
      [wdiIdpsIdmc, 'idps', 'among', 'estimates: among must be an array of datasets'],
      [undefined, undefined, 'among', 'estimates: among must be an array of datasets'],
      [[wdiIdpsIdmc, 'wdi-population'], 'idps', 'among[1]', 'estimates: among[1] must be a dataset (with id, observations and sources); received "wdi-population"'],
    ];
    for (const [a, b, argument, message] of cases) {
      const e = thrown(() => estimates(a as never, b as never));
      expect(e, `${String(a)}, ${String(b)}`).toBeInstanceOf(HelperTypeError);
      expect((e as HelperTypeError).argument).toBe(argument);
      expect((e as HelperTypeError).message.startsWith(message), (e as HelperTypeError).message).toBe(true);
    }
  });
});
