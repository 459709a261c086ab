import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * An entry point's exports (names sorted, each with its kind and, but for functions, the digest
 * of its value's JSON; a list's value digest is that of its items' digests), digested in the
 * process that loaded them: how many exports, how long their JSON is and a sha256. The JSON of
 * the root runs to tens of megabytes; the digests compare it whole without sending it over a
 * pipe.
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
  // A value's JSON is digested once per object in the process: the root re-exports the topics'
  // datasets, and its lists (\`datasets\`, a topic's list) hold them, so a list is the digests
  // of its items. \`chars\` counts the JSON of every value as written out whole.
  const digest = `((seen) => (m) => {
    const sha = (text) => createHash('sha256').update(text).digest('hex');
    const of = (v) => {
      if (v !== null && typeof v === 'object' && seen.has(v)) return seen.get(v);
      let d;
      if (Array.isArray(v)) { const items = v.map(of); d = [items.reduce((n, i) => n + i[0], 0) + Math.max(items.length - 1, 0) + 2, sha(JSON.stringify(items))]; }
      else { const json = JSON.stringify(v) ?? 'undefined'; d = [json.length, sha(json)]; }
      if (v !== null && typeof v === 'object') seen.set(v, d);
      return d;
    };
    const described = Object.keys(m).filter((k) => !${JSON.stringify(skip)}.includes(k)).sort().map((k) => [k, typeof m[k], typeof m[k] === 'function' ? null : of(m[k])]);
    return { names: Object.keys(m).sort(), exports: described.length, chars: described.reduce((n, [, , d]) => n + (d === null ? 4 : d[0]), 0), sha256: sha(JSON.stringify(described)) };
  })(new Map())`;
  const args = mode === 'import'
    ? ['--input-type=module', '-e', `import { createHash } from 'node:crypto'; const digest = ${digest}; const out = []; for (const f of ${JSON.stringify(modules)}) out.push(digest(await import(f))); process.stdout.write(JSON.stringify(out));`]
    : ['-e', `'use strict';\nconst { createHash } = require('node:crypto'); const digest = ${digest}; process.stdout.write(JSON.stringify(${JSON.stringify(modules)}.map((f) => digest(require(f)))));`];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as ExportsDigest[];
}
