import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportsDigests } from '../support/exportsDigest.js';

const root = new URL('../..', import.meta.url).pathname;
/** Runs Node in a fresh process, as a consumer would, and returns what it prints. */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// The entry points of the data, the root and the helpers, by import against require, are compared
// in tests/package/nodeBuild.test.ts, in the same processes that compare them with the bundler
// build. The schema entry, which has no Node build of its own, is compared here.
const schema = 'azerbaijan-data/schema';
const [[esm], [cjs]] = await Promise.all([exportsDigests([schema], 'import', root), exportsDigests([schema], 'require', root)]);

describe('the built package, by its name', () => {
  it(`${schema}: import (ESM) and require (CJS) return the same exports and data`, () => {
    expect(esm!.exports).toBeGreaterThan(0);
    expect(cjs, `${schema}: require against import`).toEqual(esm);
  });

  // that require of a topic subpath gives the root's objects: tests/package/nodeBuild.test.ts, by import and by require

  it('the schema entry validates the data entry in a consumer process', () => {
    const out = node(['--input-type=module', '-e', `import { datasets } from 'azerbaijan-data'; import { Dataset } from 'azerbaijan-data/schema'; process.stdout.write(String(datasets.every((d) => Dataset.safeParse(d).success)));`]);
    expect(out).toBe('true');
  });
});
