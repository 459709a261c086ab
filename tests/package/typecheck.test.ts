import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm test` type-checks the project (src, tests, scripts, examples, bench: `npm run typecheck`)
// as one of its tests, so that the check runs beside the others instead of before them.

const root = new URL('../..', import.meta.url).pathname;

describe('the project', () => {
  it('type-checks under its strict tsconfig (tsc -p .)', () => {
    const r = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', root, '--pretty', 'false'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout.split('\n').filter((l) => /error TS\d+/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  }, 180_000);
});
