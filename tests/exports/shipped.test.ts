import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every file the export writes ships in the npm package, and code reaches it through the
// exports map: azerbaijan-data/datapackage.json and azerbaijan-data/data/*.

const root = new URL('../../', import.meta.url).pathname;
const data = join(root, 'data');
const require = createRequire(join(root, 'tests/exports/shipped.test.ts'));

describe('the data files in the npm package', () => {
  it('npm pack ships every file of data/: the long tables, the Parquet and HXL files, the data package', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const shipped = new Set(report.files.map((f) => f.path));
    const written = readdirSync(data, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `data/${relative(data, join(e.parentPath, e.name))}`);
    expect(written).toEqual(expect.arrayContaining(['data/observations.csv', 'data/observations.parquet', 'data/events.parquet', 'data/hxl/observations.csv', 'data/datapackage.json', 'data/competing-estimates.csv']));
    expect(written.filter((p) => !shipped.has(p))).toEqual([]);
  });

  it('require reaches azerbaijan-data/datapackage.json and azerbaijan-data/data/*', () => {
    const descriptor = require('azerbaijan-data/datapackage.json') as { $schema: string; resources: { path: string }[] };
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(require.resolve('azerbaijan-data/datapackage.json')).toBe(join(data, 'datapackage.json'));
    for (const r of descriptor.resources) expect(require.resolve(`azerbaijan-data/data/${r.path}`)).toBe(join(data, r.path));
    expect(readFileSync(require.resolve('azerbaijan-data/data/hxl/observations.csv'), 'utf8').split('\r\n')[1]).toMatch(/^#meta\+dataset,/);
  });

  it('import reaches them too (JSON with an import attribute)', async () => {
    const descriptor = (await import('azerbaijan-data/datapackage.json', { with: { type: 'json' } })) as { default: { name: string } };
    expect(descriptor.default.name).toBe('azerbaijan-data');
  });
});
