import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

// What `files` selects from the built tree (--ignore-scripts: prepack would rebuild dist/ under the
// other tests' feet). tests/cli/pack.test.ts packs a clean tree, as publishing does.
describe('npm pack', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string }[] }];
  const paths = report.files.map((f) => f.path);

  it('ships only dist/, data/, the docs pages, README.md, LICENSE, DATA-LICENSE.md, CITATION.cff, CHANGELOG.md and package.json', () => {
    const root_ = ['README.md', 'LICENSE', 'DATA-LICENSE.md', 'CITATION.cff', 'CHANGELOG.md', 'package.json'];
    // the docs pages the README links to, but not what the docs build writes under docs/ (site/, generated/)
    const stray = paths.filter((p) => !/^(dist|data)\//.test(p) && !/^docs\/[^/]+\.md$/.test(p) && !root_.includes(p));
    expect(stray).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining([...root_, 'docs/cli.md', 'docs/gazetteer.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']));
    const docs = readdirSync(`${root}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    expect(docs.filter((d) => !paths.includes(d))).toEqual([]);
  });

  it('ships none of the open-data extracts of data-raw/ (they are for re-running the importer, not for users)', () => {
    expect(paths.filter((p) => /^data-raw\//.test(p) || /\.rda$/.test(p) || p.includes('open-data/'))).toEqual([]);
  });

  it('ships no tests, no TypeScript sources and no source maps', () => {
    expect(paths.filter((p) => /(^|\/)tests?\/|\.test\.|\.map$|(^|\/)src\//.test(p) || (/\.ts$/.test(p) && !/\.d\.c?ts$/.test(p)))).toEqual([]);
    const mapped = paths.filter((p) => /\.(c?js|d\.c?ts)$/.test(p) && /sourceMappingURL/.test(readFileSync(`${root}${p}`, 'utf8')));
    expect(mapped).toEqual([]);
  });

  it('ships every file the exports map, typesVersions and bin point to', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown>; typesVersions: Record<string, Record<string, string[]>>; bin: Record<string, string> };
    const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as Record<string, unknown>).flatMap(leaves));
    const targets = leaves(pkg.exports).map((t) => t.replace(/^\.\//, '')).filter((t) => t !== 'package.json' && !t.includes('*'));
    expect(targets.length).toBeGreaterThan(30);
    expect(targets.filter((t) => !paths.includes(t))).toEqual([]);
    const typesVersions = Object.values(pkg.typesVersions).flatMap((m) => Object.values(m).flat()).map((t) => t.replace(/^\.\//, ''));
    expect(typesVersions.length).toBeGreaterThan(8);
    expect(typesVersions.filter((t) => !paths.includes(t))).toEqual([]);
    expect(Object.values(pkg.bin).map((b) => b.replace(/^\.\//, '')).filter((b) => !paths.includes(b))).toEqual([]);
  });
});
