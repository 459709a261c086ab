import { cite, datasets } from 'azerbaijan-data';
import type { Citation, Dataset, Event, Observation } from 'azerbaijan-data';

// cite() of every figure (observation and event) of every dataset, computed once and shared by
// the test files that check them all (tests/citation/, tests/exports/citations.test.ts): files
// share their worker's modules (`isolate: false`), so a worker cites the 12,000 figures once,
// not once per file. A Citation is frozen, and the library's datasets too: what a test reads
// from a shared citation is what a fresh cite() call gives.

/** A figure of a dataset with its citation, as cite(dataset, figure.id) gives it. */
export interface FigureCitation {
  readonly dataset: Dataset;
  readonly figure: Observation | Event;
  readonly citation: Citation;
}

let every: readonly FigureCitation[] | undefined;
let byDataset: ReadonlyMap<Dataset, ReadonlyMap<string, Citation>> | undefined;

/** Every figure of every dataset with its citation, dataset by dataset, each dataset's observations then its events. */
export function figureCitations(): readonly FigureCitation[] {
  every ??= (datasets as readonly Dataset[]).flatMap((dataset) =>
    [...dataset.observations, ...dataset.events].map((figure) => ({ dataset, figure, citation: cite(dataset as never, figure.id as never) })),
  );
  return every;
}

/** cite(dataset, figureId), from the shared citations; throws for a figure the library's datasets do not have. */
export function citationOf(dataset: Dataset, figureId: string): Citation {
  if (byDataset === undefined) {
    const index = new Map<Dataset, Map<string, Citation>>();
    for (const c of figureCitations()) {
      const own = index.get(c.dataset) ?? new Map<string, Citation>();
      // the first figure of an id, as cite() finds it (observations before events)
      if (!own.has(c.figure.id)) own.set(c.figure.id, c.citation);
      index.set(c.dataset, own);
    }
    byDataset = index;
  }
  const citation = byDataset.get(dataset)?.get(figureId);
  if (citation === undefined) throw new Error(`no figure ${dataset.id}/${figureId} among the library's datasets`);
  return citation;
}
