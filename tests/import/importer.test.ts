import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { contentHash } from '../../scripts/canonicalContent.js';
import { buildRelease } from '../../scripts/import/build.js';
import { bumped, diffDataset } from '../../scripts/dataDiff/diffDataset.js';
import { ImportError } from '../../scripts/import/importError.js';
import { releases } from '../../scripts/import/releases.js';
import { readCommitted, runImport } from '../../scripts/import/run.js';
import { projectRoot, requireExtractsDir, withoutOpenData } from '../support/seeds.js';

// The importer: one code path for every release, deterministic, and a report of what a changed
// extract changes. The changed extracts are modified copies in a scratch folder, with their
// manifest updated as a new release's would be.

const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the extracts in a fresh scratch folder. */
function copyOfExtracts(): string {
  const dir = mkdtempSync(join(scratch, 'extracts-'));
  for (const r of releases) cpSync(join(requireExtractsDir(), r.folder), join(dir, r.folder), { recursive: true });
  return dir;
}

/** Rewrites an extract of a copy (text → text) and updates its manifest entry's sha256 and data_rows, as a new release would. */
function edit(dir: string, folder: string, file: string, change: (text: string) => string): void {
  const path = join(dir, folder, file);
  const text = change(readFileSync(path, 'utf8'));
  writeFileSync(path, text);
  const manifestPath = join(dir, folder, 'MANIFEST.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { extracts: { file: string; sha256: string; data_rows: number }[] };
  const entry = manifest.extracts.find((e) => e.file === file)!;
  entry.sha256 = createHash('sha256').update(text).digest('hex');
  entry.data_rows = text.split('\n').filter((l) => l !== '').length - 1;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

const release = (folder: string) => releases.find((r) => r.folder === folder)!;
const committed = (id: string): Dataset => (datasets as readonly Dataset[]).find((d) => d.id === id)!;

describe('the version bump of a change (docs/data-versions.md)', () => {
  const base = committed('wdi-idps-idmc');
  const [first, second, ...rest] = base.observations;

  it('a corrected figure is a patch, a new observation minor, a dropped one major', () => {
    const corrected = { ...base, observations: [{ ...first!, value: 1 } as typeof first, second!, ...rest] };
    expect(diffDataset(base, corrected as never).bump).toBe('patch');
    const added = { ...base, observations: [...base.observations, { ...first!, id: 'idps-2099', period: '2099' }] };
    expect(diffDataset(base, added as never).bump).toBe('minor');
    const dropped = { ...base, observations: [second!, ...rest] };
    expect(diffDataset(base, dropped as never)).toEqual({ bump: 'major', changes: [{ kind: 'dropped', id: first!.id, detail: `586000 (was ${first!.locator.file} line 2 "aze,2009,586000")` }] });
    expect(diffDataset(base, base).bump).toBe('none');
  });

  it('bumps a version as asked, and refuses a version that is not semantic', () => {
    expect([bumped('1.0.0', 'patch'), bumped('1.0.1', 'minor'), bumped('1.1.0', 'major'), bumped('1.0.0', 'none')]).toEqual(['1.0.1', '1.1.0', '2.0.0', '1.0.0']);
    expect(() => bumped('one', 'patch')).toThrow(/version "one" is not a semantic version/);
  });
});

/** Runs `npm run import` (scripts/import/index.ts) with arguments. */
function cli(args: string[], env: NodeJS.ProcessEnv = process.env): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/import/index.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  it('names a missing folder of extracts and how to point it at one, and fails', () => {
    const missing = join(scratch, 'no-such-folder');
    const r = cli(['--extracts', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`import: no extracts at ${missing}: pass --extracts <folder of wdi/, unhcr-2019/, undesa-2019/>, or set AZERBAIJAN_DATA_SOURCES`);
  });

  // One run of the whole import (it is not cheap): the default folders, the check and the report.
  it('--check with no folder named reads each release from ../shared/seeds/open-data/, else data-raw/open-data/, names the ones found in neither, passes where the committed modules are what the extracts give, and prints the report', () => {
    const env = { ...process.env };
    delete env['AZERBAIJAN_DATA_SOURCES'];
    delete env['AZERBAIJAN_DATA_STRICT'];
    const r = cli(['--check'], env);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const where = (folder: string): string | undefined => ['../shared/seeds/open-data', 'data-raw/open-data'].map((d) => `${d}/${folder}`).find((d) => existsSync(join(projectRoot, d)));
    const found = releases.filter((x) => where(x.folder) !== undefined);
    expect(found.map((x) => x.folder)).toEqual(expect.arrayContaining(['wdi', 'undesa-2019']));
    expect(r.stdout).toContain(`Read ${[...new Set(found.map((x) => x.folder))].map((f) => `${f} from ${where(f)}`).join(', ')}.`);
    for (const x of releases.filter((y) => !found.includes(y))) expect(r.stdout).toContain(`Skipped ${x.folder}: no folder at ../shared/seeds/open-data/${x.folder} or data-raw/open-data/${x.folder}`);
    expect(r.stdout).toMatch(/Modules: 0 would change, \d+ unchanged\./);
    expect(r.stdout).toContain('wdi-idps-idmc: no figure changed (version 1.0.0)');
    expect(r.stdout).toContain('No figure changed: no version bump and no changeset needed.');
  });
});

describe.skipIf(withoutOpenData)('the importer', () => {
  it('re-run on the same extracts, writes every committed module byte for byte, and reports no change', () => {
    const out = mkdtempSync(join(scratch, 'out-'));
    const report = runImport({ extractsDir: requireExtractsDir(), projectDir: projectRoot, outDir: out });
    expect(report.packageBump).toBe('none');
    expect(report.datasets.every((d) => d.bump === 'none' && d.changes.length === 0)).toBe(true);
    expect(report.written.length).toBeGreaterThan(10);
    for (const path of report.written) expect(readFileSync(join(out, path), 'utf8'), path).toBe(readFileSync(join(projectRoot, path), 'utf8'));
  });

  it('reports every figure changed, added or dropped by a changed extract, and the bump each dataset needs', () => {
    const dir = copyOfExtracts();
    edit(dir, 'wdi', 'ddf--datapoints--vc_idp_tocv--by--geo--time.csv', (t) => t.replace('aze,2022,659000\n', 'aze,2022,660000\n'));
    edit(dir, 'wdi', 'ddf--datapoints--dt_oda_odat_cd--by--geo--time.csv', (t) => `${t}aze,2024,1000000\n`);
    edit(dir, 'wdi', 'ddf--datapoints--sp_pop_totl--by--geo--time.csv', (t) => t.replace('aze,2024,10202850\n', ''));
    const out = mkdtempSync(join(scratch, 'out-'));
    const report = runImport({ extractsDir: dir, projectDir: projectRoot, outDir: out, releases: [release('wdi')] });
    const of = (id: string) => report.datasets.find((d) => d.id === id)!;

    expect(of('wdi-idps-idmc')).toMatchObject({ from: '1.0.0', to: '1.0.1', bump: 'patch' });
    expect(of('wdi-idps-idmc').changes).toEqual([
      { kind: 'changed', id: 'idps-2022', detail: '659000 → 660000 (was ddf--datapoints--vc_idp_tocv--by--geo--time.csv line 15 "aze,2022,659000", now ddf--datapoints--vc_idp_tocv--by--geo--time.csv line 15 "aze,2022,660000")' },
    ]);
    expect(of('wdi-net-oda-received')).toMatchObject({ from: '1.0.0', to: '1.1.0', bump: 'minor', changes: [{ kind: 'added', id: 'net-oda-received-2024', detail: '1000000 (ddf--datapoints--dt_oda_odat_cd--by--geo--time.csv line 35 "aze,2024,1000000")' }] });
    expect(of('wdi-population')).toMatchObject({ from: '1.0.0', to: '2.0.0', bump: 'major', changes: [{ kind: 'dropped', id: 'population-2024' }] });
    expect(of('wdi-personal-remittances')).toMatchObject({ from: '1.0.0', to: '1.0.0', bump: 'none', changes: [] });
    expect(report.packageBump).toBe('major');
    expect(report.text).toContain('wdi-idps-idmc: 1.0.0 → 1.0.1 (patch: 1 changed, 0 added, 0 dropped)');
    expect(report.text).toContain('    changed idps-2022: 659000 → 660000');
    expect(report.text).toContain('wdi-population: 1.0.0 → 2.0.0 (major: 0 changed, 0 added, 1 dropped)');
    expect(report.text).toContain('package bump "major"');

    // the written module carries the new version and the hash of its new content
    const written = readCommitted(join(out, 'src/data/displacement/wdiIdpsIdmc.ts')) as unknown as Dataset;
    expect(written.version).toBe('1.0.1');
    expect(written.sha256).toBe(contentHash(written));
    expect(written.observations.find((o) => o.id === 'idps-2022')).toMatchObject({ value: 660000, quote: 'aze,2022,660000', asWritten: '660000' });
  });

  it('holds a 2018 UNHCR figure written 3 as a range from 1 to 4, with the copy\'s wording, and a 3 of another year as exact', () => {
    const dir = copyOfExtracts();
    edit(dir, 'unhcr-2019', 'ddf--datapoints--population_arrived--by--geo--displacement_type--year.csv', (t) => t.replace('aze,refugees,2018,1120\n', 'aze,refugees,2018,3\n'));
    const built = buildRelease(release('unhcr-2019'), join(dir, 'unhcr-2019')).datasets[0]!.dataset;
    const masked = built.observations.find((o) => o.id === 'refugees-2018')!;
    expect(masked).toMatchObject({ qualifier: 'range', low: 1, high: 4, asWritten: '3', quote: 'aze,refugees,2018,3', wording: 'In this dataset we replaced asterisk with 3' });
    expect(masked.note).toMatch(/from 1 to 4, not 3/);
    expect(built.relations.map((r) => r.id)).not.toContain('displaced-population-arrived-2018-by-type');
    expect(built.notes.some((n) => n.includes('No sum relation is declared for 2018'))).toBe(true);
    // the real copy: a 3 of 2004 is not masked, and stays exact
    expect(committed('unhcr-population-statistics-azerbaijan').observations.find((o) => o.id === 'returned-refugees-2004')).toMatchObject({ qualifier: 'exact', value: 3 });
  });

  it('holds the IDP lines that stand in both UNHCR files once, and refuses them where the two files differ', () => {
    const unhcr = committed('unhcr-population-statistics-azerbaijan');
    const idps = unhcr.observations.filter((o) => o.measure === 'idps');
    expect(idps).toHaveLength(26);
    expect(new Set(idps.map((o) => o.locator.file))).toEqual(new Set(['ddf--datapoints--population_arrived--by--geo--displacement_type--year.csv']));
    const dir = copyOfExtracts();
    edit(dir, 'unhcr-2019', 'ddf--datapoints--population_left--by--geo--displacement_type--year.csv', (t) => t.replace('aze,internally_displaced,2018,620422\r\n', 'aze,internally_displaced,2018,620423\r\n'));
    expect(() => buildRelease(release('unhcr-2019'), join(dir, 'unhcr-2019'))).toThrow(/declared the same as those of .* but differ: aze,internally_displaced,2018,620423/);
  });

  it('refuses an extract whose bytes are not those of its manifest, and a row that no series reads', () => {
    const dir = copyOfExtracts();
    writeFileSync(join(dir, 'wdi', 'ddf--datapoints--sm_pop_netm--by--geo--time.csv'), 'geo,time,sm_pop_netm\n');
    expect(() => buildRelease(release('wdi'), join(dir, 'wdi'))).toThrow(ImportError);
    expect(() => buildRelease(release('wdi'), join(dir, 'wdi'))).toThrow(/ddf--datapoints--sm_pop_netm--by--geo--time\.csv has sha256 [0-9a-f]{64}, its manifest declares d5fae2e3/);
    edit(dir, 'unhcr-2019', 'ddf--datapoints--population_arrived--by--geo--displacement_type--year.csv', (t) => `${t}aze,returned_idps,2018,12\n`);
    expect(() => buildRelease(release('unhcr-2019'), join(dir, 'unhcr-2019'))).toThrow(/1 figures are read by no series \(first: line 115, column population_arrived: "aze,returned_idps,2018,12"\)/);
  });
});
