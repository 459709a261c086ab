import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The command line's file as package.json's `bin` names it, relative to the package
 * (`dist/node/cli.mjs`): what `npx azerbaijan-data` runs.
 *
 * @example
 * ```ts
 * binFile; //=> 'dist/node/cli.mjs'
 * ```
 */
export const binFile: string = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['azerbaijan-data']!.replace(/^\.\//, '');

/**
 * The command line's file in this checkout, as an absolute path.
 *
 * @example
 * ```ts
 * import { spawnSync } from 'node:child_process';
 * spawnSync(process.execPath, [binPath, 'list']).status; //=> 0
 * ```
 */
export const binPath: string = join(root, binFile);
