/**
 * The Node.js build (`dist/node/`), which package.json's `node` condition serves: the same modules
 * as the bundler build in `dist/`, arranged to load at close to the speed of `JSON.parse`
 * (bench/startup.ts measures it), and written out readably (not minified, one statement a line),
 * so that an uncaught error shows its own line of code, not a whole file.
 *
 * - Data is read from ASCII JSON files (`data/*.json`) with `JSON.parse`, not compiled from object
 *   literals, and frozen by code generated for its shape (scripts/build/freezer.ts).
 * - `registry.{cjs,mjs}` reads every source, once, when it loads, and holds one loader per topic:
 *   on its first call it reads the topic's data, links each dataset to the shared source objects,
 *   runs the topic's code (`findPlace`) and returns the topic's exports, frozen; later calls
 *   return the same object. Each topic entry point (`topics/<topic>.{cjs,mjs}`) calls its own
 *   loader; the root (`index.{cjs,mjs}`) bundles the library's code, calls every loader and takes
 *   the helpers from `helpers.{cjs,mjs}`. So a dataset, a source or a helper is the same object by
 *   any route, a topic loads two files, and the root three (not one per topic: each file costs
 *   Node a fixed ~0.3 ms by `require`, ~1 ms by `import`). `semver` is loaded on the first call of
 *   `assertVersion`, not at start.
 *
 * Each file is an ES module (`.mjs`) with a CommonJS twin (`.cjs`, scripts/build/esmToCjs.ts), so
 * that neither `require` nor `import` goes through Node's translation from the other. Bundlers never see these
 * files: package.json lists the `module` condition, which bundlers set and Node does not, before
 * `node`, so a bundle keeps the tree-shakeable ESM build of `dist/`. Run by `npm run build`, after
 * tsup.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { asciiJson } from './asciiJson.js';
import { esmToCjs, init as lexerReady } from './esmToCjs.js';
import { freezeStatements, shapeOf } from './freezer.js';
import type { Topic } from '../../src/model/topic.js';
import { topicListName, topics } from '../topics.js';

const root = new URL('../..', import.meta.url).pathname;
const src = join(root, 'src');
const out = join(root, 'dist/node');
type Exports = Record<string, unknown>;
interface DatasetLike { id: string; sources: object[] }

const load = async (file: string): Promise<Exports> => (await import(pathToFileURL(file).href)) as Exports;
const esbuildCommon = { bundle: true, format: 'esm', platform: 'node', target: 'node19', packages: 'external', logLevel: 'warning', legalComments: 'none', write: false } as const;

/** Bundles `entry` (with `plugins`) into `<file>.mjs`, and writes its CommonJS twin `<file>.cjs`. */
async function bundle(entry: string, file: string, plugins: Plugin[] = []): Promise<void> {
  const result = await build({ ...esbuildCommon, entryPoints: [entry], plugins });
  const esm = result.outputFiles[0]!.text;
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, `${file}.mjs`), esm);
  writeFileSync(join(out, `${file}.cjs`), esmToCjs(esm, `${file}.mjs`));
}

/** A value that survives a JSON round trip unchanged and is deeply frozen: data, not code. */
function isFrozenJson(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Object.isFrozen(v)) return false;
    stack.push(...Object.values(v));
  }
  return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
}

/** Writes `data/<name>.json` and returns the expression that reads it back (from the registry, with `dataDir` in scope). */
function writeJson(name: string, value: unknown): string {
  const json = asciiJson(value);
  if (!isDeepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(value)))) throw new Error(`data/${name}.json does not read back to the data`);
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'data', `${name}.json`), json);
  return `JSON.parse(readFileSync(dataDir + ${JSON.stringify(`${name}.json`)}, 'utf8'))`;
}

/** The library's sources, in the order of `sources`, each written once. */
const sourceList = (await load(join(src, 'sources/index.ts'))).sources as object[];
const sourceIndex = new Map(sourceList.map((s, i) => [s, i]));

