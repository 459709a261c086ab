import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportsDigests } from '../support/exportsDigest.js';
import type { ExportsDigest } from '../support/exportsDigest.js';

const root = new URL('../..', import.meta.url).pathname;
const entries = ['azerbaijan-data', 'azerbaijan-data/migration', 'azerbaijan-data/displacement', 'azerbaijan-data/remittances',
  'azerbaijan-data/trafficking', 'azerbaijan-data/mine-action', 'azerbaijan-data/territory', 'azerbaijan-data/humanitarian-aid',
  'azerbaijan-data/helpers', 'azerbaijan-data/schema'];

/** Runs Node in a fresh process, as a consumer would, and returns what it prints. */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// one process imports every entry (ESM), another, side by side, requires every entry (CJS): each
// gives, per entry, the digest of its exports
const [esm, cjs] = (await Promise.all([exportsDigests(entries, 'import', root), exportsDigests(entries, 'require', root)])).map(
  (digests) => Object.fromEntries(entries.map((e, i) => [e, digests[i]!])),
) as [Record<string, ExportsDigest>, Record<string, ExportsDigest>];

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
