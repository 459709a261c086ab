// Checked by `tsc` (npm run typecheck): the plain data-model types that the topic entry points
// declare (src/model/*.ts) are the very types the zod schemas infer, made deeply readonly. A
// field added to a schema and not to the model (or the reverse) fails the type-check.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Dataset, Event, Gap, Locator, Observation, Relation, Source, SourceKind, Unit, Topic } from 'azerbaijan-data';
import type { Place, PlaceKind } from 'azerbaijan-data/territory';
import type {
  Dataset as DatasetSchema,
  DeepReadonly,
  Event as EventSchema,
  Gap as GapSchema,
  Locator as LocatorSchema,
  Observation as ObservationSchema,
  Place as PlaceSchema,
  PlaceKind as PlaceKindSchema,
  Relation as RelationSchema,
  Source as SourceSchema,
  SourceKind as SourceKindSchema,
  Topic as TopicSchema,
  Unit as UnitSchema,
} from 'azerbaijan-data/schema';

type Inferred<S extends z.ZodType> = DeepReadonly<z.infer<S>>;
/**
 * One level of an object type (or each member of a union) spelt out as a plain object type, so
 * that an interface, an intersection and a mapped type with the same fields compare identical;
 * the fields' own types are compared as they are (strictly: readonly, optional, `| undefined`).
 */
type Flat<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

describe('the plain data model is the zod schemas', () => {
  it('each plain type equals its schema, deeply readonly', () => {
    expectTypeOf<Flat<Inferred<typeof DatasetSchema>>>().toEqualTypeOf<Flat<Dataset>>();
    expectTypeOf<Flat<Inferred<typeof ObservationSchema>>>().toEqualTypeOf<Flat<Observation>>();
    expectTypeOf<Flat<Inferred<typeof RelationSchema>>>().toEqualTypeOf<Flat<Relation>>();
    expectTypeOf<Flat<Inferred<typeof EventSchema>>>().toEqualTypeOf<Flat<Event>>();
    expectTypeOf<Flat<Inferred<typeof GapSchema>>>().toEqualTypeOf<Flat<Gap>>();
    expectTypeOf<Flat<Inferred<typeof SourceSchema>>>().toEqualTypeOf<Flat<Source>>();
    expectTypeOf<Flat<Inferred<typeof LocatorSchema>>>().toEqualTypeOf<Flat<Locator>>();
    expectTypeOf<Flat<Inferred<typeof PlaceSchema>>>().toEqualTypeOf<Flat<Place>>();
    expectTypeOf<z.infer<typeof PlaceKindSchema>>().toEqualTypeOf<PlaceKind>();
    expectTypeOf<z.infer<typeof SourceKindSchema>>().toEqualTypeOf<SourceKind>();
    expectTypeOf<z.infer<typeof UnitSchema>>().toEqualTypeOf<Unit>();
    expectTypeOf<z.infer<typeof TopicSchema>>().toEqualTypeOf<Topic>();
  });

  it("a dataset's literal ids narrow the plain type without changing its shape", () => {
    expectTypeOf<Dataset<'international-migration'>>().toExtend<Inferred<typeof DatasetSchema>>();
  });
});
