import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/seeds.js';
import { itWith, rscript } from '../support/tools.js';

// UNHCR's R package `refugees` ships its tables as R data files, not text: the CSV files of
// unhcr-refugees-2025/ were written from byte copies of them (rda/, editions/*.rda) by its
// extract.R. Here the .rda files are checked against the manifest, and extract.R is run again in
// a scratch folder holding only the script and the .rda files, in a UTF-8 locale: it must write
// the same bytes.
// Where Rscript is missing the run is skipped and named (tests/support/tools.ts); CI (.ci/run)
// installs r-base-core, and under AZERBAIJAN_DATA_STRICT=1 a missing Rscript fails.

const release = join(projectRoot, 'data-raw/open-data/unhcr-refugees-2025');

interface Extract {
  readonly file: string;
  readonly sha256: string;
  readonly from_file: string;
  readonly rda_sha256: string;
}
const manifest = JSON.parse(readFileSync(join(release, 'MANIFEST.json'), 'utf8')) as { command: string; extracts: Extract[] };

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-extract-r-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CSV files under a folder, relative to it, sorted. */
const csvFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .sort();

describe('unhcr-refugees-2025: the CSV files written from the package\'s .rda files', () => {
  it('has every .rda file the manifest names as a source, with its rda_sha256, and a CSV file for each', () => {
    expect(manifest.extracts).toHaveLength(8);
    const rda = readdirSync(release, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rda')).sort();
    expect(manifest.extracts.map((e) => e.from_file).sort()).toEqual(rda);
    for (const e of manifest.extracts) expect(sha256(readFileSync(join(release, e.from_file))), e.from_file).toBe(e.rda_sha256);
    expect(manifest.extracts.map((e) => e.file).sort()).toEqual(csvFiles(release));
  });

  itWith(rscript())(
    'are written again, byte for byte, by Rscript extract.R in a scratch folder that holds only the script and the .rda files',
    (command) => {
      const dir = mkdtempSync(join(scratch, 'run-'));
      copyFileSync(join(release, 'extract.R'), join(dir, 'extract.R'));
      cpSync(join(release, 'rda'), join(dir, 'rda'), { recursive: true });
      mkdirSync(join(dir, 'editions'));
      for (const f of readdirSync(join(release, 'editions')).filter((f) => f.endsWith('.rda'))) copyFileSync(join(release, 'editions', f), join(dir, 'editions', f));
      expect(csvFiles(dir)).toEqual([]);

      expect(manifest.command).toBe('Rscript extract.R');
      // In a UTF-8 locale, as the committed files were written: in the C locale R writes "Türkiye" as "T<U+00FC>rkiye".
      const r = spawnSync(command, ['extract.R'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } });
      expect(r.status, r.stderr).toBe(0);

      expect(csvFiles(dir)).toEqual(manifest.extracts.map((e) => e.file).sort());
      for (const e of manifest.extracts) {
        const written = readFileSync(join(dir, e.file));
        expect(sha256(written), `${e.file}: the sha256 of MANIFEST.json`).toBe(e.sha256);
        expect(written.equals(readFileSync(join(release, e.file))), `${e.file}: the committed copy`).toBe(true);
      }
    },
    120_000,
  );
});
