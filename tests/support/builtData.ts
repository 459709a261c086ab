import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for the tests: a data module of `src/` (a dataset of `src/data/<topic>/`, a source
 * of `src/sources/`) is read from the Node.js build (`dist/node/`) that the pretest has just built
 * from it, instead of being compiled again from its 7 MB of TypeScript in each test worker. The
 * code of `src/` a test imports (the CLI, the helpers, the tabular faces) runs from `src/` as
 * before, on the same frozen data objects that `import … from 'azerbaijan-data'` gives, as in the
 * package. `tests/package/nodeBuild.test.ts` checks that the Node build gives the data of `src/`.
 *
 * A module is redirected only when every `export const` it declares is exported by its built
 * file; any other module (code beside the data, a scratch copy outside the project) loads from
 * `src/` as written.
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * import { defineConfig } from 'vitest/config';
 * import { builtData } from './tests/support/builtData.js';
 * export default defineConfig({ plugins: [builtData(process.cwd())], test: {} });
 * ```
 */
export function builtData(root: string): Plugin {
  const src = join(root, 'src/');
  const namesOf = new Map<string, Set<string> | undefined>();
  /** The names a built module exports, from its closing `export { … };`; undefined where it is not built. */
  const builtNames = (file: string): Set<string> | undefined => {
    if (!namesOf.has(file)) {
      const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const list = text === undefined ? undefined : /^export \{([^}]*)\};?\s*$/m.exec(text)?.[1];
      namesOf.set(file, list === undefined ? undefined : new Set(list.split(',').map((n) => n.trim()).filter((n) => n !== '')));
    }
    return namesOf.get(file);
  };
  return {
    name: 'azerbaijan-data:built-data',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return null;
      const rel = id.slice(src.length);
      const topic = /^data\/([\w-]+)\/\w+\.ts$/.exec(rel)?.[1];
      const built = topic !== undefined ? join(root, 'dist/node/topics', `${topic}.mjs`) : /^sources\/\w+\.ts$/.test(rel) && rel !== 'sources/index.ts' ? join(root, 'dist/node/sources.mjs') : undefined;
      if (built === undefined) return null;
      const names = [...readFileSync(id, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      const available = builtNames(built);
      if (names.length === 0 || available === undefined || names.some((n) => !available.has(n))) return null;
      return `export { ${names.join(', ')} } from ${JSON.stringify(built)};\n`;
    },
  };
}
