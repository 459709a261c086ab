import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { internationalMigration } from 'azerbaijan-data/migration';
import { run } from '../../src/cli/run.js';

// Item 7 of issue 11: a command line that never crashes, never guesses, never echoes escapes raw.

const root = new URL('../..', import.meta.url).pathname;
const cli = binPath;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-robustness-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const id = internationalMigration.id;

/** Whether a text holds a control character other than the line feed (ESC, BEL, CR, C1…). */
const hasControl = (text: string): boolean => /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text);

describe('export --output', () => {
  it('-o - writes to standard output, not to a file named "-"', () => {
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      const r = run(['export', id, '-o', '-', '--format', 'json']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(internationalMigration)));
      expect(run(['export', id, '--output=-']).stdout).toBe(run(['export', id]).stdout);
      expect(existsSync(join(scratch, '-'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('into a missing folder: exit 1, one line naming the folder, no file and no folder made', () => {
    const target = join(scratch, 'missing', 'table1.csv');
    const r = run(['export', id, '-o', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`azerbaijan-data: cannot write ${JSON.stringify(target)}: the folder ${JSON.stringify(join(scratch, 'missing'))} does not exist; create it first (ENOENT)\n`);
    expect(existsSync(join(scratch, 'missing'))).toBe(false);
  });

  it('onto a folder or under a file: exit 1 with a one-line message', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    for (const [target, words] of [[scratch, 'it is a folder'], [join(file, 'x.csv'), 'a part of its path is a file']] as const) {
      const r = run(['export', id, '-o', target]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(words);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('still writes a file that can be written', () => {
    const target = join(scratch, 'table1.csv');
    expect(run(['export', id, '-o', target])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(readFileSync(target, 'utf8')).toBe(run(['export', id]).stdout);
  });
});

describe('options', () => {
  it.each([
    [['export', id, '--format', 'csv', '--format', 'json']],
    [['export', id, '-f', 'json', '--format=csv']],
    [['export', id, '-o', join(scratch, 'a.csv'), '--output', join(scratch, 'b.csv')]],
    [['show', id, '--help', '-h']],
  ])('a repeated option is a usage error, not the last value silently: %j', (argv) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^azerbaijan-data: \w+: option --(format|output|help) is given more than once; give it once\n$/);
    expect(existsSync(join(scratch, 'a.csv')) || existsSync(join(scratch, 'b.csv'))).toBe(false);
  });
});

describe('control characters in arguments', () => {
  const hostile = ['\u001b[2J\u001b[31mred', 'bell\u0007', 'back\rspace', 'c1\u009b31m', 'rtl\u202eevil', 'tab\there'];

  it.each(hostile)('are escaped, never echoed raw: %j', (text) => {
    for (const argv of [[text], ['show', text], ['compare', text], ['export', id, '--format', text], ['list', `--${text}`]]) {
      const r = run(argv);
      expect(r.code, JSON.stringify(argv)).toBe(2);
      expect(hasControl(r.stderr), JSON.stringify(r.stderr)).toBe(false);
      expect(r.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(r.stderr).toMatch(/\\x1b|\\x07|\\x0d|\\x9b|\\u202e|\\x09/);
    }
  });
});

describe('writing to a full device (the built bin)', () => {
  it.skipIf(!existsSync('/dev/full'))('list > /dev/full: exit 1 and one line of failure on standard error, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" list > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    // standard error keeps the count that list writes there, then the one line of the failure
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('azerbaijan-data: cannot write standard output: no space left on the device (ENOSPC)');
    expect(lines.slice(0, -1)).toEqual([expect.stringMatching(/^\d+ datasets$/)]);
  });

  it.skipIf(!existsSync('/dev/full'))('export -o - onto a full device, and a usage error onto a full standard error: exit 1, no crash', () => {
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" export ${id} -o - > /dev/full`], { encoding: 'utf8' });
    expect([out.status, out.stderr]).toEqual([1, 'azerbaijan-data: cannot write standard output: no space left on the device (ENOSPC)\n']);
    const err = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" nonsense 2> /dev/full`], { encoding: 'utf8' });
    expect([err.status, err.stdout]).toEqual([1, '']);
  });
});
