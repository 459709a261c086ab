/**
 * `npm run import [-- --extracts <folder>] [--out <folder>] [--check]`: reads the open-data
 * extracts (the folder holding wdi/, unhcr-2019/ and undesa-2019/; by default
 * `$AZERBAIJAN_DATA_SOURCES/open-data/`, else `../shared/seeds/open-data/` beside the project),
 * writes the generated data and source modules (into the project, or into `--out`), and prints
 * the report: every figure changed, added or dropped, and the version bumps. With `--check` it
 * writes nothing and fails when a module would change.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './importError.js';
import { runImport } from './run.js';

const projectDir = resolve(new URL('../..', import.meta.url).pathname);

/** The folder of the extracts: the option, else the environment variable's folder + open-data/, else ../shared/seeds/open-data/. */
export function defaultExtractsDir(env: NodeJS.ProcessEnv = process.env): string {
  const named = env['AZERBAIJAN_DATA_SOURCES'];
  return named !== undefined && named !== '' ? resolve(projectDir, named, 'open-data') : resolve(projectDir, '../shared/seeds/open-data');
}

const { values } = parseArgs({ options: { extracts: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean', default: false } } });
const extractsDir = values.extracts === undefined ? defaultExtractsDir() : resolve(values.extracts);
try {
  if (!existsSync(extractsDir)) throw new ImportError(`no extracts at ${extractsDir}: pass --extracts <folder of wdi/, unhcr-2019/, undesa-2019/>, or set AZERBAIJAN_DATA_SOURCES to the folder holding open-data/`);
  const outDir = values.out === undefined ? projectDir : resolve(values.out);
  const report = runImport({ extractsDir, projectDir, outDir, dryRun: values.check });
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
