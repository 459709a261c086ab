import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binFile } from '../support/bin.js';

// Issue 27, part 1: a web app pins its numbers in its build. examples/web-app runs here as a user
// runs it: `npm run build`, whose "prebuild" is `azerbaijan-data verify azerbaijan-data.lock.json`,
// with the package installed beside it (linked, its bin in node_modules/.bin as npm links it).

const root = new URL('../..', import.meta.url).pathname;
const app = mkdtempSync(join(tmpdir(), 'azerbaijan-data-web-app-'));
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
afterAll(() => rmSync(app, { recursive: true, force: true }));

beforeAll(() => {
  cpSync(join(root, 'examples/web-app'), app, { recursive: true });
  mkdirSync(join(app, 'node_modules/.bin'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules/azerbaijan-data'));
  symlinkSync(`../azerbaijan-data/${binFile}`, join(app, 'node_modules/.bin/azerbaijan-data'));
});

const npm = (...args: string[]) => spawnSync('npm', args, { cwd: app, env, encoding: 'utf8' });
const figures = join(app, 'dist/figures.json');
type Json = Record<string, any>;

describe('examples/web-app: the data verified in the build step', () => {
  it('locks the data it shows, then builds', () => {
    expect(spawnSync(join(app, 'node_modules/.bin/azerbaijan-data'), ['lock', 'remittance-flows'], { cwd: app, encoding: 'utf8' }).status).toBe(0);
    const r = npm('run', 'build');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('The installed data is what azerbaijan-data.lock.json locked: 1 dataset');
    expect(JSON.parse(readFileSync(figures, 'utf8'))).toMatchObject({ inwardRemittances2003: { value: 171, unit: 'million-usd' } });
  });

  it('fails the build, before it runs, on a changed figure, naming it old → new', () => {
    rmSync(figures);
    const lockfile = join(app, 'azerbaijan-data.lock.json');
    const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as Json;
    lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170; // the figure as the article printed it
    writeFileSync(lockfile, JSON.stringify(lock, null, 2));
    const r = npm('run', 'build');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('1 of 1 locked dataset differs from azerbaijan-data.lock.json');
    expect(r.stdout).toContain('  changed inward-remittances-2003: 170 million-usd (2003) → 171 million-usd (2003)');
    expect(existsSync(figures)).toBe(false);
    // docs/data-versions.md shows these lines
    const page = readFileSync(join(root, 'docs/data-versions.md'), 'utf8');
    const shown = /see the build\nstop, `verify` printing under its count of the datasets that differ:\n\n```text\n([\s\S]*?)```/.exec(page)?.[1];
    expect(shown).toBeDefined();
    expect(r.stdout).toContain(shown);
  });
});