/** The virtual module `sources-data`: every source, read from JSON and frozen, as `S`. */
function sourcesDataModule(): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { dataDir } from 'data-dir';`,
    `const F = Object.freeze;`,
    `export const S = ${writeJson('sources', sourceList)};`,
    `{ ${freezeStatements({ array: shapeOf(sourceList) }, 'S')} }`,
  ].join('\n');
}

interface TopicPlan {
  topic: Topic;
  /** The topic's datasets, in the order of its `<topic>Datasets` list. */
  datasets: DatasetLike[];
  /** Other frozen data the topic exports (the gazetteer's places), by export name. */
  extras: Map<string, unknown>;
  /** The names the topic entry point exports. */
  names: string[];
}

async function planTopic(topic: Topic): Promise<TopicPlan> {
  const mod = await load(join(src, 'topics', `${topic}.ts`));
  const listName = topicListName(topic);
  const datasets = mod[listName] as DatasetLike[] | undefined;
  if (!Array.isArray(datasets)) throw new Error(`src/topics/${topic}.ts: expected an export ${listName}`);
  const extras = new Map(Object.entries(mod).filter(([name, value]) => name !== listName && !datasets.includes(value as DatasetLike) && isFrozenJson(value)));
  return { topic, datasets, extras, names: Object.keys(mod) };
}

/**
 * The virtual module `topic-data:<topic>`, which reads a topic's data, links each dataset's
 * `sources` (written as indices into the library's sources) to the shared source objects, and
 * freezes it: `D`, its datasets; `X`, its other data.
 */
function topicDataModule(plan: TopicPlan): string {
  const d = plan.datasets.map((dataset) => ({
    ...dataset,
    sources: dataset.sources.map((s) => {
      const i = sourceIndex.get(s);
      if (i === undefined) throw new Error(`a source of ${dataset.id} is not in src/sources`);
      return i;
    }),
  }));
  const x = Object.fromEntries(plan.extras);
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { S } from 'sources-data';`,
    `import { dataDir } from 'data-dir';`,
    `const F = Object.freeze;`,
    `const { d: D, x: X } = ${writeJson(plan.topic, { d, x })};`,
    `for (let i = 0; i < D.length; i++) { const a = D[i].sources; for (let j = 0; j < a.length; j++) a[j] = S[a[j]]; }`,
    `{ ${freezeStatements({ array: shapeOf(d) }, 'D')} }`,
    ...[...plan.extras].map(([name, value]) => `{ const v = X[${JSON.stringify(name)}]; ${freezeStatements(shapeOf([value])!, 'v')} }`),
    `export { D, X };`,
  ].join('\n');
}

/** The name of a topic's loader in the registry: `mine-action` → `mineAction`. */
const loaderName = (topic: Topic) => topic.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * esbuild plugin: a module under src/ whose every export is data that `table` knows (a dataset, a
 * source, the places) becomes `export const name = <module>.<expression>` over the virtual module
 * that holds it, instead of compiled object literals.
 */
function dataModules(table: Map<unknown, { from: string; expression: string }>): Plugin {
  return {
    name: 'data-modules',
    setup(b) {
      b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const mod = await load(args.path);
        const names = Object.keys(mod);
        if (names.length === 0 || names.some((n) => !table.has(mod[n]))) return undefined;
        const froms = [...new Set(names.map((n) => table.get(mod[n])!.from))];
        const lines = [
          ...froms.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`),
          ...names.map((n) => { const t = table.get(mod[n])!; return `export const ${n} = m${froms.indexOf(t.from)}.${t.expression};`; }),
        ];
        return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * The registry (`registry.{cjs,mjs}`): every source, read at once, and for each topic a loader
 * that, on its first call, reads the topic's data, runs the topic's code (`findPlace`) and returns
 * its exports, frozen; later calls return the same object. A topic entry point calls its own
 * loader; the root calls all seven. So a dataset or a source is one object by any route, and the
 * root loads three files (itself, the registry, the helpers), not one per topic.
 */
async function buildRegistry(plans: TopicPlan[]): Promise<void> {
  const table = new Map<unknown, { from: string; expression: string }>(sourceList.map((s, i) => [s as unknown, { from: 'sources-data', expression: `S[${i}]` }]));
  for (const plan of plans) {
    const from = `topic-data:${plan.topic}`;
    plan.datasets.forEach((d, i) => table.set(d, { from, expression: `D[${i}]` }));
    for (const [name, value] of plan.extras) table.set(value, { from, expression: `X[${JSON.stringify(name)}]` });
  }
  const byTopic = new Map(plans.map((p) => [p.topic, p]));
  // A topic module is `require`d, so esbuild runs it (and the data it reads) on the loader's first
  // call, not when the registry loads.
  const entry = [
    `export * from ${JSON.stringify(join(src, 'sources/index.ts'))};`,
    ...plans.map((p) => `let ${loaderName(p.topic)}Exports;\n/** The exports of the ${p.topic} topic, read and frozen on the first call. */\nexport function ${loaderName(p.topic)}() {\n  return ${loaderName(p.topic)}Exports ??= Object.freeze({ ...require(${JSON.stringify(join(src, 'topics', `${p.topic}.ts`))}) });\n}`),
  ].join('\n');
  const virtual: Plugin = {
    name: 'registry-data',
    setup(b) {
      b.onResolve({ filter: /^registry$/ }, () => ({ path: 'registry', namespace: 'registry' }));
      b.onResolve({ filter: /^\//, namespace: 'registry' }, (args) => ({ path: args.path }));
      b.onLoad({ filter: /.*/, namespace: 'registry' }, () => ({ contents: entry, loader: 'js', resolveDir: out }));
      b.onResolve({ filter: /^sources-data$/ }, () => ({ path: 'sources', namespace: 'sources-data' }));
      b.onLoad({ filter: /.*/, namespace: 'sources-data' }, () => ({ contents: sourcesDataModule(), loader: 'js', resolveDir: out }));
      // The folder of the data files, found once (one URL, not one per file).
      b.onResolve({ filter: /^data-dir$/ }, () => ({ path: 'data-dir', namespace: 'data-dir' }));
      b.onLoad({ filter: /.*/, namespace: 'data-dir' }, () => ({ contents: `import { fileURLToPath } from 'node:url';\nexport const dataDir = fileURLToPath(new URL('./data/', import.meta.url));`, loader: 'js', resolveDir: out }));
      b.onResolve({ filter: /^topic-data:/ }, (args) => ({ path: args.path.slice('topic-data:'.length), namespace: 'topic-data' }));
      b.onLoad({ filter: /.*/, namespace: 'topic-data' }, (args) => ({ contents: topicDataModule(byTopic.get(args.path as Topic)!), loader: 'js', resolveDir: out }));
    },
  };
  await bundle('registry', 'registry', [virtual, dataModules(table)]);
}

/** A topic entry point: its loader's exports, by name. */
function buildTopic(plan: TopicPlan): void {
  const esm = [
    `// The ${plan.topic} topic: its exports, as the registry reads them (scripts/build/node.ts).`,
    `import { ${loaderName(plan.topic)} } from "../registry.mjs";`,
    `const {\n${plan.names.map((n) => `  ${n}`).join(',\n')}\n} = ${loaderName(plan.topic)}();`,
    `export {\n${plan.names.map((n) => `  ${n}`).join(',\n')}\n};`,
    '',
  ].join('\n');
  const file = `topics/${plan.topic}`;
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, `${file}.mjs`), esm);
  writeFileSync(join(out, `${file}.cjs`), esmToCjs(esm, `${file}.mjs`));
}

