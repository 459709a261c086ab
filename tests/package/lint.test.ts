import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('packaging linters', () => {
  it('publint reports no problem', () => {
    const out = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/All good!/);
  });

  // The default (strict) profile, nothing excluded: node10 (through typesVersions), node16 from
  // CJS and from ESM, and bundler, for every entry point. The tarball is packed from the built
  // tree without scripts (prepack would rebuild dist/ under the other tests' feet).
  it('arethetypeswrong finds no problem in any resolution, node10 included', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
    // attw exits non-zero on any problem: its report then fails the test
    const r = spawnSync(bin('attw'), [join(scratch, packed!.filename), '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { analysis } = JSON.parse(r.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, unknown> }> } };
    expect(analysis.problems).toEqual([]);
    expect(r.status).toBe(0);
    expect(Object.keys(analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './migration', './displacement', './remittances', './trafficking', './mine-action', './territory', './humanitarian-aid', './helpers', './schema']));
    for (const [entry, { resolutions }] of Object.entries(analysis.entrypoints)) expect(Object.keys(resolutions).sort(), entry).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
  }, 120_000);
});
