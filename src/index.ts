// The root entry point: every dataset, the catalogue, the sources and the helpers.
// The schemas (and zod) are in 'azerbaijan-data/schema', so importing data costs no validation code.
export * from './topics/migration.js';
export * from './topics/displacement.js';
export * from './topics/remittances.js';
export * from './topics/trafficking.js';
export * from './topics/mine-action.js';
export * from './topics/territory.js';
export * from './topics/humanitarian-aid.js';
export * from './catalogue.js';
export * from './sources/index.js';
export * from './helpers/index.js';
export * from './pinning/index.js';
export type { Dataset, Observation, Source, SourceKind, Relation, Unit, Topic, Qualifier, Event, Gap, Locator, Dimension, Measure, DeepReadonly } from './schema/index.js';
export type { ObservationId, MeasureId } from './model/dataset.js';
export type { ObservationBase, PointObservation, RangeObservation } from './model/observation.js';
export type { Provenance } from './model/provenance.js';
export type { RelationBase, SumRelation, DifferenceRelation, ShareRelation, PartOfRelation } from './model/relation.js';
export type { DateBasis } from './model/source.js';
