import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every file the export writes ships in the npm package, and code reaches it through the
// exports map: azerbaijan-data/datapackage.json and azerbaijan-data/data/*. That the tarball holds
// every file of data/ is checked on the packed tarball (tests/cli/pack.test.ts).

const root = new URL('../../', import.meta.url).pathname;
const data = join(root, 'data');
const require = createRequire(join(root, 'tests/exports/shipped.test.ts'));

describe('the data files in the npm package', () => {
  it('require reaches azerbaijan-data/datapackage.json and azerbaijan-data/data/*', () => {
    const descriptor = require('azerbaijan-data/datapackage.json') as { $schema: string; resources: { path: string }[] };
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(require.resolve('azerbaijan-data/datapackage.json')).toBe(join(data, 'datapackage.json'));
    for (const r of descriptor.resources) expect(require.resolve(`azerbaijan-data/data/${r.path}`)).toBe(join(data, r.path));
    expect(readFileSync(require.resolve('azerbaijan-data/data/hxl/observations.csv'), 'utf8').split('\r\n')[1]).toMatch(/^#meta\+dataset,/);
  });

  it('import reaches them too (JSON with an import attribute)', async () => {
    // the specifier as a variable: with a literal, tsc (npm run typecheck) would infer a type for
    // the whole 1.3 MB descriptor, seconds of the project's type-check
    const specifier: string = 'azerbaijan-data/datapackage.json';
    const descriptor = (await import(specifier, { with: { type: 'json' } })) as { default: { name: string } };
    expect(descriptor.default.name).toBe('azerbaijan-data');
  });
});
