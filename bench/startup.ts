/**
 * The cost of loading the package, against `JSON.parse` of the same data (npm run bench).
 *
 * For the root and each topic entry point, by `require` and by `import`, three kinds of fresh
 * Node process run the same harness (a `.cjs` file for `require`, an `.mjs` file for `import`):
 * one that loads the entry point, one that `JSON.parse`s the same data read from a minified JSON
 * file, and one that does nothing (the floor). The runs are interleaved, so that machine noise
 * falls on every case alike, and the medians are compared:
 * - in-process time: `performance.now()` around the load, against the same around
 *   `JSON.parse(readFileSync(file))`;
 * - added wall time: the wall time from the end of Node's own start-up
 *   (`performance.nodeTiming.bootstrapComplete`) to the end of the load, above the floor's (timed
 *   inside the process: the spawn and Node's start-up vary by more than the whole load);
 * - added memory: the process's peak resident set (`maxRSS`) above the floor's;
 * - above the empty package: the in-process time of the load minus that of loading an empty
 *   package (the least any package costs), against the in-process `JSON.parse` time, the measure
 *   of issue 20: "(load − empty) / JSON.parse", at most 2×; the same in CPU time (user and system,
 *   `process.cpuUsage()`, every thread of the process), which a busy machine inflates less than
 *   the clock, since a process waiting for a core uses none.
 *
 * Environment: BENCH_RUNS (default 21 processes per case), BENCH_ENTRIES (a comma-separated
 * subset of `root,migration,…`), BENCH_MODES (`require,import`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as root from 'azerbaijan-data';
import { topics } from '../scripts/topics.js';

const packageRoot = new URL('..', import.meta.url).pathname;
// Inside the package, so that the harness reaches it by name (self-reference) as a consumer would.
const dir = join(packageRoot, 'test-output/bench');
mkdirSync(dir, { recursive: true });

type Entry = 'root' | (typeof topics)[number];
type Mode = 'require' | 'import';

const modules = new Map<Entry, Record<string, unknown>>([['root', root], ...(await Promise.all(topics.map(async (t) => [t, (await import(`azerbaijan-data/${t}`)) as Record<string, unknown>] as const)))]);

/**
 * The data an entry point exports, what its `JSON.parse` counterpart parses: its datasets (each
 * with its sources) and its other data (the gazetteer's places, the competing estimates' measures,
 * the package's citation); not the lists of datasets or of sources, which hold nothing more.
 */
function dataOf(entry: Entry): { datasets: unknown[]; other: Record<string, unknown> } {
  const datasets: unknown[] = entry === 'root' ? [...root.datasets] : root.datasets.filter((d) => d.topic === entry);
  const listed = (v: unknown) => Array.isArray(v) && v.every((x) => datasets.includes(x) || (root.sources as readonly unknown[]).includes(x));
  const other = Object.entries(modules.get(entry)!).filter(([, v]) => typeof v === 'object' && v !== null && !datasets.includes(v) && !(root.sources as readonly unknown[]).includes(v) && !listed(v));
  return { datasets, other: Object.fromEntries(other) };
}

