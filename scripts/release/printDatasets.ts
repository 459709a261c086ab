/**
 * Prints, as JSON on standard output, every dataset of a source tree: the parts a release compares
 * (id, version, sha256, measures, observations, relations, events, gaps) and the module it is in.
 * Run as a child process by datasetsAt.ts on the `src/` of the working tree or of an old commit
 * extracted into a scratch folder: `tsx scripts/release/printDatasets.ts <src folder>`.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const src = process.argv[2];
if (src === undefined) throw new TypeError('printDatasets: give the src/ folder to read, e.g. tsx scripts/release/printDatasets.ts src');
const dataDir = join(src, 'data');
const files = (readdirSync(dataDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
const out: unknown[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dataDir, file)).href)) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    const d = value as Record<string, unknown> | null;
    if (d === null || typeof d !== 'object' || typeof d.id !== 'string' || typeof d.version !== 'string' || !Array.isArray(d.observations)) continue;
    const { id, version, sha256, measures, observations, relations, events, gaps } = d;
    out.push({ id, version, sha256, measures, observations, relations, events, gaps, file: relative(src, join(dataDir, file)) });
  }
}
process.stdout.write(JSON.stringify(out));
