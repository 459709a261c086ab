import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Package, checkPackage } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { markdownExamples } from '../support/markdownExamples.js';
import { brokenLink, brokenLinks, isRelative, linkTargets, namedDocuments } from '../support/markdownLinks.js';
import type { FileTree } from '../support/markdownLinks.js';

// What a user gets from npm: the project's files as a checkout holds them (git's files; no dist/,
// no data/) and the build's output of this tree (dist/ and data/, which `npm test` builds first
// when missing or stale: the pretest, scripts/build-if-stale.mjs) are copied to a scratch folder
// and packed there with `npm pack --ignore-scripts`, so that the build does not run a second time.
// That `npm pack` and `npm publish` build first is checked here on package.json (its `prepack`
// runs `npm run build`, and everything the tarball ships beyond the checkout is what the build
// writes); the build from a clean tree runs in CI, where `.ci/run` tests a clean clone and its
// pretest builds it. The tarball is then installed into a scratch project as npm would lay it out
// (unpacked into node_modules, its dependencies beside it, its bin linked) without reaching the
// network, and its command line and data are used from there.

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-pack-'));
const tree = join(scratch, 'tree');
const project = join(scratch, 'project');
const installed = join(project, 'node_modules/azerbaijan-data');
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
let packedFiles: string[] = [];
/** The tarball `npm pack` wrote. */
let tarball = '';
/** What `npm run build` writes (tsup and scripts/build/node.ts: dist/; scripts/export-data.ts: data/), none of it in a checkout. */
const buildOutputs = ['dist', 'data'];

/** The files a clean checkout holds: git's tracked and untracked-but-not-ignored files, else the tree without build output. */
function checkoutFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter((f) => f !== '' && existsSync(join(root, f)));
  const skip = /^(node_modules|dist|data|docs\/site|docs\/generated|test-output|\.git|\.scratch)(\/|$)|\.tgz$/;
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => !skip.test(f) && statSync(join(root, f)).isFile());
}

/**
 * The unpacked tarball as arethetypeswrong's package (its files by their path under
 * `/node_modules/azerbaijan-data/`, as attw's `createPackageFromTarballData` names them), without
 * the files `keep` leaves out.
 */
function installedPackage(keep: (path: string) => boolean = () => true): Package {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { name: string; version: string };
  const files: Record<string, Uint8Array> = {};
  for (const file of packedFiles.filter(keep)) files[`/node_modules/${pkg.name}/${file}`] = new Uint8Array(readFileSync(join(installed, file)));
  return new Package(files, pkg.name, pkg.version);
}

