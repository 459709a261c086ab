/**
 * `npm run import [-- --extracts <folder>] [--out <folder>] [--check]`: reads the open-data
 * extracts, writes the generated data and source modules (into the project, or into `--out`),
 * and prints the report: every figure changed, added or dropped, and the version bumps. With
 * `--check` it writes nothing and fails when a module would change.
 *
 * Where the release folders are: `--extracts <folder>`, else `$AZERBAIJAN_DATA_SOURCES/open-data/`,
 * each holding every release folder; otherwise each release is looked for at
 * `../shared/seeds/open-data/<folder>/`, then at `data-raw/open-data/<folder>/`
 * (scripts/import/releaseFolders.ts). A release found in neither is skipped and named in the
 * report (data-raw/ holds only the releases whose licence allows redistribution), unless
 * AZERBAIJAN_DATA_STRICT=1, where it fails the import.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './importError.js';
import { runImport } from './run.js';

const projectDir = resolve(new URL('../..', import.meta.url).pathname);

/** The one folder named for every release: the environment variable's folder + open-data/, else undefined (each release is then looked for on its own). */
export function namedExtractsDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env['AZERBAIJAN_DATA_SOURCES'];
  return named !== undefined && named !== '' ? resolve(projectDir, named, 'open-data') : undefined;
}

const { values } = parseArgs({ options: { extracts: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean', default: false } } });
const extractsDir = values.extracts === undefined ? namedExtractsDir() : resolve(values.extracts);
try {
  if (extractsDir !== undefined && !existsSync(extractsDir)) throw new ImportError(`no extracts at ${extractsDir}: pass --extracts <folder of wdi/, unhcr-2019/, undesa-2019/>, or set AZERBAIJAN_DATA_SOURCES to the folder holding open-data/`);
  const outDir = values.out === undefined ? projectDir : resolve(values.out);
  const strict = process.env['AZERBAIJAN_DATA_STRICT'] === '1';
  const report = runImport({ ...(extractsDir === undefined ? {} : { extractsDir }), projectDir, outDir, dryRun: values.check, strict });
  console.log(report.text);
  if (values.check && report.written.length > 0) {
    console.error(`import --check: ${report.written.join(', ')} would change; run npm run import`);
    process.exitCode = 1;
  }
} catch (e) {
  if (!(e instanceof ImportError)) throw e;
  console.error(`import: ${e.message}`);
  process.exitCode = 1;
}
