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
 * Bundles a consumer module (`source`, ESM that imports the package by its name) with esbuild:
 * bundle, minify, tree shaking, ESM for the browser; gzip -9.
 */
export async function bundleModule(name: string, source: string): Promise<ConsumerBundle> {
  const dir = consumerDir();
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: dir,
  });
  const code = result.outputFiles[0]!.text;
  return { code, metafile: result.metafile, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/**
 * Bundles `import { exportName } from 'azerbaijan-data/<topic>'` as a consumer would (see
 * {@link bundleModule}) and compares its gzipped size with the gzipped JSON of the dataset itself.
 */
export async function bundleDataset(topic: string, exportName: string, datasetJson: string): Promise<DatasetBundle> {
  const { code, metafile, gzipBytes } = await bundleModule(`${topic}--${exportName}`, `import { ${exportName} } from 'azerbaijan-data/${topic}';\nconsole.log(${exportName});\n`);
  const jsonGzipBytes = gzipSync(datasetJson, { level: 9 }).length;
  return { code, metafile, gzipBytes, jsonGzipBytes, ratio: gzipBytes / jsonGzipBytes };
}

/** The name each dataset is exported under, as a consumer imports it (`internationalMigration`). */
export function datasetExportNames(): Map<(typeof all.datasets)[number], string> {
  return new Map(Object.entries(all).flatMap(([name, value]) => (all.datasets.includes(value as never) ? [[value as (typeof all.datasets)[number], name] as const] : [])));
}