/** The installed bin, run as a user runs it. */
function bin(...args: string[]): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync(join(project, 'node_modules/.bin/azerbaijan-data'), args, { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

beforeAll(() => {
  for (const f of checkoutFiles()) {
    mkdirSync(dirname(join(tree, f)), { recursive: true });
    cpSync(join(root, f), join(tree, f), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  expect(existsSync(join(tree, 'dist')) || existsSync(join(tree, 'data')), 'the copied checkout holds no build output').toBe(false);
  for (const built of buildOutputs) cpSync(join(root, built), join(tree, built), { recursive: true });

  // the report is the JSON array that ends stdout
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: tree, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out.slice(out.search(/^\[$/m))) as { filename: string; files: { path: string }[] }[];
  packedFiles = report!.files.map((f) => f.path);
  tarball = join(scratch, report!.filename);

  mkdirSync(installed, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }));
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; bin: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep));
  mkdirSync(join(project, 'node_modules/.bin'));
  for (const [name, target] of Object.entries(pkg.bin)) {
    chmodSync(join(installed, target), 0o755);
    symlinkSync(join('..', 'azerbaijan-data', target), join(project, 'node_modules/.bin', name));
  }
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm pack from the checkout and its build', () => {
  it('packing builds first: the prepack script of package.json is `npm run build`, and the build writes dist/ and data/', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('npm run build');
    // its steps: the bundler build (tsup.config.ts: into dist/), the Node build (into dist/node/) and the data (into data/)
    const steps = pkg.scripts.build!.split(' && ');
    expect(steps).toEqual(expect.arrayContaining(['tsup', 'tsx scripts/build/node.ts', 'tsx scripts/export-data.ts']));
    expect(readFileSync(join(root, 'tsup.config.ts'), 'utf8')).toMatch(/outDir: 'dist',/);
    expect(readFileSync(join(root, 'scripts/build/node.ts'), 'utf8')).toMatch(/const out = join\(root, 'dist\/node'\);/);
    expect(readFileSync(join(root, 'scripts/export-data.ts'), 'utf8')).toMatch(/writeExports\(join\(root, 'data'\)\)/);
  });

  it('what the tarball holds beyond the checkout\'s files is what the build writes (dist/, data/), and every path package.json names is in it', () => {
    const checkout = new Set(checkoutFiles());
    expect([...checkout].filter((f) => buildOutputs.some((b) => f.startsWith(`${b}/`)))).toEqual([]);
    expect(packedFiles.filter((f) => !checkout.has(f) && !buildOutputs.some((b) => f.startsWith(`${b}/`)))).toEqual([]);
    expect(buildOutputs.map((b) => packedFiles.filter((f) => f.startsWith(`${b}/`)).length > 0)).toEqual([true, true]);
    // main, module, types, bin, every target of exports and typesVersions: a file of the tarball
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets = (v: unknown): string[] => (typeof v === 'string' ? [v] : v !== null && typeof v === 'object' ? Object.values(v).flatMap(targets) : []);
    const named = [pkg.main, pkg.module, pkg.types, pkg.bin, pkg.exports, pkg.typesVersions].flatMap(targets).map((t) => t.replace(/^\.\//, ''));
    expect(named.length).toBeGreaterThan(100);
    const packed = new Set(packedFiles);
    expect(named.filter((t) => (t.includes('*') ? !packedFiles.some((f) => f.startsWith(t.slice(0, t.indexOf('*')))) : !packed.has(t)))).toEqual([]);
  });

  it('ships only dist/, data/, the docs pages, README.md, LICENSE, DATA-LICENSE.md, CITATION.cff, CHANGELOG.md and package.json', () => {
    const atRoot = ['README.md', 'LICENSE', 'DATA-LICENSE.md', 'CITATION.cff', 'CHANGELOG.md', 'package.json'];
    // the docs pages the README links to, but not what the docs build writes under docs/ (site/, generated/)
    const stray = packedFiles.filter((p) => !/^(dist|data)\//.test(p) && !/^docs\/[^/]+\.md$/.test(p) && !atRoot.includes(p));
    expect(stray).toEqual([]);
    expect(packedFiles).toEqual(expect.arrayContaining([...atRoot, 'docs/cli.md', 'docs/gazetteer.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']));
    const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    expect(docs.filter((d) => !packedFiles.includes(d))).toEqual([]);
  });

  it('ships none of the open-data extracts of data-raw/ (they are for re-running the importer, not for users)', () => {
    expect(packedFiles.filter((p) => /^data-raw\//.test(p) || /\.rda$/.test(p) || p.includes('open-data/'))).toEqual([]);
  });

  it('ships no tests, no TypeScript sources and no source maps', () => {
    expect(packedFiles.filter((p) => /(^|\/)tests?\/|\.test\.|\.map$|(^|\/)src\//.test(p) || (/\.ts$/.test(p) && !/\.d\.c?ts$/.test(p)))).toEqual([]);
    const mapped = packedFiles.filter((p) => /\.(c?js|d\.c?ts)$/.test(p) && /sourceMappingURL/.test(readFileSync(join(installed, p), 'utf8')));
    expect(mapped).toEqual([]);
  });

  it('ships every file the export wrote into data/: the long tables, the Parquet and HXL files, the data package', () => {
    const data = join(root, 'data');
    const written = readdirSync(data, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `data/${relative(data, join(e.parentPath, e.name))}`);
    expect(written).toEqual(expect.arrayContaining(['data/observations.csv', 'data/observations.parquet', 'data/events.parquet', 'data/hxl/observations.csv', 'data/datapackage.json', 'data/competing-estimates.csv']));
    const packed = new Set(packedFiles);
    expect(written.filter((p) => !packed.has(p))).toEqual([]);
  });

  // publint and arethetypeswrong read the tarball's files where it was unpacked above (publint's
  // `pack: false`: every file of the folder is published, as in node_modules), through their
  // APIs, in this process: neither unpacks the 80 MB again.
  it('publint, strict, reports no problem in the tarball', async () => {
    const { messages } = await publint({ pkgDir: installed, pack: false, strict: true, level: 'suggestion' });
    expect(messages.map((m) => `${m.type} ${m.code} at ${m.path.join('.')}`)).toEqual([]);
  });

  it('publint, as run here, reports a problem the tarball could have: a file package.json names that is not in it', async () => {
    const broken = join(scratch, 'broken');
    // package.json alone: what it names is missing
    cpSync(join(installed, 'package.json'), join(broken, 'package.json'));
    const { messages } = await publint({ pkgDir: broken, pack: false, strict: true, level: 'suggestion' });
    expect(messages.map((m) => m.code)).toContain('FILE_DOES_NOT_EXIST');
  });

  // The default (strict) profile of the attw command, nothing excluded: node10 (through
  // typesVersions), node16 from CJS and from ESM, and bundler, for every entry point.
  it('arethetypeswrong finds no problem in any resolution, node10 included', async () => {
    const analysis = await checkPackage(installedPackage());
    if (!('problems' in analysis)) throw new Error('arethetypeswrong found no types in the tarball');
    expect(analysis.problems).toEqual([]);
    expect(Object.keys(analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './migration', './displacement', './remittances', './trafficking', './mine-action', './territory', './humanitarian-aid', './helpers', './schema']));
    for (const [entry, { resolutions }] of Object.entries(analysis.entrypoints)) expect(Object.keys(resolutions).sort(), entry).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
  }, 120_000);

  it('arethetypeswrong, as run here, finds a problem the tarball could have: an entry point whose types are missing', async () => {
    const analysis = await checkPackage(installedPackage((path) => !path.startsWith('dist/topics/migration.d.')), { entrypoints: ['./migration'] });
    if (!('problems' in analysis)) throw new Error('arethetypeswrong found no types');
    expect(analysis.problems.map((p) => ('entrypoint' in p ? p.entrypoint : ''))).toContain('./migration');
  }, 120_000);

  it('the tarball holds the built code, the types and data/', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node/cli.mjs', 'data/datapackage.json']));
    expect(packedFiles.filter((p) => p.startsWith('dist/')).length).toBeGreaterThan(30);
  });

  it('ships data/ (a CSV per dataset, datapackage.json, JSON Schema, chart specs) and both licences', () => {
    for (const d of datasets) {
      expect(existsSync(join(installed, 'data', `${d.id}.csv`)), `${d.id}.csv`).toBe(true);
      expect(existsSync(join(installed, 'data/charts', `${d.id}.vl.json`)), `${d.id}.vl.json`).toBe(true);
    }
    expect(existsSync(join(installed, 'data/datapackage.json'))).toBe(true);
    expect(readdirSync(join(installed, 'data/schema'))).toContain('dataset.schema.json');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(installed, 'data/DATA-LICENSE.md'), 'utf8')).toMatch(/attribut/);
  });
});

describe('the links of every shipped page, followed in the unpacked tarball', () => {
  // what a reader of the package finds: the README on npm, the pages in node_modules/azerbaijan-data
  const tarball = (): FileTree => ({ name: 'the tarball', files: new Set(packedFiles), read: (file) => readFileSync(join(installed, file), 'utf8') });
  const pages = (): string[] => packedFiles.filter((p) => p.endsWith('.md')).sort();

  it('ships the pages the README links to: docs/*.md, DATA-LICENSE.md, CITATION.cff', () => {
    expect(pages()).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'DATA-LICENSE.md', 'data/DATA-LICENSE.md', 'docs/cli.md', 'docs/gazetteer.md', 'docs/exports.md']));
    expect(packedFiles).toContain('CITATION.cff');
    // every docs page of the checkout, whoever added it
    expect(checkoutFiles().filter((f) => /^docs\/[^/]+\.md$/.test(f) && !packedFiles.includes(f))).toEqual([]);
  });

  it('every relative link of every shipped .md file resolves in the tarball, and every #anchor to a heading of its page', () => {
    const tree = tarball();
    const relativeLinks = pages().flatMap((p) => linkTargets(tree.read(p)).filter(isRelative));
    expect(relativeLinks.length).toBeGreaterThan(5);
    expect(pages().flatMap((p) => brokenLinks(tree, p))).toEqual([]);
    // the check fails where the tarball lacks the target: the sources, a page's missing heading
    expect(brokenLink(tree, 'README.md', './src/index.ts')).toMatch(/no such file in the tarball/);
    expect(brokenLink(tree, 'docs/exports.md', './cli.md#no-such-heading')).toMatch(/no heading with the anchor/);
  });

  it('every document a shipped page names in inline code (`DATA-LICENSE.md`, `docs/cli.md`) is in the tarball, by the path from the page or from the root', () => {
    const tree = tarball();
    const missing = pages().flatMap((page) =>
      namedDocuments(tree.read(page))
        .filter((name) => !tree.files.has(join(dirname(page), name)) && !tree.files.has(name))
        .map((name) => `${page}: \`${name}\``),
    );
    expect(missing).toEqual([]);
    expect(namedDocuments(tree.read('README.md'))).toEqual(expect.arrayContaining(['DATA-LICENSE.md', 'CITATION.cff']));
  });

  it('package.json names no repository, homepage or bugs address: none is known (CITATION.cff names none), and none is guessed', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const cff = readFileSync(join(installed, 'CITATION.cff'), 'utf8');
    const known = /^repository-code:\s*(\S+)/m.exec(cff)?.[1];
    if (known === undefined) expect([pkg.repository, pkg.homepage, pkg.bugs]).toEqual([undefined, undefined, undefined]);
    else expect(JSON.stringify(pkg.repository)).toContain(known.replace(/^["']|["']$/g, ''));
  });
});

describe('the packed package, installed into a scratch project', () => {
  it('its bin lists the catalogue', () => {
    const { stdout, code } = bin('list');
    expect(code).toBe(0);
    for (const d of datasets) expect(stdout).toContain(d.id);
  });

  it('its bin exports the shipped CSV, byte for byte (a dataset without dimensions: no label columns)', () => {
    const d = datasets.find((x) => x.observations.length > 0 && x.dimensions.length === 0)!;
    const csv = bin('export', d.id, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(readFileSync(join(installed, 'data', `${d.id}.csv`), 'utf8'));
  });

  it('ships the views across sources, and its bin prints a measure\'s rows of them with compare --csv', () => {
    for (const f of ['idps-by-source.csv', 'remittances-by-source.csv', 'remittances-by-source.revisions.csv', 'charts/idps-by-source.vl.json', 'charts/remittances-by-source.vl.json']) {
      expect(existsSync(join(installed, 'data', f)), f).toBe(true);
    }
    const csv = bin('compare', 'idps', '--csv');
    expect([csv.code, csv.stderr]).toEqual([0, '']);
    expect(csv.stdout).toBe(readFileSync(join(installed, 'data/idps-by-source.csv'), 'utf8'));
  });

  it('its bin, given a misspelt id, exits 2 and names the closest ids', () => {
    const { stderr, code } = bin('show', datasets[0].id.slice(0, -1));
    expect(code).toBe(2);
    expect(stderr).toContain(`"${datasets[0].id}"`);
  });

  it('its bin locks the data and verifies it: exit 0 as locked, 1 naming a figure that changed (issue 24)', () => {
    expect(bin('lock', 'remittance-flows').code).toBe(0);
    expect(bin('verify', 'azerbaijan-data.lock.json').code).toBe(0);
    const file = join(project, 'azerbaijan-data.lock.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"inward-remittances-2003": {"qualifier": "exact", "value": 171,', '"inward-remittances-2003": {"qualifier": "exact", "value": 170,'));
    const changed = bin('verify', 'azerbaijan-data.lock.json');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('  changed inward-remittances-2003: 170 million-usd (2003) → 171 million-usd (2003)');
  });

  it('the data is importable by name from the scratch project, with import and require', () => {
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', "import { datasets } from 'azerbaijan-data'; process.stdout.write(String(datasets.length));"], { cwd: project, encoding: 'utf8' });
    expect(Number(esm)).toBe(datasets.length);
    const cjs = execFileSync(process.execPath, ['-e', "process.stdout.write(String(require('azerbaijan-data/migration').internationalMigration.observations.length));"], { cwd: project, encoding: 'utf8' });
    expect(Number(cjs)).toBe(datasets.find((d) => d.id === 'international-migration')!.observations.length);
  });
});

describe('a project made with npm init -y, as the README sets one up', () => {
  // the compiler a new project gets from `npm install typescript`: TypeScript 7, the native one
  // (this project's `typescript-native`); the README's blocks compile under TypeScript 5.9 as well
  // (tests/examples/markdownExamples.test.ts), and `tsc --init` writes the same tsconfig.json in both
  const tsc = join(root, 'node_modules/typescript-native/bin/tsc');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const examples = markdownExamples().filter((e) => e.where.startsWith('README.md:'));
  /** The commands of the README's set-up block (the sh block with `npm init -y`), without their comments. */
  const setup = ((): string[] => {
    const block = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((b) => /^npm init -y\b/m.test(b)) ?? '';
    return block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l !== '');
  })();

  /** A new project as `npm init -y` makes it, with the packed package installed and the `tsconfig.json` of `tsc --init`. */
  function newProject(name: string): string {
    const dir = join(scratch, name);
    mkdirSync(dir);
    execFileSync('npm', ['init', '-y'], { cwd: dir, env, stdio: 'pipe' });
    symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [tsc, '--init'], { cwd: dir, stdio: 'pipe' });
    return dir;
  }
  const compile = (dir: string) => spawnSync(process.execPath, [tsc], { cwd: dir, encoding: 'utf8' });
  const node = (dir: string, file: string) => spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });

  it('the README names one line after npm init -y; with it the first example compiles under tsc --init and runs (without it, TS1295)', () => {
    expect(setup.slice(0, 2)).toEqual(['npm init -y', 'npm install azerbaijan-data']);
    expect(setup).toHaveLength(3);
    const dir = newProject('esm');
    expect((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { type?: string }).type ?? 'commonjs').toBe('commonjs');
    const first = examples[0]!;
    expect(first.language).toBe('ts');
    writeFileSync(join(dir, 'index.ts'), first.code);
    const before = compile(dir);
    expect(before.status).not.toBe(0);
    expect(before.stdout).toContain('TS1295');
    execFileSync('sh', ['-c', setup[2]!], { cwd: dir, env, stdio: 'pipe' });
    const after = compile(dir);
    expect(after.stdout, after.stdout).toBe('');
    expect(after.status).toBe(0);
    const ran = node(dir, 'index.js');
    expect([ran.status, ran.stderr]).toEqual([0, '']);
  }, 120_000);

  it('without the line, the CommonJS way runs: the README\'s CommonJS block with require, and TypeScript\'s import = require under tsc --init', () => {
    const dir = newProject('cjs');
    const cjs = examples.find((e) => e.language === 'cjs')!;
    expect(cjs.code).toMatch(/require\('azerbaijan-data/);
    writeFileSync(join(dir, 'index.js'), cjs.code);
    const ran = node(dir, 'index.js');
    expect([ran.status, ran.stderr]).toEqual([0, '']);
    // the form the README's table names for TypeScript in CommonJS under "verbatimModuleSyntax"
    expect(readme).toContain("import migration = require('azerbaijan-data/migration')");
    writeFileSync(
      join(dir, 'typed.ts'),
      [
        "import migration = require('azerbaijan-data/migration');",
        "import data = require('azerbaijan-data');",
        "const net: { unit: string } = data.observation(migration.internationalMigration, 'net-migration-2010');",
        'console.log(net.unit);',
      ].join('\n'),
    );
    const built = compile(dir);
    expect(built.stdout, built.stdout).toBe('');
    const typed = node(dir, 'typed.js');
    expect([typed.status, typed.stdout.trim()]).toEqual([0, 'thousand-persons']);
  }, 120_000);
});
