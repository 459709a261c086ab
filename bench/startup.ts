/**
 * Cold start of the package in a fresh Node process, against a process that only JSON.parses
 * the same data from a file. Prints medians and ratios (npm run bench).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets } from 'azerbaijan-data';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'test-output/bench');
mkdirSync(dir, { recursive: true });
const jsonFile = join(dir, 'all-datasets.json');
writeFileSync(jsonFile, JSON.stringify(datasets));

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cases: [string, string[]][] = [
  ['node, nothing loaded', ['-e', '0']],
  ['JSON.parse of the same data', ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(jsonFile)}, 'utf8'))`]],
  ["require('azerbaijan-data')", ['-e', "require('azerbaijan-data')"]],
  ["import('azerbaijan-data')", ['--input-type=module', '-e', "await import('azerbaijan-data')"]],
  ["require('azerbaijan-data/migration')", ['-e', "require('azerbaijan-data/migration')"]],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of cases) {
    // interleaved, so that machine noise falls on every case alike
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    times.get(name)!.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const floor = median(times.get(cases[0]![0])!);
const base = median(times.get(cases[1]![0])!);
console.log(`Cold start, median of ${runs} fresh Node processes (${datasets.length} datasets, ${(JSON.stringify(datasets).length / 1024).toFixed(0)} KiB of JSON)`);
for (const [name] of cases) {
  const m = median(times.get(name)!);
  console.log(`  ${name.padEnd(40)} ${m.toFixed(1).padStart(7)} ms   ratio to JSON.parse ${(m / base).toFixed(2)}   above bare node ${(m - floor).toFixed(1)} ms`);
}
