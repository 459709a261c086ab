import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataRecords } from '../support/dataTables.js';
import { datasets } from 'azerbaijan-data';
import { strict } from '../support/seeds.js';

// The pandas snippets of docs/exports.md for citing, pivoting by body and reading the HXL and
// Parquet files, run as shown on the built data/ folder (the first snippet, which loads
// observations.csv, is tests/exports/engines.test.ts's). Debian's pandas is /usr/bin/python3
// (python3 on PATH may be another Python without it). Without pandas the runs are skipped and
// say so; under AZERBAIJAN_DATA_STRICT=1 (CI, which installs python3-pandas) they must run.
// The Parquet line needs pyarrow, which Debian does not package: the page is checked to say so,
// and the Parquet types are checked with DuckDB (tests/exports/datapackage.test.ts).

const root = new URL('../../', import.meta.url).pathname;
const data = join(root, 'data/');
const page = readFileSync(join(root, 'docs/exports.md'), 'utf8');
const INSTALLED = 'node_modules/azerbaijan-data/data/';
const python = [...page.matchAll(/^```python\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.replaceAll(INSTALLED, data));
const block = (pattern: RegExp): string => {
  const found = python.filter((b) => pattern.test(b));
  if (found.length !== 1) throw new Error(`docs/exports.md: ${found.length} python blocks match ${pattern}, expected one`);
  return found[0]!;
};

/** The first Python that imports pandas (and the modules named), or undefined. */
const pythonWith = (...modules: string[]): string | undefined =>
  ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', `import ${['pandas', ...modules].join(', ')}`], { stdio: 'ignore' }).status === 0);
const pandas = pythonWith();
const run = (script: string): unknown => {
  const out = spawnSync(pandas!, ['-c', script], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as unknown;
};

describe('the pandas snippets of docs/exports.md', () => {
  it('the page shows the HXL line that skips the hashtag row, and the Parquet line with the nullable dtype backend', () => {
    expect(block(/hxl\/observations\.csv/)).toMatch(/pd\.read_csv\([^)]*hxl\/observations\.csv",\s*skiprows=\[1\]/);
    expect(block(/read_parquet/)).toMatch(/pd\.read_parquet\([^)]*observations\.parquet", dtype_backend="numpy_nullable"\)/);
    expect(page).toMatch(/no `python3-pyarrow`/);
  });

  if (pandas === undefined) {
    if (strict) it('finds a Python with pandas (AZERBAIJAN_DATA_STRICT=1)', () => expect(pandas, 'no python3 with pandas: install python3-pandas').toBeDefined());
    else console.log('skipped: the pandas snippets of docs/exports.md (no python3 with pandas)');
    return;
  }

  const rows = dataRecords('observations.csv');
  const citations = new Set(rows.map((r) => r.citation));

  it('pivots the report\'s IDP statements by the body that states them, each with its qualifier and citation', () => {
    const load = python[0]!;
    const script = `${load}\n${block(/pivot_table/)}\nimport json\nprint(json.dumps({"bodies": sorted(by_body.columns.tolist()), "figures": sorted(report["figure"].tolist()), "citations": cited["citation"].tolist()}))\n`;
    const out = run(script) as { bodies: string[]; figures: string[]; citations: string[] };
    expect(out.bodies).toEqual(['Government of the Republic of Azerbaijan', 'Ministry of Foreign Affairs of the Republic of Azerbaijan', 'UNHCR']);
    expect(out.figures).toEqual(['579,000', '687,000', '≤ 700,000']);
    expect(out.citations).toHaveLength(3);
    for (const c of out.citations) expect(citations.has(c), c).toBe(true);
  });

  it('reads the HXL file with its number columns as numbers and filters it by destination and origin', () => {
    const script = `${block(/hxl\/observations\.csv/)}\nimport json\nprint(json.dumps({"rows": len(hxl), "idps": str(hxl["idps"].dtype), "periodStart": str(hxl["periodStart"].dtype), "to": sorted(set(to_russia["datasetId"])), "from": sorted(set(from_russia["datasetId"]))}))\n`;
    const out = run(script) as { rows: number; idps: string; periodStart: string; to: string[]; from: string[] };
    expect(out.rows).toBe(datasets.reduce((n, d) => n + d.observations.length, 0));
    expect([out.idps, out.periodStart]).toEqual(['float64', 'string']);
    expect(out.to).toContain('undesa-emigrants-by-destination');
    expect(out.from).toContain('undesa-immigrants-by-origin');
    expect(out.to).not.toContain('undesa-immigrants-by-origin');
  });
});
