/**
 * The Node.js build (`dist/node/`), which package.json's `node` condition serves: the same modules
 * as the bundler build in `dist/`, arranged to load at close to the speed of `JSON.parse`
 * (bench/startup.ts measures it).
 *
 * - Data is read from ASCII JSON files (`data/*.json`) with `JSON.parse`, not compiled from object
 *   literals, and frozen by code generated for its shape (scripts/build/freezer.ts).
 * - Every source is read once, when first needed, by the source registry
 *   (`source-registry.{cjs,mjs}`: one JSON line a source in `data/sources.jsonl`), so that a source
 *   is one object in every file; `sources.{cjs,mjs}` holds them all. Each topic
 *   (`topics/<topic>.{cjs,mjs}`) is one file that reads its datasets and its other data (the
 *   gazetteer's places), links each dataset to the sources it names, from the registry, and
 *   bundles the topic's code (`findPlace`).
 * - The root (`index.{cjs,mjs}`) bundles the library's code and takes the datasets from the topic
 *   files and the helpers from `helpers.{cjs,mjs}`, so a dataset, a source or a helper is the same
 *   object by any route. `semver` is loaded on the first call of `assertVersion`, not at start.
 * - The command line (`cli.mjs`, package.json's `bin`) is built the same way as the root, so that
 *   it starts at the speed of the Node build, not of the bundler build.
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

/** `value` as ASCII JSON, checked to read back to it; `what` names it in the error where it does not. */
function checkedJson(value: unknown, what: string): string {
  const json = asciiJson(value);
  if (!isDeepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(value)))) throw new Error(`${what} does not read back to the data`);
  return json;
}

/** Writes `data/<file>` (`text`) into the build. */
function writeDataFile(file: string, text: string): void {
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'data', file), text);
}

/** Writes `data/<name>.json` and returns the expression that reads it back from a file in `from`/.. . */
function writeJson(name: string, value: unknown, from: string): string {
  writeDataFile(`${name}.json`, checkedJson(value, `data/${name}.json`));
  const path = `${from}/data/${name}.json`;
  return `JSON.parse(readFileSync(new URL(${JSON.stringify(path)}, import.meta.url), 'utf8'))`;
}

/** The library's sources, in the order of `sources`, each written once. */
const sourceList = (await load(join(src, 'sources/index.ts'))).sources as object[];
const sourceIndex = new Map(sourceList.map((s, i) => [s, i]));

/**
 * The source registry (`source-registry.{cjs,mjs}`), which every file of the build that needs a
 * source takes it from: `source(i)` reads the library's `i`th source (in the order of `sources`)
 * from `data/sources.jsonl`, one ASCII JSON line a source, parses and deep-freezes it on its first
 * call, and gives the same object on every call after. A topic entry point so parses only the
 * sources its datasets name, not all of them; the root and `sources.{cjs,mjs}` take every one.
 */
function sourceRegistryModule(): string {
  const lines = sourceList.map((source, i) => checkedJson(source, `source ${i} of data/sources.jsonl`));
  if (lines.some((line) => line.includes('\n'))) throw new Error('a source is not one line of data/sources.jsonl');
  writeDataFile('sources.jsonl', `${lines.join('\n')}\n`);
  return [
    `import { readFileSync } from 'node:fs';`,
    `const F = Object.freeze;`,
    `let lines;`,
    `const parsed = [];`,
    // frozen by the code generated for the shape of every source, run on a list of one
    `const freeze = (v) => { const A = [v]; { ${freezeStatements({ array: shapeOf(sourceList) }, 'A')} } return v; };`,
    `/** The library's sources, how many. */`,
    `export const count = ${lines.length};`,
    `/** The library's \`i\`th source, parsed and frozen on first use. */`,
    `export function source(i) {`,
    `  lines ??= readFileSync(new URL('./data/sources.jsonl', import.meta.url), 'utf8').split('\\n');`,
    `  return (parsed[i] ??= freeze(JSON.parse(lines[i])));`,
    `}`,
  ].join('\n');
}

/** The module behind `sources.{cjs,mjs}`: every source, from the registry. */
function sourcesDataModule(): string {
  return [
    `import { count, source } from 'source-registry';`,
    `export const S = Array.from({ length: count }, (_, i) => source(i));`,
  ].join('\n');
}

/** esbuild plugin: `source-registry` is the build's one registry file, beside the root (`prefix`: its path from the importing file's folder). */
const registryFromFile = (prefix: string): Plugin => ({
  name: 'source-registry-from-file',
  setup(b) {
    b.onResolve({ filter: /^source-registry$/ }, () => ({ path: `${prefix}source-registry.mjs`, external: true }));
  },
});

async function buildSourceRegistry(): Promise<void> {
  const contents = sourceRegistryModule();
  const virtual: Plugin = {
    name: 'source-registry',
    setup(b) {
      b.onResolve({ filter: /^source-registry$/ }, () => ({ path: 'source-registry', namespace: 'source-registry' }));
      b.onLoad({ filter: /.*/, namespace: 'source-registry' }, () => ({ contents, loader: 'js', resolveDir: out }));
    },
  };
  await bundle('source-registry', 'source-registry', [virtual]);
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
 * The module that reads a topic's data, links each dataset's `sources` (written as indices into
 * the library's sources) to the shared source objects, and freezes it: `D`, its datasets; `X`, its
 * other data.
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
    `import { source as S } from 'source-registry';`,
    `const F = Object.freeze;`,
    `const { d: D, x: X } = ${writeJson(plan.topic, { d, x }, '..')};`,
    `for (let i = 0; i < D.length; i++) { const a = D[i].sources; for (let j = 0; j < a.length; j++) a[j] = S(a[j]); }`,
    `{ ${freezeStatements({ array: shapeOf(d) }, 'D')} }`,
    ...[...plan.extras].map(([name, value]) => `{ const v = X[${JSON.stringify(name)}]; ${freezeStatements(shapeOf([value])!, 'v')} }`),
    `export { D, X };`,
  ].join('\n');
}

