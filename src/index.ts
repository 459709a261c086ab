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
export { dataset } from './lookup/dataset.js';
export { isDatasetId } from './lookup/isDatasetId.js';
export * from './sources/index.js';
export * from './helpers/index.js';
export * from './pinning/index.js';
export * from './citation/index.js';
// The data model as plain TypeScript (src/model/), the same types the schemas validate.
export type { DeepReadonly } from './schema/deepReadonly.js';
export type { Dataset, Dimension, Measure } from './model/dataset.js';
export type { DatasetIds } from './model/datasetIds.js';
export type { Observation } from './model/observation.js';
export type { Source, SourceKind } from './model/source.js';
export type { Relation } from './model/relation.js';
export type { Unit } from './model/unit.js';
export type { Topic } from './model/topic.js';
export type { Event, Gap } from './model/event.js';
export type { Locator } from './model/locator.js';
export type { ObservationId, MeasureId, PointId, RangeId, EventId, ObservationOf, FigureId, LibraryMeasureId } from './model/dataset.js';
export type { ObservationBase, PointObservation, RangeObservation, PointOf, Qualifier } from './model/observation.js';
export type { Provenance } from './model/provenance.js';
export type { ChainLink, ChainRole } from './model/chainLink.js';
export type { RelationBase, SumRelation, DifferenceRelation, ShareRelation, PartOfRelation } from './model/relation.js';
export type { DateBasis, SourceForm, AuthorBasis, Author, Container, UrlScope, ReleaseCopy, License, NameInDocument } from './model/source.js';
