// The Node.js build (dist/node/, scripts/build/node.ts) against the bundler build (dist/): Node
// resolves the package to the first and bundlers to the second, and both give the same data,
// deeply frozen, by every route.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { topics } from '../../scripts/topics.js';
import { exportsDigests } from '../support/exportsDigest.js';
import type { ExportsDigest } from '../support/exportsDigest.js';

const root = new URL('../..', import.meta.url).pathname;
const entries = ['', ...topics, 'helpers'];
const specifier = (e: string) => (e === '' ? 'azerbaijan-data' : `azerbaijan-data/${e}`);
/** The bundler build's file of an entry point. */
const bundlerFile = (e: string, ext: 'js' | 'cjs') => join(root, 'dist', e === '' ? `index.${ext}` : e === 'helpers' ? `helpers.${ext}` : `topics/${e}.${ext}`);

/** Runs a script in a fresh Node process (strict mode: `.mjs` or 'use strict'), from the package root. */
function node(script: string, type: 'module' | 'commonjs'): string {
  const args = type === 'module' ? ['--input-type=module', '-e', script] : ['-e', `'use strict';\n${script}`];
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the Node.js build', () => {
  it('is what Node resolves the package to, by import and by require', () => {
    const out = JSON.parse(node(`import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
      process.stdout.write(JSON.stringify(${JSON.stringify(entries.map(specifier))}.map((s) => [import.meta.resolve(s), require.resolve(s)])));`, 'module')) as [string, string][];
    entries.forEach((e, i) => {
      const base = e === '' ? 'index' : e === 'helpers' ? 'helpers' : `topics/${e}`;
      expect(out[i]![0]).toBe(`file://${root}dist/node/${base}.mjs`);
      expect(out[i]![1]).toBe(`${root}dist/node/${base}.cjs`);
    });
  });

  // (one process per route and build: tests/package/esmCjs.test.ts takes import against require from here)
  it('gives, by import and by require, the same exports and data as the bundler build (ESM) and its CommonJS twin, and require gives no export import does not (no __esModule)', async () => {
    const [viaImport, viaRequire, bundlerEsm, bundlerCjs] = await Promise.all([
      exportsDigests(entries.map(specifier), 'import', root, ['__esModule']),
      exportsDigests(entries.map(specifier), 'require', root, ['__esModule']),
      exportsDigests(entries.map((e) => bundlerFile(e, 'js')), 'import', root, ['__esModule']),
      exportsDigests(entries.map((e) => bundlerFile(e, 'cjs')), 'require', root, ['__esModule']),
    ]);
    // the digest of the exports, without the names (a bundler's CommonJS output adds __esModule)
    const digest = (d: ExportsDigest | undefined): string => JSON.stringify({ ...d, names: undefined });
    const problems = entries.flatMap((e, i) => {
      const expected = digest(bundlerEsm[i]);
      return [
        viaImport[i]!.exports > 1 ? [] : [`${specifier(e)}: ${viaImport[i]!.exports} export(s) by import`],
        JSON.stringify(viaRequire[i]!.names) === JSON.stringify(viaImport[i]!.names) ? [] : [`${specifier(e)}: require gives the names ${JSON.stringify(viaRequire[i]!.names)}, import ${JSON.stringify(viaImport[i]!.names)}`],
        digest(viaImport[i]) === expected ? [] : [`${specifier(e)}: import against the bundler build: ${digest(viaImport[i])} ≠ ${expected}`],
        digest(viaRequire[i]) === expected ? [] : [`${specifier(e)}: require against the bundler build: ${digest(viaRequire[i])} ≠ ${expected}`],
        digest(bundlerCjs[i]) === expected ? [] : [`${specifier(e)}: the bundler build's CommonJS twin: ${digest(bundlerCjs[i])} ≠ ${expected}`],
      ].flat();
    });
    expect(problems).toEqual([]);
    expect(viaImport).toHaveLength(entries.length);
  });

  // For each route: how many objects are reachable from the exports, how many of them are not
  // frozen, and whether assignments deep in the data throw.
  const frozenReport = `(m) => {
    const seen = new Set(); const stack = Object.keys(m).map((k) => m[k]); let unfrozen = 0;
    while (stack.length) { const v = stack.pop(); if (typeof v !== 'object' || v === null || seen.has(v)) continue; seen.add(v); if (!Object.isFrozen(v)) unfrozen++; stack.push(...Object.values(v)); }
    const throws = (f) => { try { f(); return false; } catch (e) { return e instanceof TypeError; } };
    const d = Object.values(m).find((v) => v && typeof v === 'object' && Array.isArray(v.observations));
    const o = d.observations[0] ?? d.events[0];
    const mutations = [() => { d.title = 'x'; }, () => { o.locator.section = 'x'; }, () => { d.sources[0].title = 'x'; }, () => { d.observations.push(o); }];
    return { objects: seen.size, unfrozen, allThrow: mutations.every(throws) };
  }`;

  it.each(['import', 'require'] as const)('by %s, every object reachable from every entry point is deeply frozen, and assignments throw', (mode) => {
    const dataEntries = ['', ...topics];
    const out = JSON.parse(mode === 'import'
      ? node(`const out = []; for (const s of ${JSON.stringify(dataEntries.map(specifier))}) out.push((${frozenReport})(await import(s))); process.stdout.write(JSON.stringify(out));`, 'module')
      : node(`process.stdout.write(JSON.stringify(${JSON.stringify(dataEntries.map(specifier))}.map((s) => (${frozenReport})(require(s)))));`, 'commonjs')) as { objects: number; unfrozen: number; allThrow: boolean }[];
    dataEntries.forEach((e, i) => {
      expect(out[i]!.objects, specifier(e)).toBeGreaterThan(50);
      expect(out[i]!.unfrozen, specifier(e)).toBe(0);
      expect(out[i]!.allThrow, specifier(e)).toBe(true);
    });
  });

  it.each(['import', 'require'] as const)('by %s, a dataset, a source and a helper are the same object from the root and from their own entry point', (mode) => {
    const check = `(root, topics, helpers) => {
      const problems = [];
      for (const t of topics) for (const [k, v] of Object.entries(t)) if (k !== '__esModule' && root[k] !== v) problems.push('topic export ' + k);
      for (const [k, v] of Object.entries(helpers)) if (k !== '__esModule' && root[k] !== v) problems.push('helper ' + k);
      for (const d of root.datasets) for (const s of d.sources) if (!root.sources.includes(s)) problems.push('source ' + s.id + ' of ' + d.id);
      return problems;
    }`;
    const out = mode === 'import'
      ? node(`const t = []; for (const s of ${JSON.stringify(topics.map(specifier))}) t.push(await import(s)); process.stdout.write(JSON.stringify((${check})(await import('azerbaijan-data'), t, await import('azerbaijan-data/helpers'))));`, 'module')
      : node(`process.stdout.write(JSON.stringify((${check})(require('azerbaijan-data'), ${JSON.stringify(topics.map(specifier))}.map((s) => require(s)), require('azerbaijan-data/helpers'))));`, 'commonjs');
    expect(JSON.parse(out)).toEqual([]);
  });

  it('loads semver on the first assertVersion call, not when the data loads (and by import as well)', () => {
    const out = node(`const d = require('azerbaijan-data'); const before = Object.keys(require.cache).some((f) => f.includes('/semver/'));
      const ok = d.assertVersion(d.internationalMigration, '^1.0.0') === d.internationalMigration; const after = Object.keys(require.cache).some((f) => f.includes('/semver/'));
      let rejected = false; try { d.assertVersion(d.internationalMigration, '^2.0.0'); } catch (e) { rejected = e instanceof d.DataVersionError; }
      process.stdout.write(JSON.stringify({ before, ok, after, rejected }));`, 'commonjs');
    expect(JSON.parse(out)).toEqual({ before: false, ok: true, after: true, rejected: true });
    const viaImport = node(`import { assertVersion, internationalMigration, DataVersionError } from 'azerbaijan-data';
      let rejected = false; try { assertVersion(internationalMigration, '^2.0.0'); } catch (e) { rejected = e instanceof DataVersionError; }
      process.stdout.write(JSON.stringify({ ok: assertVersion(internationalMigration, '1.x') === internationalMigration, rejected }));`, 'module');
    expect(JSON.parse(viaImport)).toEqual({ ok: true, rejected: true });
  });
});

describe('bundlers', () => {
  const dir = join(root, 'test-output/consumer-node-build');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules/azerbaijan-data'))) symlinkSync(root, join(dir, 'node_modules/azerbaijan-data'), 'dir');
  writeFileSync(join(dir, 'entry.mjs'), `import { internationalMigration } from 'azerbaijan-data/migration';\nimport { datasets } from 'azerbaijan-data';\nconsole.log(internationalMigration, datasets.length);\n`);

  it.each(['browser', 'node'] as const)('bundling for %s takes the bundler build (the "module" condition), never the Node build that reads files', async (platform) => {
    const result = await build({ entryPoints: [join(dir, 'entry.mjs')], bundle: true, format: 'esm', platform, packages: 'bundle', write: false, metafile: true, logLevel: 'silent', absWorkingDir: dir });
    const inputs = Object.keys(result.metafile.inputs).filter((p) => p.includes('azerbaijan-data') || p.includes('dist/'));
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((p) => p.includes('dist/node/'))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toContain('readFileSync');
  });
});