async function buildRoot(plans: TopicPlan[]): Promise<void> {
  const topicNames = new Map(plans.map((p) => [p.topic, p.names]));
  const plugin: Plugin = {
    name: 'root-from-files',
    setup(b) {
      b.onResolve({ filter: /^\.\/(registry|helpers)\.mjs$/ }, (args) => ({ path: args.path, external: true }));
      // semver loads on the first call. The lazy module's own require() of it is left to Node.
      b.onResolve({ filter: /^semver\// }, (args) => (args.namespace === 'lazy-package' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-package' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: `import { createRequire } from 'node:module';\nlet loaded;\nexport default function lazy(...args) { loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}); return loaded(...args); }`,
        loader: 'js',
      }));
      // Every topic's loader is called once, here.
      b.onResolve({ filter: /^node-topics$/ }, () => ({ path: 'topics', namespace: 'node-topics' }));
      b.onLoad({ filter: /.*/, namespace: 'node-topics' }, () => ({
        contents: `import { ${topics.map(loaderName).join(', ')} } from './registry.mjs';\n${topics.map((t) => `export const { ${topicNames.get(t)!.join(', ')} } = ${loaderName(t)}();`).join('\n')}`,
        loader: 'js',
        resolveDir: out,
      }));
      b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const rel = relative(src, args.path);
        // Named re-exports, not `export *`: esbuild cannot see the names of an external ES module.
        const reexport = async (from: string, known?: string[]) => {
          const names = Object.keys(await load(args.path));
          const missing = known ? names.filter((n) => !known.includes(n)) : [];
          if (missing.length) throw new Error(`src/${rel} exports ${missing.join(', ')}, which ${from} does not`);
          return { contents: `export { ${names.join(', ')} } from '${from}';`, loader: 'js' as const, resolveDir: out };
        };
        const topic = (/^topics\/([\w-]+)\.ts$/.exec(rel)?.[1] ?? /^data\/([\w-]+)\//.exec(rel)?.[1] ?? (rel.startsWith('gazetteer/') ? 'territory' : undefined)) as Topic | undefined;
        if (topic !== undefined) {
          if (!topicNames.has(topic)) throw new Error(`src/${rel}: no topic ${topic}`);
          return reexport('node-topics', topicNames.get(topic));
        }
        if (rel === 'helpers/index.ts') return reexport('./helpers.mjs');
        if (rel.startsWith('sources/')) return reexport('./registry.mjs');
        return undefined;
      });
    },
  };
  await bundle(join(src, 'index.ts'), 'index', [plugin]);
}

await lexerReady;
rmSync(out, { recursive: true, force: true });
const plans = await Promise.all(topics.map(planTopic));
await buildRegistry(plans);
for (const plan of plans) buildTopic(plan);
await bundle(join(src, 'helpers', 'index.ts'), 'helpers');
await buildRoot(plans);
console.log(`dist/node: the registry, ${topics.length} topics, the helpers and the root, as CommonJS and as ES modules`);
