import { deepFreeze } from './deepFreeze.js';
import type { Source } from './model/source.js';

/**
 * The dataset of a module that scripts/import generates: its JSON text parsed, its source records
 * put in the place of its `"sources": null`, and the whole deep-frozen. Returns the dataset.
 *
 * The importer's modules hold their data as JSON text, not as an object literal, because
 * TypeScript types every element of an array literal and reduces their union pairwise: past about
 * 1,000 observations in one dataset it stops with "Expression produces a union type that is too
 * complex to represent" (TS2590). JSON text costs the compiler nothing, and the module's
 * `Dataset<'id'>` annotation keeps the typed ids. The hand-written data modules stay literals.
 *
 * Not `deepFreeze({ ...JSON.parse(…), sources })`: a bundler keeps an object spread (it may run
 * getters) even under a pure annotation, so every dataset of a chunk would be in every bundle.
 *
 * Call sites annotate each call as pure, so that bundlers drop a dataset that is never used (its
 * arguments, a string and an array of imported records, have no side effects of their own).
 * Internal: not part of the public API.
 */
export function datasetFromJson<D>(json: string, sources: readonly Source[]): D {
  const dataset = JSON.parse(json) as { sources: unknown };
  dataset.sources = sources;
  return deepFreeze(dataset) as D;
}
