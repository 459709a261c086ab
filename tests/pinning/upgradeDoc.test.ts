import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { COMMAND, verifyOutputBlock, withBlock } from '../../scripts/pinning/upgradeDoc.js';

// Issue 24, part 3: docs/data-versions.md walks an upgrade on a real example from the history
// (examples/upgrade/azerbaijan-data.lock.json, the data before eight datasets' 1.0.0 → 1.0.1
// corrections); the output it shows is what `verify` prints today.

const root = new URL('../..', import.meta.url).pathname;
const page = readFileSync(`${root}docs/data-versions.md`, 'utf8');

describe('docs/data-versions.md: an upgrade, end to end', () => {
  it('shows what verify prints on the lockfile written before the corrections (else: npx tsx scripts/pinning/upgradeDoc.ts)', () => {
    expect(page).toContain(`$ ${COMMAND}\n`);
    expect(withBlock(page, verifyOutputBlock()), 'the verify output shown is stale: run npx tsx scripts/pinning/upgradeDoc.ts').toBe(page);
  });

  it('fails, naming the eight datasets that moved 1.0.0 → 1.0.1 and the release (or the pending changesets) that explains each', () => {
    const r = run(COMMAND.replace('npx azerbaijan-data ', '').split(' '));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('8 of 36 locked datasets differ from examples/upgrade/azerbaijan-data.lock.json (written from azerbaijan-data 0.1.0):');
    expect(r.stdout.match(/^[\w-]+: version 1\.0\.0 → 1\.0\.1; (see CHANGELOG\.md, release \S+|no release in CHANGELOG\.md lists this change yet .*)$/gm)).toHaveLength(8);
  });

  it('holds a lockfile of the data as it stood at the commit before the corrections', () => {
    const lock = JSON.parse(readFileSync(`${root}examples/upgrade/azerbaijan-data.lock.json`, 'utf8')) as { datasets: Record<string, { version: string }> };
    expect(lock.datasets['landmine-casualties']!.version).toBe('1.0.0');
    expect(Object.values(lock.datasets).every((d) => d.version === '1.0.0')).toBe(true);
  });
});
