import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';

// What a user gets from npm: the package packed (`npm pack`), installed into a scratch project,
// and its command line run with `npx azerbaijan-data`, its data read from node_modules.

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-pack-'));
const project = join(scratch, 'project');
const installed = join(project, 'node_modules/azerbaijan-data');
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function npx(...args: string[]): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync('npx', ['--no', 'azerbaijan-data', ...args], { cwd: project, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

beforeAll(() => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', env })) as { filename: string }[];
  const tarball = join(scratch, packed!.filename.replace(/^@.*\//, ''));
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', env, stdio: 'pipe' });
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed package, installed into a scratch project', () => {
  it('ships data/ (a CSV per dataset, datapackage.json, JSON Schema, chart specs) and both licences', () => {
    for (const d of datasets) {
      expect(existsSync(join(installed, 'data', `${d.id}.csv`)), `${d.id}.csv`).toBe(true);
      expect(existsSync(join(installed, 'data/charts', `${d.id}.vl.json`)), `${d.id}.vl.json`).toBe(true);
    }
    expect(existsSync(join(installed, 'data/datapackage.json'))).toBe(true);
    expect(readdirSync(join(installed, 'data/schema'))).toContain('dataset.schema.json');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(installed, 'data/DATA-LICENSE.md'), 'utf8')).toMatch(/attribut/);
  });

  it('npx azerbaijan-data list prints the catalogue', () => {
    const { stdout, code } = npx('list');
    expect(code).toBe(0);
    for (const d of datasets) expect(stdout).toContain(d.id);
  });

  it('npx azerbaijan-data show, export and compare work; export writes the shipped CSV', () => {
    const d = datasets.find((x) => x.observations.length > 0)!;
    const show = npx('show', d.id);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(d.observations[0]!.id);
    const csv = npx('export', d.id, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(readFileSync(join(installed, 'data', `${d.id}.csv`), 'utf8'));
    const json = npx('export', d.id, '--format', 'json');
    expect(JSON.parse(json.stdout).id).toBe(d.id);
    const compare = npx('compare', d.observations[0]!.measure, '--json');
    expect(compare.code).toBe(0);
    const estimates = (JSON.parse(compare.stdout) as { comparisons: { estimates: { dataset: string; observation: string }[] }[] }).comparisons.flatMap((c) => c.estimates);
    expect(estimates).toContainEqual(expect.objectContaining({ dataset: d.id, observation: d.observations[0]!.id }));
  });

  it('npx azerbaijan-data with a misspelt id exits 2 and names the closest ids', () => {
    const { stderr, code } = npx('show', datasets[0].id.slice(0, -1));
    expect(code).toBe(2);
    expect(stderr).toContain(`"${datasets[0].id}"`);
  });

  it('the data is importable by name from the scratch project', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "import { datasets } from 'azerbaijan-data'; process.stdout.write(String(datasets.length));"], { cwd: project, encoding: 'utf8' });
    expect(Number(out)).toBe(datasets.length);
  });
});
