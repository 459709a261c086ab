import { datasets } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';

/** A dataset of the library by id; fails with a clear message while it is not yet in the library. */
export function dataset(id: string): Dataset {
  const found = (datasets as readonly Dataset[]).find((d) => d.id === id);
  if (found === undefined) throw new Error(`dataset "${id}" is not in the library (yet)`);
  return found;
}

/** An observation of a dataset by id. */
export function observation(datasetId: string, id: string): Observation {
  const found = dataset(datasetId).observations.find((o) => o.id === id);
  if (found === undefined) throw new Error(`dataset "${datasetId}" has no observation "${id}"`);
  return found;
}

/** The observations of a measure in a dataset, without dimensions (the totals), in the dataset's order. */
export function measureSeries(datasetId: string, measure: string): Observation[] {
  return dataset(datasetId).observations.filter((o) => o.measure === measure && Object.keys(o.dimensions).length === 0);
}

/** The value of an observation that has one. */
export function valueOf(o: Observation): number {
  if (o.qualifier === 'range') throw new Error(`observation "${o.id}" is a range`);
  return o.value;
}

/** Calls `f` and returns what it throws (fails when it does not throw). */
export function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}
