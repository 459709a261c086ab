import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasets, estimates } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// `compare <measure> --csv`: every statement of a measure as one CSV table (tests/exports/acrossSources.test.ts
// checks that its rows are the shipped ones); here, the command line around it.

const all = datasets as readonly Dataset[];

describe('compare <measure> --csv', () => {
  it('prints one row per statement, in the order of estimates(), with the figure as the source states it', () => {
    const out = run(['compare', 'inward-remittances', '--csv']);
    expect([out.code, out.stderr]).toEqual([0, '']);
    const rows = parse(out.stdout, { columns: true }) as Record<string, string>[];
    const statements = estimates(all, 'inward-remittances');
    expect(rows.map((r) => `${r.datasetId}/${r.observationId}`)).toEqual(statements.map((s) => `${s.dataset}/${s.observationId}`));
    // figures stay in their source's unit: million US$ beside billion US$, never converted
    const units = new Set(rows.map((r) => r.unit));
    expect(units.size).toBeGreaterThan(1);
    for (const [i, r] of rows.entries()) {
      const o = statements[i]!.observation;
      expect([r.unit, r.asWritten, r.qualifier, r.period]).toEqual([o.unit, o.asWritten, o.qualifier, o.period]);
      expect(r.value === '' ? null : Number(r.value)).toEqual(o.qualifier === 'range' ? null : o.value);
    }
  });

  it('writes the dimensions of each statement as JSON, where the measure has any', () => {
    const measure = all.flatMap((d) => d.observations).find((o) => Object.keys(o.dimensions).length > 0)!.measure;
    const rows = parse(run(['compare', measure, '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.some((r) => Object.keys(JSON.parse(r.dimensions!) as object).length > 0)).toBe(true);
  });

  it('refuses --csv with --json, and a missing or misspelt measure, with exit code 2', () => {
    const both = run(['compare', 'idps', '--csv', '--json']);
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect(both.stderr).toContain('give --json or --csv, not both');
    const none = run(['compare', '--csv']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('compare needs a measure');
    const misspelt = run(['compare', 'idp', '--csv']);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('"idps"');
  });

  it('is named in the help of compare and in the main help; other commands refuse it', () => {
    expect(run(['compare', '--help']).stdout).toMatch(/\[--json \| --csv\][\s\S]*--csv {5}every statement as a CSV/);
    expect(run(['--help']).stdout).toMatch(/--csv\s+\(compare\)/);
    const list = run(['list', '--csv']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('--csv');
  });
});