const selected = (name: string, all: readonly string[]): string[] => (process.env[name] ? process.env[name]!.split(',').map((s) => s.trim()) : [...all]);
const entries = selected('BENCH_ENTRIES', ['root', ...topics]) as Entry[];
const modes = selected('BENCH_MODES', ['require', 'import']) as Mode[];
const runs = Number(process.env.BENCH_RUNS ?? 21);
for (const e of entries) if (e !== 'root' && !topics.includes(e as never)) throw new Error(`BENCH_ENTRIES: unknown entry ${JSON.stringify(e)}; expected root or one of ${topics.join(', ')}`);
for (const m of modes) if (m !== 'require' && m !== 'import') throw new Error(`BENCH_MODES: unknown mode ${JSON.stringify(m)}; expected require or import`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, got ${JSON.stringify(process.env.BENCH_RUNS)}`);

// Node sets up its module loader lazily: the first file a program loads and the first package
// `exports` maps it resolves cost it ~5 ms once, whatever the package (its resolver module loads,
// and a regular expression that checks export targets is compiled to machine code on its second
// use). Every harness, the floor and the JSON.parse baseline too, first loads two entry points of
// a one-file package with an `exports` map, so that this one-time cost, which no package can
// avoid, falls in the floor and the ratios measure what the package itself costs.
/** A one-file package in the harnesses' node_modules, whose entry points `subpaths` all lead to it. */
function onePackage(name: string, subpaths: string[], cjs: string, esm: string): void {
  const folder = join(dir, 'node_modules', name);
  mkdirSync(folder, { recursive: true });
  const entry = { import: './index.mjs', require: './index.cjs' };
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, exports: Object.fromEntries(subpaths.map((s) => [s, entry])) }));
  writeFileSync(join(folder, 'index.cjs'), cjs);
  writeFileSync(join(folder, 'index.mjs'), esm);
}
onePackage('bench-warm-up', ['.', './again'], 'exports.ready = true;\n', 'export const ready = true;\n');
// The least any package can cost: an empty entry point, reached through an `exports` map.
onePackage('bench-empty', ['.'], '', '');

/** A harness script: times `work` in-process and prints the time and the peak resident set. */
function harness(mode: Mode, work: string, name: string): string {
  const file = join(dir, `${name}.${mode === 'require' ? 'cjs' : 'mjs'}`);
  // The same prelude in every case, the floor's too: node:fs and the warm-up package load before the clock starts.
  const prelude = mode === 'require'
    ? "const { readFileSync } = require('node:fs');\nrequire('bench-warm-up');\nrequire('bench-warm-up/again');"
    : "import { readFileSync } from 'node:fs';\nawait import('bench-warm-up');\nawait import('bench-warm-up/again');";
  writeFileSync(file, `${prelude}
const c0 = process.cpuUsage();
const t0 = performance.now();
${work};
const ms = performance.now() - t0;
const c1 = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ ms, cpuMs: (c1.user + c1.system) / 1000, sinceStart: performance.now() - performance.nodeTiming.bootstrapComplete, maxRssKiB: process.resourceUsage().maxRSS }));
`);
  return file;
}

interface Case {
  entry: Entry;
  mode: Mode;
  kind: 'floor' | 'empty' | 'json' | 'load';
  file: string;
  ms: number[];
  cpu: number[];
  wall: number[];
  rss: number[];
}
const cases: Case[] = [];
const add = (entry: Entry, mode: Mode, kind: Case['kind'], file: string) => cases.push({ entry, mode, kind, file, ms: [], cpu: [], wall: [], rss: [] });
const jsonFiles = new Map(entries.map((entry) => {
  const text = JSON.stringify(dataOf(entry));
  writeFileSync(join(dir, `${entry}.json`), text);
  return [entry, { file: join(dir, `${entry}.json`), kib: text.length / 1024 }] as const;
}));
for (const mode of modes) {
  add('root', mode, 'floor', harness(mode, 'void 0', `floor-${mode}`));
  add('root', mode, 'empty', harness(mode, mode === 'require' ? "require('bench-empty')" : "await import('bench-empty')", `empty-${mode}`));
  for (const entry of entries) {
    add(entry, mode, 'json', harness(mode, `JSON.parse(readFileSync(${JSON.stringify(jsonFiles.get(entry)!.file)}, 'utf8'))`, `json-${entry}-${mode}`));
    const specifier = entry === 'root' ? 'azerbaijan-data' : `azerbaijan-data/${entry}`;
    add(entry, mode, 'load', harness(mode, mode === 'require' ? `require(${JSON.stringify(specifier)})` : `await import(${JSON.stringify(specifier)})`, `load-${entry}-${mode}`));
  }
}

for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    // Without NODE_EXTRA_CA_CERTS, which some machines set: Node then reads every CA certificate
    // at start, which adds ~90 ms and most of the noise to every process, the floor's too.
    const r = spawnSync(process.execPath, [c.file], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } });
    if (r.status !== 0) throw new Error(`${c.file} failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { ms: number; cpuMs: number; sinceStart: number; maxRssKiB: number };
    c.ms.push(out.ms);
    c.cpu.push(out.cpuMs);
    c.wall.push(out.sinceStart);
    c.rss.push(out.maxRssKiB);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const find = (entry: Entry, mode: Mode, kind: Case['kind']) => cases.find((c) => c.entry === entry && c.mode === mode && c.kind === kind)!;

