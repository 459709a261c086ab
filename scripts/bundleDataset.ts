import { build, type Metafile } from 'esbuild';
import { mkdirSync, symlinkSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as all from 'azerbaijan-data';

const root = new URL('..', import.meta.url).pathname;

export interface DatasetBundle {
  /** The minified bundle of a consumer module that imports one dataset and uses it. */
  code: string;
  metafile: Metafile;
  gzipBytes: number;
  /** Gzipped size of the dataset's own JSON, the floor a bundle is measured against. */
  jsonGzipBytes: number;
  ratio: number;
}

/** A scratch consumer project whose node_modules/azerbaijan-data links to this package. */
function consumerDir(): string {
  const dir = join(root, 'test-output/consumer');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  const link = join(dir, 'node_modules/azerbaijan-data');
  if (!existsSync(link)) symlinkSync(root, link, 'dir');
  return dir;
}

/** A consumer module bundled as a browser app would bundle it: its minified code, what went in, and its gzipped size. */
export interface ConsumerBundle {
  code: string;
  metafile: Metafile;
  gzipBytes: number;
}

/**
 * Bundles consumer modules (`sources`, by name: ESM that imports the package by its name) with
 * esbuild, each on its own as an app would bundle it (bundle, minify, tree shaking, ESM for the
 * browser; gzip -9), in one build: esbuild reads and parses the package's files once for all.
 *
 * @example
 * ```ts
 * const bundles = await bundleModules({ a: "import { datasets } from 'azerbaijan-data';\nconsole.log(datasets.length);\n" });
 * bundles.get('a')!.gzipBytes > 0; //=> true
 * ```
 */
export async function bundleModules(sources: Readonly<Record<string, string>>): Promise<Map<string, ConsumerBundle>> {
  const dir = consumerDir();
  const names = Object.keys(sources);
  for (const name of names) writeFileSync(join(dir, `${name}.mjs`), sources[name]!);
  const result = await build({
    entryPoints: names.map((name) => join(dir, `${name}.mjs`)),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: dir,
    outdir: join(dir, 'out'),
    entryNames: '[name]',
  });
  const bundles = new Map<string, ConsumerBundle>();
  for (const name of names) {
    const path = `out/${name}.js`;
    const output = result.metafile.outputs[path];
    const file = result.outputFiles.find((f) => f.path === join(dir, path));
    if (output === undefined || file === undefined) throw new Error(`esbuild wrote no ${path} for the consumer module ${name}`);
    bundles.set(name, { code: file.text, metafile: { inputs: result.metafile.inputs, outputs: { [path]: output } }, gzipBytes: gzipSync(file.text, { level: 9 }).length });
  }
  return bundles;
}

/**
 * Bundles one consumer module (`source`, ESM that imports the package by its name) as
 * {@link bundleModules} does.
 *
 * @example
 * ```ts
 * const { gzipBytes } = await bundleModule('count', "import { datasets } from 'azerbaijan-data';\nconsole.log(datasets.length);\n");
 * gzipBytes > 0; //=> true
 * ```
 */
export async function bundleModule(name: string, source: string): Promise<ConsumerBundle> {
  return (await bundleModules({ [name]: source })).get(name)!;
}

/** The consumer module that imports one dataset and uses it. */
const datasetModule = (topic: string, exportName: string): string => `import { ${exportName} } from 'azerbaijan-data/${topic}';\nconsole.log(${exportName});\n`;

/**
 * Bundles `import { exportName } from 'azerbaijan-data/<topic>'` as a consumer would (see
 * {@link bundleModules}) for each dataset, in one build, and compares each bundle's gzipped size
 * with the gzipped JSON of the dataset itself. Keyed by `<topic>--<exportName>`.
 *
 * @example
 * ```ts
 * const [b] = (await bundleDatasets([{ topic: 'remittances', exportName: 'remittanceFlows', datasetJson: '{}' }])).values();
 * b!.gzipBytes > 0; //=> true
 * ```
 */
export async function bundleDatasets(list: readonly { topic: string; exportName: string; datasetJson: string }[]): Promise<Map<string, DatasetBundle>> {
  const bundles = await bundleModules(Object.fromEntries(list.map((d) => [`${d.topic}--${d.exportName}`, datasetModule(d.topic, d.exportName)])));
  return new Map(list.map((d) => {
    const key = `${d.topic}--${d.exportName}`;
    const { code, metafile, gzipBytes } = bundles.get(key)!;
    const jsonGzipBytes = gzipSync(d.datasetJson, { level: 9 }).length;
    return [key, { code, metafile, gzipBytes, jsonGzipBytes, ratio: gzipBytes / jsonGzipBytes }];
  }));
}

/**
 * Bundles one dataset as {@link bundleDatasets} does.
 *
 * @example
 * ```ts
 * (await bundleDataset('remittances', 'remittanceFlows', '{}')).gzipBytes > 0; //=> true
 * ```
 */
export async function bundleDataset(topic: string, exportName: string, datasetJson: string): Promise<DatasetBundle> {
  return (await bundleDatasets([{ topic, exportName, datasetJson }])).get(`${topic}--${exportName}`)!;
}

/** The name each dataset is exported under, as a consumer imports it (`internationalMigration`). */
export function datasetExportNames(): Map<(typeof all.datasets)[number], string> {
  return new Map(Object.entries(all).flatMap(([name, value]) => (all.datasets.includes(value as never) ? [[value as (typeof all.datasets)[number], name] as const] : [])));
}
