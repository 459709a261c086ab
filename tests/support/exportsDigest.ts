import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * An entry point's exports (names sorted, each with its kind and, but for functions, its value)
 * as JSON, digested in the process that loaded them: how many exports, how long the JSON is and
 * its sha256. The JSON of the root runs to tens of megabytes; the digests compare it whole
 * without sending it over a pipe.
 */
export interface ExportsDigest {
  /** Every export name, sorted, those left out of the digest among them. */
  readonly names: readonly string[];
  readonly exports: number;
  readonly chars: number;
  readonly sha256: string;
}

/**
 * Loads each of `modules` (package specifiers or file paths) by `import` or by `require`, in one
 * fresh Node process started from `cwd` (a CommonJS script in strict mode), and gives the digest
 * of each one's exports, in order, leaving out the export names in `skip` (`__esModule`, the
 * marker a bundler's CommonJS output adds) from the digest but not from its `names`. Several
 * calls run side by side.
 *
 * @example
 * ```ts
 * const [root] = await exportsDigests(['azerbaijan-data'], 'require', process.cwd(), ['__esModule']);
 * root.names.includes('datasets'); //=> true
 * ```
 */
export async function exportsDigests(modules: readonly string[], mode: 'import' | 'require', cwd: string, skip: readonly string[] = []): Promise<ExportsDigest[]> {
  const digest = `(m) => {
    const described = Object.keys(m).filter((k) => !${JSON.stringify(skip)}.includes(k)).sort().map((k) => [k, typeof m[k], typeof m[k] === 'function' ? null : m[k]]);
    const json = JSON.stringify(described);
    return { names: Object.keys(m).sort(), exports: described.length, chars: json.length, sha256: createHash('sha256').update(json).digest('hex') };
  }`;
  const args = mode === 'import'
    ? ['--input-type=module', '-e', `import { createHash } from 'node:crypto'; const out = []; for (const f of ${JSON.stringify(modules)}) out.push((${digest})(await import(f))); process.stdout.write(JSON.stringify(out));`]
    : ['-e', `'use strict';\nconst { createHash } = require('node:crypto'); process.stdout.write(JSON.stringify(${JSON.stringify(modules)}.map((f) => (${digest})(require(f)))));`];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as ExportsDigest[];
}