const fmt = (x: number, digits = 1) => x.toFixed(digits);
console.log(`Loading the package against JSON.parse of the same data: medians of ${runs} fresh Node ${process.version} processes per case, interleaved.`);
console.log('Each cell: the package / JSON.parse = ratio. "above empty": (the load − loading an empty package) / JSON.parse, in-process; "empty": loading an empty package / JSON.parse, the least any package can reach.');
console.log(`  ${'load'.padEnd(44)} ${'in-process'.padEnd(22)} ${'above empty'.padEnd(25)} ${'added wall time'.padEnd(23)} ${'added peak memory'.padEnd(26)} empty`);
const over: string[] = [];
const belowFloor: string[] = [];
const aboveEmpty = new Map<string, number>();
for (const mode of modes) {
  const floor = find('root', mode, 'floor');
  const emptyMs = median(find('root', mode, 'empty').ms);
  for (const entry of entries) {
    const json = find(entry, mode, 'json');
    const load = find(entry, mode, 'load');
    const msLoad = median(load.ms);
    const msJson = median(json.ms);
    const wallLoad = median(load.wall) - median(floor.wall);
    const wallJson = median(json.wall) - median(floor.wall);
    const rssLoad = (median(load.rss) - median(floor.rss)) / 1024;
    const rssJson = (median(json.rss) - median(floor.rss)) / 1024;
    const name = `${mode}('${entry === 'root' ? 'azerbaijan-data' : `azerbaijan-data/${entry}`}')`;
    // A ratio to a quantity within the measurement's noise says nothing: memory is read in pages,
    // and a process's start varies by milliseconds.
    const ratio = (a: number, b: number, noise: number) => (b > noise ? a / b : undefined);
    const ratios = { time: msLoad / msJson, wall: ratio(wallLoad, wallJson, 1), memory: ratio(rssLoad, rssJson, 0.1) };
    const above = (msLoad - emptyMs) / msJson;
    aboveEmpty.set(name, above);
    const shown = (r: number | undefined) => (r === undefined ? 'noise' : `${fmt(r, 2)}×`);
    console.log(
      `  ${name.padEnd(44)} ${`${fmt(msLoad)} / ${fmt(msJson)} ms = ${shown(ratios.time)}`.padEnd(22)}` +
        ` ${`(${fmt(msLoad)} − ${fmt(emptyMs)}) / ${fmt(msJson)} = ${shown(above)}`.padEnd(25)}` +
        ` ${`${fmt(wallLoad)} / ${fmt(wallJson)} ms = ${shown(ratios.wall)}`.padEnd(23)}` +
        ` ${`${fmt(rssLoad, 2)} / ${fmt(rssJson, 2)} MiB = ${shown(ratios.memory)}`.padEnd(26)} ${fmt(emptyMs / msJson, 2)}×   (${jsonFiles.get(entry)!.kib.toFixed(0)} KiB of JSON)`,
    );
    const bad = Object.entries(ratios).filter(([, r]) => r !== undefined && r > 2).map(([k]) => k);
    if (bad.length) over.push(`${name} (${bad.join(', ')})`);
    if (emptyMs > 2 * msJson) belowFloor.push(name);
  }
}
console.log(over.length ? `  over 2×: ${over.join('; ')}` : '  every load within 2× of JSON.parse, in time and in memory');
if (belowFloor.length) console.log(`  beyond reach for any package (an empty entry point already costs over 2× their JSON.parse): ${belowFloor.join('; ')}`);
// Issue 20's measure, side by side for require and import of each entry point measured in this run.
const cpuAboveEmpty = (entry: Entry, mode: Mode) => (median(find(entry, mode, 'load').cpu) - median(find('root', mode, 'empty').cpu)) / median(find(entry, mode, 'json').cpu);
console.log('  (load − empty package) / JSON.parse, in-process; in CPU time in brackets:');
for (const entry of entries) {
  const cells = modes.map((mode) => {
    const name = `${mode}('${entry === 'root' ? 'azerbaijan-data' : `azerbaijan-data/${entry}`}')`;
    const r = aboveEmpty.get(name)!;
    return `${mode} ${fmt(r, 2)}×${r > 2 ? ' (over 2×)' : ''} [${fmt(cpuAboveEmpty(entry, mode), 2)}×]`;
  });
  console.log(`    ${entry.padEnd(17)} ${cells.join(', ')}`);
}
