/**
 * What the package's declarations cost a consumer's type-check: `tsc --noEmit` with
 * `skipLibCheck: false` (so every declaration file reached is checked) on a one-line program
 * that imports a topic entry point, the root, or the schemas, against a program that imports
 * nothing (all with @types/node, as a Node program has). Prints medians, the time above the empty program and whether zod's declarations
 * were loaded (npm run bench). Target (issue 25): the root at most 1.3× the empty program, and no
 * entry point but the schemas loading zod. A last case uses the root's typed ids (`estimates` over
 * every dataset, `dataset()` on each statement), to show what those types cost when used.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const runs = Number(process.env.BENCH_TYPECHECK_RUNS ?? 5);

const cases: [string, string][] = [
  ['nothing imported', 'export const n: number = 1;\n'],
  ["'azerbaijan-data/migration'", "import { internationalMigration } from 'azerbaijan-data/migration';\nexport const n: number = internationalMigration.observations.length;\n"],
  ["'azerbaijan-data/territory'", "import { places } from 'azerbaijan-data/territory';\nexport const n: number = places.length;\n"],
  // the topic of issue 26's imported tables (thousands of figures, ids typed by measure prefix)
  ["'azerbaijan-data/displacement'", "import { displacementDatasets } from 'azerbaijan-data/displacement';\nexport const n: number = displacementDatasets.reduce((k, d) => k + d.observations.length, 0);\n"],
  ["'azerbaijan-data' (root)", "import { datasets } from 'azerbaijan-data';\nexport const n: number = datasets.length;\n"],
  ["'azerbaijan-data/helpers'", "import { growthRate } from 'azerbaijan-data/helpers';\nexport const n: number = growthRate(1, 2);\n"],
  [
    'root, typed ids used',
    "import { dataset, datasets, estimates, observation } from 'azerbaijan-data';\nexport const n: number = estimates(datasets, 'idps').filter((s) => observation(dataset(s.dataset), s.observationId) === s.observation).length;\n",
  ],
  ["'azerbaijan-data/schema' (zod)", "import { Dataset } from 'azerbaijan-data/schema';\nexport const n: boolean = Dataset.safeParse({}).success;\n"],
];

// Inside the package folder, so that the package resolves itself by name through its "exports".
const dir = join(root, 'test-output/bench/typecheck');
rmSync(dir, { recursive: true, force: true });
const projects = cases.map(([name, code], i) => {
  const project = join(dir, `case-${i}`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'index.ts'), code);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: ['node'], strict: true, skipLibCheck: false, noEmit: true },
      files: ['index.ts'],
    }),
  );
  return { name, project };
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const times = new Map<string, number[]>(projects.map((p) => [p.name, []]));
const zodLoaded = new Map<string, boolean>();
for (let i = 0; i < runs; i++) {
  for (const { name, project } of projects) {
    // interleaved, so that machine noise falls on every case alike
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [tsc, '-p', project, '--listFiles'], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name}: tsc failed\n${r.stdout}${r.stderr}`);
    times.get(name)!.push(ms);
    zodLoaded.set(name, /node_modules[\\/]zod[\\/]/.test(r.stdout));
  }
}

const floor = median(times.get(projects[0]!.name)!);
const rootRatio = median(times.get("'azerbaijan-data' (root)")!) / floor;
console.log(`Consumer type-check, tsc --noEmit with skipLibCheck: false, median of ${runs} runs`);
for (const { name } of projects) {
  const m = median(times.get(name)!);
  console.log(
    `  ${name.padEnd(34)} ${m.toFixed(0).padStart(6)} ms   above nothing imported ${(m - floor).toFixed(0).padStart(5)} ms   ratio ${(m / floor).toFixed(2)}   zod declarations ${zodLoaded.get(name) ? 'loaded' : 'not loaded'}`,
  );
}
const topicRatios = projects.filter((p) => p.name.startsWith("'azerbaijan-data/") && !p.name.includes('schema') && !p.name.includes('helpers')).map((p) => median(times.get(p.name)!) / floor);
console.log(`  root ratio ${rootRatio.toFixed(2)}, largest topic ratio ${Math.max(...topicRatios).toFixed(2)} (target ≤ 1.3); zod declarations loaded only by the schemas: ${[...zodLoaded].every(([name, loaded]) => loaded === name.includes('schema'))}`);
