import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` type-checks the project (src, tests, scripts, examples, bench: `npm run typecheck`)
// as one of its tests, so that the check runs beside the others instead of before them.
// The check uses TypeScript 7, the native compiler (`typescript-native`, an npm alias of
// `typescript@7`), on one thread: it checks the same tsconfig as TypeScript 5.9 in about a
// quarter of the CPU time. TypeScript 5.9 (`typescript`) stays what the build (tsup's declaration
// build, typedoc) and the consumer projects of the tests compile with: they need its JS API.

const root = new URL('../..', import.meta.url).pathname;
const script = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck!;

describe('the project', () => {
  // the command of `npm run typecheck`, run here as npm runs it (`node <compiler> <arguments>`)
  const [command, compiler, ...args] = script.split(' ');

  it('npm run typecheck runs the native compiler, TypeScript 7', () => {
    expect([command, compiler]).toEqual(['node', 'node_modules/typescript-native/bin/tsc']);
    const version = (JSON.parse(readFileSync(`${root}node_modules/typescript-native/package.json`, 'utf8')) as { version: string }).version;
    expect(version).toMatch(/^7\./);
  });

  it(`type-checks under its strict tsconfig (${script.replace(/^node \S+\//, '')})`, () => {
    const r = spawnSync(process.execPath, [`${root}${compiler}`, ...args, '--pretty', 'false'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout.split('\n').filter((l) => /error TS\d+/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  }, 180_000);
});
