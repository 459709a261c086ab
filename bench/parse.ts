/**
 * parseDataset on datasets of 10,000, 100,000 and 1,000,000 observations, against JSON.parse of
 * the same text (npm run bench). Validation is linear when the time per observation stays flat
 * as the dataset grows: the ratios printed say so.
 *
 * The observations are copies of one observation of Table 1 (international-migration) under
 * new ids, in compact form, so that a million of them fit in one JSON string.
 */
import { internationalMigration } from 'azerbaijan-data/migration';
import { parseDataset } from 'azerbaijan-data/schema';
import type { Observation } from 'azerbaijan-data';

const sizes = (process.env.BENCH_PARSE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const template = internationalMigration.observations[0]! as Observation;
if (template.qualifier === 'range') throw new Error('bench/parse: expected a single-value observation to copy');
const value = template.value;

/** The JSON text of a dataset with `n` observations. */
function datasetText(n: number): string {
  const base = JSON.parse(JSON.stringify(internationalMigration)) as Record<string, unknown>;
  base.relations = [];
  base.gaps = [];
  base.observations = [];
  const head = JSON.stringify(base).replace('"observations":[]', '"observations":[@]');
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    parts[i] = JSON.stringify({
      id: `o-${i}`,
      measure: template.measure,
      qualifier: template.qualifier,
      value,
      unit: template.unit,
      period: template.period,
      dimensions: {},
      source: template.source,
      locator: { section: template.locator.section },
      quote: template.quote,
      asWritten: template.asWritten,
    });
  }
  const [before, after] = head.split('@');
  return `${before}${parts.join(',')}${after}`;
}

function time(f: () => unknown): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

console.log('parseDataset (JSON.parse + validation) against JSON.parse of the same text');
console.log('observations   JSON.parse ms   parseDataset ms   ratio   µs per observation');
let previous: { n: number; perObservation: number } | undefined;
for (const n of sizes) {
  const text = datasetText(n);
  const runs = n >= 1_000_000 ? 1 : 3;
  let jsonMs = Infinity;
  let parseMs = Infinity;
  for (let r = 0; r < runs; r++) {
    jsonMs = Math.min(jsonMs, time(() => JSON.parse(text)));
    parseMs = Math.min(parseMs, time(() => parseDataset(JSON.parse(text))));
  }
  const perObservation = (parseMs * 1000) / n;
  console.log(
    `${String(n).padStart(12)}   ${jsonMs.toFixed(0).padStart(13)}   ${parseMs.toFixed(0).padStart(15)}   ${(parseMs / jsonMs).toFixed(1).padStart(5)}   ${perObservation.toFixed(2).padStart(18)}`,
  );
  if (previous) {
    console.log(`  time per observation at ${n} / at ${previous.n}: ${(perObservation / previous.perObservation).toFixed(2)} (1 is linear)`);
  }
  previous = { n, perObservation };
}