/**
 * esbuild plugin: a module under src/ whose every export is data that `table` knows (a dataset, a
 * source, the places) becomes `export const name = <expression>` over `imports` instead of compiled
 * object literals.
 */
function dataModules(imports: string, table: Map<unknown, string>): Plugin {
  return {
    name: 'data-modules',
    setup(b) {
      b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const mod = await load(args.path);
        const names = Object.keys(mod);
        if (names.length === 0 || names.some((n) => !table.has(mod[n]))) return undefined;
        return { contents: `${imports}\n${names.map((n) => `export const ${n} = ${table.get(mod[n])};`).join('\n')}`, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

async function buildSources(): Promise<void> {
  const table = new Map(sourceList.map((s, i) => [s as unknown, `S[${i}]`]));
  const virtual: Plugin = {
    name: 'sources-data',
    setup(b) {
      b.onResolve({ filter: /^sources-data$/ }, () => ({ path: 'sources', namespace: 'sources-data' }));
      b.onLoad({ filter: /.*/, namespace: 'sources-data' }, () => ({ contents: sourcesDataModule(), loader: 'js', resolveDir: out }));
    },
  };
  await bundle(join(src, 'sources/index.ts'), 'sources', [virtual, registryFromFile('./'), dataModules(`import { S } from 'sources-data';`, table)]);
}

async function buildTopic(plan: TopicPlan): Promise<void> {
  const dataModule = topicDataModule(plan);
  const table = new Map<unknown, string>([
    ...plan.datasets.map((d, i) => [d, `D[${i}]`] as const),
    ...[...plan.extras].map(([name, value]) => [value, `X[${JSON.stringify(name)}]`] as const),
  ]);
  const virtual: Plugin = {
    name: 'topic-data',
    setup(b) {
      b.onResolve({ filter: /^topic-data$/ }, () => ({ path: plan.topic, namespace: 'topic-data' }));
      b.onLoad({ filter: /.*/, namespace: 'topic-data' }, () => ({ contents: dataModule, loader: 'js', resolveDir: out }));
    },
  };
  await bundle(join(src, 'topics', `${plan.topic}.ts`), `topics/${plan.topic}`, [virtual, registryFromFile('../'), dataModules(`import { D, X } from 'topic-data';`, table)]);
}

/**
 * esbuild plugin for a module that bundles the library's code over the data (the root, the command
 * line): each topic file, the helpers and the sources are taken from their own files of the Node
 * build, so that a dataset, a source or a helper is the same object by any route.
 */
function fromFiles(plans: TopicPlan[]): Plugin {
  const topicNames = new Map(plans.map((p) => [p.topic, p.names]));
  return {
    name: 'root-from-files',
    setup(b) {
      b.onResolve({ filter: /^\.\/(topics\/[\w-]+|helpers|sources)\.(cjs|mjs)$/ }, (args) => ({ path: args.path, external: true }));
      // semver loads on the first call. The lazy module's own require() of it is left to Node.
      b.onResolve({ filter: /^semver\// }, (args) => (args.namespace === 'lazy-package' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-package' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: `import { createRequire } from 'node:module';\nlet loaded;\nexport default function lazy(...args) { loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}); return loaded(...args); }`,
        loader: 'js',
      }));
      // Each topic file is imported once (one require() each in the CommonJS build), here.
      b.onResolve({ filter: /^node-topics$/ }, () => ({ path: 'topics', namespace: 'node-topics' }));
      b.onLoad({ filter: /.*/, namespace: 'node-topics' }, () => ({
        contents: topics.map((t, i) => `import * as t${i} from './topics/${t}.mjs';\nexport const { ${topicNames.get(t)!.join(', ')} } = t${i};`).join('\n'),
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
          // code of the gazetteer that the topic file does not export (the CLI's place index) is
          // bundled from src/, over the places the topic file exports
          if (rel.startsWith('gazetteer/') && Object.keys(await load(args.path)).some((n) => !topicNames.get(topic)!.includes(n))) return undefined;
          return reexport('node-topics', topicNames.get(topic));
        }
        if (rel === 'helpers/index.ts') return reexport('./helpers.mjs');
        if (rel.startsWith('sources/')) return reexport('./sources.mjs');
        return undefined;
      });
    },
  };
}

/**
 * The command line (`cli.mjs`, package.json's `bin`): an ES module that reads the data from the
 * files of this build, as the root does, instead of compiling the bundler build's 6 MB of data
 * at every start. It has no CommonJS twin: Node runs it, as a file, and nothing requires it.
 */
async function buildCli(plans: TopicPlan[]): Promise<void> {
  const result = await build({ ...esbuildCommon, entryPoints: [join(src, 'cli/index.ts')], plugins: [fromFiles(plans)] });
  writeFileSync(join(out, 'cli.mjs'), result.outputFiles[0]!.text, { mode: 0o755 });
}

await lexerReady;
rmSync(out, { recursive: true, force: true });
const plans = await Promise.all(topics.map(planTopic));
await buildSourceRegistry();
await buildSources();
for (const plan of plans) await buildTopic(plan);
await bundle(join(src, 'helpers', 'index.ts'), 'helpers');
await bundle(join(src, 'index.ts'), 'index', [fromFiles(plans)]);
await buildCli(plans);
console.log(`dist/node: the sources, ${topics.length} topics, the helpers and the root, as CommonJS and as ES modules; the command line`);
