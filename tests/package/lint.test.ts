import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;

// arethetypeswrong runs on the tarball of tests/cli/pack.test.ts (packed once for all its checks).
describe('packaging linters', () => {
  it('publint reports no problem', () => {
    const out = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/All good!/);
  });
});
