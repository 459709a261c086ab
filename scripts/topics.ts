/**
 * The library's topics, in catalogue order: each has an entry point (`azerbaijan-data/<topic>`),
 * a folder `src/data/<topic>/` and a generated `src/topics/<topic>.ts`. The one list the build
 * (tsup.config.ts, scripts/generate-indices.ts, scripts/build/node.ts), the benches and the tests
 * read.
 */
import type { Topic } from '../src/model/topic.js';

export const topics = ['migration', 'displacement', 'remittances', 'trafficking', 'mine-action', 'territory', 'humanitarian-aid'] as const satisfies readonly Topic[];

/** The name of a topic's list of datasets: `mine-action` → `mineActionDatasets`. */
export function topicListName(topic: Topic): string {
  return `${topic.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Datasets`;
}
