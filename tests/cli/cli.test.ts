import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { datasets, estimates } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { run as runCli } from '../../src/cli/run.js';

// The command line. The many cases call its run() in process (what it prints and its exit code);
// a few end-to-end cases spawn the built bin (package.json's bin: dist/node/cli.mjs) as a user runs it.

const root = new URL('../..', import.meta.url).pathname;
const cli = binPath;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]): { stdout: string; stderr: string; code: number } => runCli(args);

/** The built bin in its own process (started at once: a test runs its processes side by side). */
function spawnBin(...args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') reject(error);
      else resolve({ stdout, stderr, code: error === null ? 0 : (error.code as number) });
    });
  });
}

/** As `run`, with a width wide enough that no table cell wraps (in process, as $COLUMNS=1000 gives the bin). */
function runWide(...args: string[]): { stdout: string; stderr: string; code: number | null } {
  return runCli(args, { width: 1000 });
}

const first = datasets[0];
const measures = [...new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)))];
/** The measure stated in the most datasets: the one a comparison is for. */
const shared = measures
  .map((m) => [m, new Set(datasets.filter((d) => d.observations.some((o) => o.measure === m)).map((d) => d.id)).size] as const)
  .sort((a, b) => b[1] - a[1])[0]![0];

describe('azerbaijan-data (run, in process)', () => {
  it('--help names every command; each command has its own --help', () => {
    const main = run('--help');
    expect(main.code).toBe(0);
    for (const command of ['list', 'show', 'export', 'compare']) {
      expect(main.stdout).toContain(command);
      const own = run(command, '--help');
      expect([own.code, own.stderr]).toEqual([0, '']);
      expect(own.stdout).toMatch(new RegExp(`^Usage: azerbaijan-data ${command}`));
    }
    expect(run('--version').stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('list prints the catalogue: every dataset with its topic, counts, version and title', () => {
    const { stdout, code } = run('list');
    expect(code).toBe(0);
    for (const d of datasets) expect(stdout).toMatch(new RegExp(`^${d.id} +${d.topic} +${d.observations.length} +${d.events.length} +${d.version.replaceAll('.', '\\.')} `, 'm'));
  });

  it.each(datasets.map((d) => [d.id, d] as const))('show %s prints each observation with its qualifier and unit', (id, d) => {
    const { stdout, stderr, code } = runWide('show', id);
    expect([code, stderr]).toEqual([0, `${d.observations.length} observations, ${d.gaps.length} gaps, ${d.events.length} events\n`]);
    expect(stdout).toContain(d.title);
    expect(stdout).toContain(d.sha256);
    const lines = stdout.split('\n');
    const table = lines.slice(lines.findIndex((l) => l.startsWith('id ')));
    // each table line by the id it starts with (the first line for an id, as a search from the top finds it)
    const byId = new Map<string, string>();
    for (const l of table) {
      const id = l.slice(0, l.indexOf(' '));
      if (l.includes(' ') && !byId.has(id)) byId.set(id, l);
    }
    const problems: string[] = [];
    for (const o of d.observations) {
      const line = byId.get(o.id);
      if (line === undefined) problems.push(`${o.id}: no line`);
      else {
        if (!line.includes(o.qualifier)) problems.push(`${o.id}: no ${o.qualifier} in ${line}`);
        if (o.wording && !line.includes(`"${o.wording}"`)) problems.push(`${o.id}: no "${o.wording}" in ${line}`);
      }
    }
    expect(problems).toEqual([]);
    // a table cell is one line, runs of white space as one space (IDMC writes "Risk  of Landslide")
    for (const e of d.events) expect(stdout).toContain(e.label.replace(/\s+/g, ' '));
  });

  it.each(datasets.map((d) => [d.id, d] as const))('export %s --format csv writes the rows of data/<id>.csv, each dimension code with its label', (id, d) => {
    const { stdout, code } = run('export', id, '--format', 'csv');
    expect(code).toBe(0);
    const shipped = readFileSync(join(root, 'data', `${id}.csv`), 'utf8');
    if (d.dimensions.length === 0) {
      expect(stdout).toBe(shipped);
      return;
    }
    const exported = parse(stdout, { columns: true }) as Record<string, string>[];
    const rows = parse(shipped, { columns: true }) as Record<string, string>[];
    const header = (parse(shipped, { to: 1 }) as string[][])[0]!;
    const dims = new Set(d.dimensions.map((x) => x.id));
    expect((parse(stdout, { to: 1 }) as string[][])[0]).toEqual(header.flatMap((c) => (dims.has(c) ? [c, `${c}Label`] : [c])));
    // without the label columns, each row is the shipped row: the same cells, in the same order (compared as JSON text, row by row)
    expect(exported.length).toBe(rows.length);
    const labels = d.dimensions.map((x) => [x.id, new Map(x.values.map((v) => [v.code, v.label]))] as const);
    const problems: string[] = [];
    exported.forEach((r, i) => {
      const unlabelled = JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !k.endsWith('Label') || k === 'measureLabel')));
      if (unlabelled !== JSON.stringify(rows[i])) problems.push(`row ${i + 1}: ${unlabelled} is not the shipped ${JSON.stringify(rows[i])}`);
      for (const [dim, of] of labels) {
        const label = r[dim] === '' ? '' : of.get(r[dim]!);
        if (r[`${dim}Label`] !== label) problems.push(`${r.observationId} ${dim}: label ${JSON.stringify(r[`${dim}Label`])}, expected ${JSON.stringify(label)}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('export --format json writes the dataset object; --output writes it to a file', () => {
    const { stdout, code } = run('export', first.id, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(first)));
    const file = join(scratch, 'out.json');
    const written = run('export', first.id, '--format', 'json', '--output', file);
    expect([written.code, written.stdout]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toBe(stdout);
  });

  it('export --output to a folder that does not exist exits 1 with a message, no stack trace', () => {
    const { stdout, stderr, code } = run('export', first.id, '--output', join(scratch, 'no/such/folder/out.csv'));
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^azerbaijan-data: cannot write .*no\/such\/folder.* does not exist/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it(`compare prints every statement of a measure across the datasets (${shared})`, () => {
    const { stdout, code } = runWide('compare', shared);
    expect(code).toBe(0);
    // each statement once; every figure of the measure is a carrier of a statement printed
    const statements = estimates(datasets as readonly Dataset[], shared);
    for (const s of statements) expect(stdout).toContain(`${s.dataset}/${s.observationId}`);
    const carried = new Set(statements.flatMap((s) => s.carriers.map((c) => `${c.dataset}/${c.observationId}`)));
    for (const d of datasets) for (const o of d.observations) if (o.measure === shared) expect(carried.has(`${d.id}/${o.id}`)).toBe(true);
    expect(stdout).toMatch(/Newest statement: \d{4}/);
  });

  it('an unknown dataset id exits 2 and says where the ids are listed', () => {
    const { stdout, stderr, code } = run('show', 'no-such-dataset');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('unknown dataset "no-such-dataset"');
    expect(stderr.replace(/\s+/g, ' ')).toContain('"azerbaijan-data list" names them all');
    expect(run('export', 'no-such-dataset').code).toBe(2);
  });

  it('an unknown measure exits 2; compare without a measure names the measures that exist', () => {
    const { stderr, code } = run('compare', 'no-such-measure');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown measure "no-such-measure"');
    const all = run('compare');
    expect(all.code).toBe(2);
    for (const m of measures) expect(all.stderr.replace(/\s+/g, ' ')).toContain(`"${m}"`);
  });

  it('an unknown format exits 2 and names csv, json and rows', () => {
    const { stderr, code } = run('export', first.id, '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "xml". The formats are "csv", "json" and "rows"');
  });

  it('an unknown command or option, a missing argument or a stray one exits 2 with a message', () => {
    for (const args of [['frobnicate'], ['list', '--wide'], ['show'], ['compare'], ['list', 'extra'], []]) {
      const { stderr, code } = run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.length, args.join(' ')).toBeGreaterThan(10);
    }
  });
});

describe('the built bin, end to end', () => {
  it('package.json bin points at dist/node/cli.mjs, the Node build\'s, which starts with a node shebang and runs as a program', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['azerbaijan-data']).toBe('./dist/node/cli.mjs');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    // piped, not a terminal and no $COLUMNS: lines are not wrapped
    const { COLUMNS: _columns, ...env } = process.env;
    expect(execFileSync(cli, ['list'], { encoding: 'utf8', env })).toBe(runCli(['list'], { width: Number.MAX_SAFE_INTEGER }).stdout);
  });

  it('prints to stdout and stderr and exits with the code run() returns', async () => {
    const [csv, bad] = await Promise.all([spawnBin('export', first.id, '--format', 'csv'), spawnBin('show', 'no-such-dataset')]);
    expect([csv.code, csv.stderr]).toEqual([0, '']);
    expect(csv.stdout).toBe(run('export', first.id, '--format', 'csv').stdout);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe(runCli(['show', 'no-such-dataset'], { width: process.env['COLUMNS'] === undefined ? Number.MAX_SAFE_INTEGER : Number(process.env['COLUMNS']) }).stderr);
  });

  it('writing to a closed pipe (| head) exits quietly with code 0', async () => {
    const big = [...datasets].sort((a, b) => b.observations.length - a.observations.length)[0]!;
    // a reader that stops after the first chunk, as `head -c` does
    const child = spawn(process.execPath, [cli, 'export', big.id, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    // and through a shell pipeline, with pipefail so that the CLI's own status counts (run beside the first)
    const shell = new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const sh = spawn('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${cli}" export ${big.id} --format json | head -c 100 > /dev/null`], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      sh.stderr.on('data', (c: Buffer) => (err += c.toString()));
      sh.on('close', (status) => resolve({ status, stderr: err }));
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
    const piped = await shell;
    expect([piped.status, piped.stderr]).toEqual([0, '']);
  });
});
