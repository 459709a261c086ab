import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { datasets } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// Issue 24, part 2: `azerbaijan-data lock` and `azerbaijan-data verify`, in process (what they
// print and their exit codes) and once as the built bin.

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-pin-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (name: string) => join(scratch, name);
/** A run whose messages are not wrapped, so that a message is matched whole. */
const wide = (args: string[]) => run(args, { width: 1000 });

type Json = Record<string, any>;
/** Writes a lockfile of remittance-flows, changed by `edit`, and returns its path. */
function editedLock(name: string, edit: (lock: Json) => void): string {
  const lock = JSON.parse(run(['lock', 'remittance-flows', '--output', '-']).stdout) as Json;
  edit(lock);
  writeFileSync(at(name), JSON.stringify(lock));
  return at(name);
}

describe('azerbaijan-data lock', () => {
  it('writes every dataset to the file given, saying what it locked on standard error', () => {
    const r = run(['lock', '--output', at('all.lock.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lock = JSON.parse(readFileSync(at('all.lock.json'), 'utf8')) as Json;
    expect(Object.keys(lock.datasets)).toEqual(datasets.map((d) => d.id));
    const figures = datasets.reduce((n, d) => n + d.observations.length, 0);
    expect(r.stderr).toMatch(new RegExp(`^locked ${datasets.length} datasets, ${figures.toLocaleString('en-US')} figures and [\\d,]+ events of azerbaijan-data \\S+ to ${at('all.lock.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
  });

  it('locks only the datasets named; --output - writes to standard output', () => {
    const r = run(['lock', 'remittance-flows', 'migration-policy-timeline', '-o', '-']);
    expect(r.code).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as Json).datasets)).toEqual(['remittance-flows', 'migration-policy-timeline']);
    expect((JSON.parse(r.stdout) as Json).datasets['remittance-flows'].figures['inward-remittances-2003']).toEqual({ qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' });
  });

  it('refuses an unknown dataset id, naming the closest', () => {
    const r = run(['lock', 'remittance-flow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown dataset "remittance-flow". Did you mean "remittance-flows"');
  });

  it('writes azerbaijan-data.lock.json in the working folder by default (the built bin)', () => {
    const r = spawnSync(process.execPath, [binPath, 'lock', 'remittance-flows'], { cwd: scratch, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/to azerbaijan-data\.lock\.json\n$/);
    expect(Object.keys((JSON.parse(readFileSync(at('azerbaijan-data.lock.json'), 'utf8')) as Json).datasets)).toEqual(['remittance-flows']);
  });
});

describe('azerbaijan-data verify', () => {
  it('exits 0 when the installed data is what was locked', () => {
    run(['lock', '--output', at('same.lock.json')]);
    const r = run(['verify', at('same.lock.json')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^The installed data is what .*same\\.lock\\.json locked: ${datasets.length} datasets \\(written from azerbaijan-data `));
  });

  it('exits 1 naming the dataset, each figure old → new, and the release', () => {
    const file = editedLock('release.lock.json', (lock) => {
      const rf = lock.datasets['remittance-flows'];
      rf.version = '0.9.0';
      rf.sha256 = '0'.repeat(64);
      rf.figures['inward-remittances-2003'].value = 170;
      delete rf.figures['inward-remittances-2004'];
    });
    const r = run(['verify', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`1 of 1 locked dataset differs from ${file} (written from azerbaijan-data ${(JSON.parse(readFileSync(file, 'utf8')) as Json).package.version}):`);
    expect(lines[2]).toMatch(/^remittance-flows: version 0\.9\.0 → 1\.0\.0; /);
    expect(lines).toContain('  changed inward-remittances-2003: 170 million-usd (2003) → 171 million-usd (2003)');
    expect(lines).toContain('  added   inward-remittances-2004: 228 million-usd (2004)');
  });

  it('says "altered outside a release" when figures differ under the same version', () => {
    const file = editedLock('altered.lock.json', (lock) => {
      lock.datasets['remittance-flows'].figures['inward-remittances-2003'].qualifier = 'atLeast';
    });
    const r = run(['verify', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('remittance-flows: altered outside a release: its content differs from the lockfile\'s while its version is still 1.0.0');
    expect(r.stdout).toContain('  changed inward-remittances-2003: at least 171 million-usd (2003) → 171 million-usd (2003)');
  });

  it('--json: the report as one document, for scripts', () => {
    const file = editedLock('json.lock.json', (lock) => {
      lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170;
    });
    const r = run(['verify', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Json;
    expect(report).toMatchObject({ lockfile: file, ok: false, datasets: 1, findings: [{ id: 'remittance-flows', cause: 'altered', altered: 'same-version', figures: [{ id: 'inward-remittances-2003', change: 'changed', from: { value: 170 }, to: { value: 171 } }] }] });
    run(['lock', 'remittance-flows', '-o', at('ok.lock.json')]);
    expect(JSON.parse(run(['verify', at('ok.lock.json'), '--json']).stdout)).toMatchObject({ ok: true, findings: [] });
  });

  it('exits 2 with a clear message for a missing, unreadable or malformed lockfile', () => {
    expect(wide(['verify'])).toMatchObject({ code: 2, stderr: expect.stringContaining('verify needs a lockfile') });
    expect(wide(['verify', at('nothing.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file (ENOENT); write a lockfile first with "azerbaijan-data lock"') });
    expect(wide(['verify', scratch])).toMatchObject({ code: 2, stderr: expect.stringContaining('it is a folder') });
    writeFileSync(at('bad.json'), '{"lockfileVersion": 1, "package": {"name": "azerbaijan-data", "version": "1.0.0"}, "datasets": {"x": {"version": "1.0.0"}}}');
    const r = wide(['verify', at('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a lockfile azerbaijan-data can read: lockfile: datasets.x.sha256 must be a SHA-256 digest (64 lower-case hex digits), got nothing (it is missing)');
    expect(wide(['verify', at('a'), at('b')])).toMatchObject({ code: 2, stderr: expect.stringContaining('verify takes one argument (a lockfile)') });
  });

  it('exits 1 as the built bin, so that a build step stops', () => {
    const file = editedLock('bin.lock.json', (lock) => {
      lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170;
    });
    const r = spawnSync(process.execPath, [binPath, 'verify', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('changed inward-remittances-2003: 170 million-usd (2003) → 171 million-usd (2003)');
  });

  it('lock and verify have their own --help, and the main help names them', () => {
    expect(run(['lock', '--help']).stdout).toMatch(/^Usage: azerbaijan-data lock \[<id>…\] \[--output <file>\]/);
    expect(run(['verify', '--help']).stdout).toMatch(/^Usage: azerbaijan-data verify <lockfile> \[--json\]/);
    expect(run(['--help']).stdout).toMatch(/\n {2}lock \[<id>…\] .*\n[\s\S]*\n {2}verify <lockfile> /);
  });
});
