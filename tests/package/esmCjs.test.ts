import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const entries = ['azerbaijan-data', 'azerbaijan-data/migration', 'azerbaijan-data/displacement', 'azerbaijan-data/remittances',
  'azerbaijan-data/trafficking', 'azerbaijan-data/mine-action', 'azerbaijan-data/territory', 'azerbaijan-data/humanitarian-aid',
  'azerbaijan-data/helpers', 'azerbaijan-data/schema'];

/** Runs Node in a fresh process, as a consumer would, and returns what it prints. */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Per entry, the names, kinds and values of its exports as JSON, digested in the child process
 * (how many exports, the length of the JSON and its sha256): the root's JSON alone runs to tens of
 * megabytes.
 */
const digestExports = `(m) => {
  const described = Object.keys(m).sort().map((k) => [k, typeof m[k], typeof m[k] === 'function' ? null : m[k]]);
  const json = JSON.stringify(described);
  return { exports: described.length, chars: json.length, sha256: createHash('sha256').update(json).digest('hex') };
}`;
interface ExportsDigest { exports: number; chars: number; sha256: string }
const nodeAsync = async (args: string[]): Promise<string> => (await promisify(execFile)(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;

// one process imports every entry (ESM), another, side by side, requires every entry (CJS): each
// prints, per entry, the digest of its exports
const [esm, cjs] = (await Promise.all([
  nodeAsync(['--input-type=module', '-e', `import { createHash } from 'node:crypto'; const out = {}; for (const e of ${JSON.stringify(entries)}) out[e] = (${digestExports})(await import(e)); process.stdout.write(JSON.stringify(out));`]),
  nodeAsync(['-e', `const { createHash } = require('node:crypto'); const out = {}; for (const e of ${JSON.stringify(entries)}) out[e] = (${digestExports})(require(e)); process.stdout.write(JSON.stringify(out));`]),
])).map((out) => JSON.parse(out) as Record<string, ExportsDigest>) as [Record<string, ExportsDigest>, Record<string, ExportsDigest>];

describe('the built package, by its name', () => {
  it.each(entries)('%s: import (ESM) and require (CJS) return the same exports and data', (entry) => {
    expect(esm[entry]!.exports).toBeGreaterThan(0);
    expect(cjs[entry], `${entry}: require against import`).toEqual(esm[entry]);
  });

  it('require of a topic subpath returns the same objects as the root', () => {
    const same = node(['-e', `const a = require('azerbaijan-data'); const b = require('azerbaijan-data/migration'); process.stdout.write(String(a.internationalMigration === b.internationalMigration));`]);
    expect(same).toBe('true');
  });

  it('the schema entry validates the data entry in a consumer process', () => {
    const out = node(['--input-type=module', '-e', `import { datasets } from 'azerbaijan-data'; import { Dataset } from 'azerbaijan-data/schema'; process.stdout.write(String(datasets.every((d) => Dataset.safeParse(d).success)));`]);
    expect(out).toBe('true');
  });
});
