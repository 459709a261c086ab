import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../scripts/import/importError.js';
import { defaultLookIn, findReleaseFolders } from '../../scripts/import/releaseFolders.js';
import { releases } from '../../scripts/import/releases.js';
import { runImport } from '../../scripts/import/run.js';
import { extractProblems, projectRoot, requireExtractsDir, withoutOpenData } from '../support/seeds.js';

// data-raw/open-data/: byte copies of the open-data releases whose licence allows redistribution
// (data-raw/README.md), so that a clone alone re-runs the importer and its checks. Each copy is
// the folder of ../shared/seeds/open-data/ byte for byte (checked where that folder is present),
// and the importer, given no folder, reads each release from ../shared, else from data-raw/.

const dataRaw = join(projectRoot, 'data-raw/open-data');
/** The four folders copied, and the one left out (its copy states no licence). */
const copied = ['idmc-gidd-2025', 'undesa-2019', 'unhcr-refugees-2025', 'wdi'];
const notCopied = 'unhcr-2019';

const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-raw-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, relative to it, sorted. */
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('data-raw/open-data/', () => {
  it('holds the releases whose licence allows redistribution (CC BY 4.0, CC BY-IGO), and not unhcr-2019, whose copy states none', () => {
    expect(readdirSync(dataRaw).sort()).toEqual(copied);
    const readme = readFileSync(join(projectRoot, 'data-raw/README.md'), 'utf8');
    for (const folder of [...copied, notCopied]) expect(readme, folder).toContain(`${folder}/`);
    expect(readme).toMatch(/Not here: `unhcr-2019\/`\.\*\* .* states no\s+licence/s);
  });

  it('holds every file its manifest declares, with the sha256 declared', () => {
    for (const folder of copied) expect(extractProblems(join(dataRaw, folder)), folder).toEqual([]);
  });

  it.skipIf(withoutOpenData)('is byte for byte the folders of ../shared/seeds/open-data/, every file of each', () => {
    const shared = requireExtractsDir();
    for (const folder of copied) {
      const files = filesOf(join(shared, folder));
      expect(filesOf(join(dataRaw, folder)), folder).toEqual(files);
      for (const f of files) expect(readFileSync(join(dataRaw, folder, f)).equals(readFileSync(join(shared, folder, f))), `${folder}/${f}`).toBe(true);
    }
  });
});

describe('where the importer finds a release folder', () => {
  it('looks in ../shared/seeds/open-data/ first, then in data-raw/open-data/', () => {
    expect(defaultLookIn('/p/azerbaijan-data')).toEqual(['/p/shared/seeds/open-data', '/p/azerbaijan-data/data-raw/open-data']);
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    for (const dir of [join(first, 'a'), join(second, 'a'), join(second, 'b')]) mkdirSync(dir, { recursive: true });
    expect(findReleaseFolders(['a', 'b', 'c'], { lookIn: [first, second] })).toEqual({
      found: [
        { folder: 'a', dir: join(first, 'a') },
        { folder: 'b', dir: join(second, 'b') },
      ],
      missing: [{ folder: 'c', lookedAt: [join(first, 'c'), join(second, 'c')] }],
    });
    expect(findReleaseFolders(['wdi'], { lookIn: ['/nowhere/a', '/nowhere/b'] }).missing).toEqual([{ folder: 'wdi', lookedAt: ['/nowhere/a/wdi', '/nowhere/b/wdi'] }]);
    expect(findReleaseFolders(['a', 'b', 'a'], { extractsDir: first })).toEqual({ found: [{ folder: 'a', dir: join(first, 'a') }], missing: [{ folder: 'b', lookedAt: [join(first, 'b')] }] });
  });
});

describe('the importer in a clone alone (no ../shared): data-raw/ only', () => {
  const lookIn = [join(scratch, 'no-shared'), dataRaw];
  const present = releases.filter((r) => copied.includes(r.folder));

  it('checks the releases data-raw/ holds, changes no module of theirs, and names the release it skipped and why', () => {
    // as `npm run import -- --check` does: render every module and compare it with the project's, byte for byte; write nothing
    const report = runImport({ lookIn, projectDir: projectRoot, outDir: projectRoot, dryRun: true });
    const presentFolders = [...new Set(present.map((r) => r.folder))];
    expect(report.folders).toEqual(presentFolders.map((folder) => ({ folder, dir: join(dataRaw, folder) })));
    expect(present.length).toBeGreaterThanOrEqual(2);
    expect(report.skipped).toEqual([{ folder: notCopied, lookedAt: [join(scratch, 'no-shared', notCopied), join(dataRaw, notCopied)] }]);
    expect(report.written).toEqual([]);
    expect(report.packageBump).toBe('none');
    expect(report.datasets.map((d) => d.id)).toEqual(present.flatMap((r) => r.datasets.map((d) => d.id)));
    expect(report.datasets.every((d) => d.bump === 'none' && d.changes.length === 0)).toBe(true);
    expect(report.unchanged).toEqual(expect.arrayContaining(present.flatMap((r) => [`src/sources/${r.sourceFile}`, ...r.datasets.map((d) => `src/data/${d.topic}/${d.fileName}`)])));
    const skipped = releases.find((r) => r.folder === notCopied)!;
    expect(report.unchanged.filter((p) => [skipped.sourceFile, ...skipped.datasets.map((d) => d.fileName)].some((f) => p.endsWith(`/${f}`)))).toEqual([]);
    expect(report.text).toContain(`Read ${presentFolders.map((f) => `${f} from data-raw/open-data/${f}`).join(', ')}.`);
    expect(report.text).toContain(
      `Skipped unhcr-2019: no folder at ${join(scratch, 'no-shared', notCopied)} or data-raw/open-data/unhcr-2019 (its licence as stated: none stated; data-raw/ holds only the releases whose licence allows redistribution, data-raw/README.md). Its modules were not checked.`,
    );
    expect(report.text).toContain('No figure changed: no version bump and no changeset needed.');
  });

  it('fails under strict (AZERBAIJAN_DATA_STRICT=1) where a release is found nowhere, naming it and where it was looked for', () => {
    const run = () => runImport({ lookIn, projectDir: projectRoot, outDir: join(scratch, 'strict'), dryRun: true, strict: true });
    expect(run).toThrow(ImportError);
    expect(run).toThrow(`AZERBAIJAN_DATA_STRICT=1 and no folder of unhcr-2019 (looked at ${join(scratch, 'no-shared', notCopied)}, data-raw/open-data/unhcr-2019): every release must be read`);
  });

  it('fails where a folder named for every release (--extracts) lacks one, as before', () => {
    expect(() => runImport({ extractsDir: dataRaw, projectDir: projectRoot, outDir: join(scratch, 'named'), dryRun: true })).toThrow(
      `the release folder ${join(dataRaw, notCopied)} does not exist: expected the open-data extracts of unhcr-2019 (with MANIFEST.json) there`,
    );
  });
});
