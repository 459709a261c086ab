/**
 * Rewrites the `sha256` of every dataset whose canonical content changed (npm run data:hash).
 * Reads the built package, so it runs the build first. A changed hash means the dataset's
 * `version` must be bumped and a changeset written: this script prints which.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasets } from 'azerbaijan-data';
import { contentHash } from './canonicalContent.js';

const root = new URL('..', import.meta.url).pathname;
const files = readdirSync(join(root, 'src/data'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(root, 'src/data', f));
let changed = 0;
for (const d of datasets) {
  const hash = contentHash(d);
  if (hash === d.sha256) continue;
  const file = files.find((f) => readFileSync(f, 'utf8').includes(`Dataset<'${d.id}'>`));
  if (!file) throw new Error(`no data file declares Dataset<'${d.id}'>`);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(`"sha256": "${d.sha256}"`, `"sha256": "${hash}"`);
  if (next === text) throw new Error(`${file}: could not find "sha256": "${d.sha256}"`);
  writeFileSync(file, next);
  changed++;
  console.log(`${d.id}: sha256 updated (version ${d.version}: bump it if this dataset was already released, and add a changeset)`);
}
console.log(`data:hash: ${changed} of ${datasets.length} datasets updated`);
