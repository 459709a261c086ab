import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;

describe('packaging linters', () => {
  it('publint reports no problem', () => {
    const out = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/All good!/);
  });

  // The node16 profile checks CJS and ESM under node16/nodenext and bundler resolution. It leaves
  // out only node10 resolution, which cannot read an exports map at all (engines: node >= 18).
  it('arethetypeswrong finds no problem in node16 (CJS and ESM) and bundler resolution', () => {
    // attw exits non-zero on a problem outside the profile, which fails the test with its report
    const out = execFileSync(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const { analysis } = JSON.parse(out) as { analysis: { problems: { resolutionKind?: string; kind: string }[]; entrypoints: Record<string, unknown> } };
    const counted = analysis.problems.filter((p) => p.resolutionKind !== 'node10');
    expect(counted).toEqual([]);
    expect(Object.keys(analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './migration', './helpers', './schema']));
  }, 120_000);
});
