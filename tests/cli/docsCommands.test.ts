import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { run as runCli } from '../../src/cli/run.js';

// Every command of docs/cli.md runs as shown: each line of its ```sh blocks, with the built bin
// for `npx azerbaijan-data` (or in process, where it has no pipe), exits 0 (pipefail); each `$ ` line of its ```text
// blocks prints what the block shows under it (compared word for word, line breaks aside, up to
// a `…` that ends what is shown).

const root = new URL('../..', import.meta.url).pathname;
const page = readFileSync(join(root, 'docs/cli.md'), 'utf8');
const bin = `"${process.execPath}" "${binPath}"`;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const hasJq = spawnSync('jq', ['--version']).status === 0;

/** The blocks of the page with a fence language, with the line each starts on. */
function blocks(language: string): { line: number; body: string[] }[] {
  const lines = page.split('\n');
  const out: { line: number; body: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== `\`\`\`${language}`) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    out.push({ line: i + 1, body: lines.slice(i + 1, end) });
    i = end;
  }
  return out;
}

const shell = (command: string) => spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: scratch, encoding: 'utf8', env: { ...process.env, COLUMNS: '100' }, maxBuffer: 64 * 1024 * 1024 });
const withBin = (command: string): string => command.replaceAll('npx azerbaijan-data', bin);
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A command line `[COLUMNS=n] npx azerbaijan-data <args>`, run in process by `run` as the bin
 * would run it (the quotes of its arguments taken off); where a pipe or a redirection follows
 * (`| jq …`, `> file`), what it prints goes on through the rest of the line in bash, with
 * pipefail (the status is the CLI's where it fails, else the rest's); `undefined` for any other
 * line, which runs in bash with the bin. Saves a process per command: `npm test` stays fast (the
 * bin itself, piped and redirected, is run by tests/cli/cli.test.ts).
 */
function inProcess(command: string): { stdout: string; stderr: string; status: number } | undefined {
  const m = /^(?:COLUMNS=(\d+) )?npx azerbaijan-data((?: [^|<>&;$`\\]*)?)((?:[|>] .*)?)$/.exec(command);
  if (m === null) return undefined;
  const args = [...m[2]!.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2] ?? a[3]!);
  const r = runCli(args, { width: Number(m[1] ?? 100) });
  if (m[3] === '') return { stdout: r.stdout, stderr: r.stderr, status: r.code };
  const rest = spawnSync('bash', ['-o', 'pipefail', '-c', `cat ${m[3]}`], { cwd: scratch, encoding: 'utf8', input: r.stdout, env: { ...process.env, COLUMNS: '100' }, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: rest.stdout, stderr: r.stderr + rest.stderr, status: r.code !== 0 ? r.code : (rest.status ?? 1) };
}

const commands = blocks('sh').flatMap((b) =>
  b.body.map((text, i) => ({ where: `docs/cli.md:${b.line + 1 + i}`, command: text.replace(/\s+#\s.*$/, '').trim() })).filter((c) => c.command !== ''),
);
const examples = blocks('text').flatMap((b) => {
  const out: { where: string; command: string; shown: string[] }[] = [];
  b.body.forEach((text, i) => {
    if (text.startsWith('$ ')) out.push({ where: `docs/cli.md:${b.line + 1 + i}`, command: text.slice(2), shown: [] });
    else out.at(-1)?.shown.push(text);
  });
  return out;
});

describe('docs/cli.md', () => {
  it('has commands to run, the filters and places among them', () => {
    expect(commands.length).toBeGreaterThan(15);
    expect(commands.some((c) => c.command.includes('--period') && c.command.includes('--country RU'))).toBe(true);
    expect(commands.some((c) => c.command.includes(' places '))).toBe(true);
    expect(examples.length).toBeGreaterThan(4);
  });

  it.each(commands.map((c) => [c.where, c.command] as const))('%s runs: %s', (_, command) => {
    // jq is not everywhere: without it, the command before jq runs and prints one JSON document
    const [before] = command.split(/\s\|\s+jq\s/);
    const run = hasJq ? command : before!;
    const r = inProcess(run) ?? shell(withBin(run));
    expect(r.stderr.includes('azerbaijan-data:') ? r.stderr : '', run).toBe('');
    expect(r.status, `${run}\n${r.stderr}`).toBe(0);
    if (!hasJq && run !== command) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    if (!/>\s*\S+$/.test(run) && !run.includes('--output ')) expect(r.stdout.trim().length, run).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.where, e.command, e] as const))('%s prints as shown: %s', (_, command, example) => {
    const cut = example.shown.indexOf('…');
    const shown = words((cut < 0 ? example.shown : example.shown.slice(0, cut)).join('\n'));
    const own = inProcess(command);
    const printed = words(own === undefined ? shell(`${withBin(command)} 2>&1`).stdout : own.stdout + own.stderr);
    if (cut < 0) expect(printed).toBe(shown);
    else expect(printed.startsWith(shown), `${printed.slice(0, shown.length + 200)}`).toBe(true);
  });
});
