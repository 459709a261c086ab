// What a user meets when an error of the library goes uncaught: for every entry point, by require
// and by import, a fresh Node process triggers an error from the library with bad input and lets
// it go. Node prints the throw site's source line, the message and the stack; with a minified
// build that source line was a whole file (35 KB, the whole package.json inlined). The Node build
// (scripts/build/node.ts) and the bundler build (tsup) now keep line breaks and inline only the
// package's version.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topics } from '../../scripts/topics.js';

const root = new URL('../..', import.meta.url).pathname;

interface Trigger {
  entry: string;
  /** The statements that load the entry point (by `use`) and throw, left uncaught. */
  script: (use: (specifier: string) => string) => string;
  /** The first line of the message the error carries. */
  message: RegExp;
}

const unknownId = /: id must be one of the \d+ observation ids of dataset "[\w-]+" .*; received "nope"$/;
const triggers: Trigger[] = [
  { entry: 'azerbaijan-data', script: (use) => `const { observation, internationalMigration } = ${use('azerbaijan-data')};\nobservation(internationalMigration, 'nope');`, message: unknownId },
  { entry: 'azerbaijan-data/helpers', script: (use) => `const { observation } = ${use('azerbaijan-data/helpers')};\nconst { remittanceFlows } = ${use('azerbaijan-data/remittances')};\nobservation(remittanceFlows, 'nope');`, message: unknownId },
  // An input with hundreds of faults: the message lists the first 20 and says how many more.
  { entry: 'azerbaijan-data/schema', script: (use) => `const { parseDataset } = ${use('azerbaijan-data/schema')};\nparseDataset({ id: 'x', observations: Array.from({ length: 300 }, () => ({ id: 'o' })) });`, message: /^DatasetValidationError: dataset "x" is invalid:$/ },
  ...topics.map((topic): Trigger => (topic === 'territory'
    ? { entry: 'azerbaijan-data/territory', script: (use) => `const { findPlace } = ${use('azerbaijan-data/territory')};\nfindPlace(42);`, message: /^TypeError: findPlace: name must be a non-empty string; received number$/ }
    // A topic entry point holds data only: the error comes from a helper given its first dataset.
    : { entry: `azerbaijan-data/${topic}`, script: (use) => `const t = ${use(`azerbaijan-data/${topic}`)};\nconst { observation } = ${use('azerbaijan-data/helpers')};\nobservation(Object.values(t).find((d) => Array.isArray(d.observations) && d.observations.length > 0), 'nope');`, message: unknownId })),
];

/** Runs `script` in a fresh Node process from the package root, where the package resolves by its name. */
function run(script: string, mode: 'require' | 'import'): Promise<{ status: number | null; stderr: string }> {
  const args = mode === 'import' ? ['--input-type=module', '-e', script] : ['-e', `'use strict';\n${script}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject).on('close', (status) => resolve({ status, stderr }));
  });
}

const cases = triggers.flatMap((t) => (['require', 'import'] as const).map((mode) => [t.entry, mode, t] as const));
/** Four runs at a time, started as the file loads: each test awaits its own. */
const runs = ((): Promise<{ status: number | null; stderr: string }>[] => {
  let slots = 4;
  const waiting: (() => void)[] = [];
  const slot = (): Promise<void> => (slots > 0 ? (slots--, Promise.resolve()) : new Promise((resolve) => waiting.push(resolve)));
  const release = (): void => { const next = waiting.shift(); if (next) next(); else slots++; };
  return cases.map(async ([, mode, trigger]) => {
    await slot();
    const use = (s: string) => (mode === 'import' ? `await import(${JSON.stringify(s)})` : `require(${JSON.stringify(s)})`);
    try { return await run(trigger.script(use), mode); } finally { release(); }
  });
})();

describe('an uncaught error of the library prints its message first, in a few lines', () => {
  it.each(cases.map((c, i) => [...c, i] as const))('%s by %s', async (entry, _mode, trigger, i) => {
    const { status, stderr } = await runs[i]!;
    expect(status, stderr).toBe(1);
    expect(Buffer.byteLength(stderr), stderr.slice(0, 2000)).toBeLessThanOrEqual(4096);
    const lines = stderr.split('\n');
    // Node's report: the throw site (file:line), its source line, a caret, a blank line, then the error.
    const messageLine = lines.findIndex((l) => trigger.message.test(l));
    expect(messageLine, `${entry}: the message in the first lines of\n${stderr}`).toBeGreaterThanOrEqual(0);
    expect(messageLine).toBeLessThanOrEqual(5);
    // The throw site is in the library's own build, and the source line Node echoes from it is a line of code, not a file.
    expect(lines[0]).toMatch(/\/dist\/.+:\d+$/);
    expect(lines[1]!.length, lines[1]!.slice(0, 300)).toBeLessThanOrEqual(200);
    expect(lines.slice(messageLine + 1).some((l) => /^\s+at .*\/dist\//.test(l)), 'a stack frame in the library').toBe(true);
  });
});

describe('the builds inline no package.json', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.(c|m)?js$/.test(f) ? [join(dir, f)] : []));
  it('no built module holds the package.json\'s scripts or dependencies; the version is there as a constant', () => {
    const built = files(join(root, 'dist'));
    expect(built.length).toBeGreaterThan(20);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
    const texts = new Map(built.map((f) => [f, readFileSync(f, 'utf8')]));
    const inlined = built.filter((f) => /devDependencies|"?prepack"?\s*:/.test(texts.get(f)!) || texts.get(f)!.includes(pkg.scripts.build!));
    expect(inlined.map((f) => f.slice(root.length))).toEqual([]);
    const withVersion = built.filter((f) => texts.get(f)!.includes(`packageVersion = ${JSON.stringify(pkg.version)}`));
    expect(withVersion.some((f) => f.includes('/dist/node/'))).toBe(true);
    expect(withVersion.some((f) => !f.includes('/dist/node/'))).toBe(true);
  });
});
