import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';
import { fuzzSettings, fuzzTimeout } from './settings.js';

// Arbitrary argument lists into the CLI's run(): exit status 0, 1 or 2, a message when it is
// not 0, never a stack trace, never an internal error, never a raw control character.

// run() may write a file for `export --output`: the arguments carry no path separator, and the
// suite runs in a scratch folder, so that every such file lands there.
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-fuzz-cli-'));
const cwd = process.cwd();
beforeAll(() => process.chdir(scratch));
afterAll(() => {
  process.chdir(cwd);
  rmSync(scratch, { recursive: true, force: true });
});

const ids = datasets.map((d) => d.id);
const measures = [...new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)))];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('list', 'show', 'export', 'compare', 'help', '--help', '-h', '--version', '-v', '--format', '-f', 'csv', 'json', 'xml', '--output', '-o', '-', '--', '--json', '-x', '--output=', '--format=json', '-ocsv') },
  { weight: 3, arbitrary: fc.constantFrom(...ids, ...measures) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u001b[2J', '\u0007', '\r', '\u009b', '\u202e', '\u0000') },
).map((w) => w.replace(/[/\\]/g, '_'));

describe('fuzz: the command line', () => {
  it('exits 0, 1 or 2 with a message, never a stack trace', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
        const r = run(argv);
        expect([0, 1, 2]).toContain(r.code);
        expect(typeof r.stdout).toBe('string');
        if (r.code !== 0) {
          expect(r.stderr.length).toBeGreaterThan(0);
          expect(r.stderr.startsWith('azerbaijan-data: ') || r.stderr.startsWith('Usage: ')).toBe(true);
          expect(r.stdout).toBe('');
        } else {
          // a run that is done writes to standard error only its counts ("36 datasets"), no message
          expect(r.stderr).not.toContain('azerbaijan-data: ');
        }
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      fuzzSettings(150),
    );
  }, fuzzTimeout);
});
