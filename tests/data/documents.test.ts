import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sources } from 'azerbaijan-data';
import { documentProblems, lookUp, openDataLookup, seedsDir, sourcesLookup, standardsLookup, withoutSources } from '../support/seeds.js';
import type { TestModule } from 'vitest/node';
import { missingFolders, skippedChecksLine } from '../support/skippedChecksReporter.js';

// The documents the tests read are the documents the source records declare: each file found
// has the sha256 its record states, and a different file fails, named.

const declared = sources.flatMap((s) => (s.file !== undefined && s.sha256 !== undefined ? [{ id: s.id, file: s.file, sha256: s.sha256 }] : []));
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-documents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh folder under the scratch folder. */
const folder = (): string => mkdtempSync(join(scratch, 'f-'));

describe('documentProblems (the check of a folder of documents)', () => {
  // the SHA-256 of "abc", from FIPS 180-2, appendix B.1
  const abc = { id: 'doc', file: 'doc.txt', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' };

  it('passes a folder whose file has the declared sha256', () => {
    const dir = folder();
    writeFileSync(join(dir, 'doc.txt'), 'abc');
    expect(documentProblems(dir, [abc])).toEqual([]);
  });

  it('fails a different file, naming it and both hashes', () => {
    const dir = folder();
    writeFileSync(join(dir, 'doc.txt'), 'abd');
    const problems = documentProblems(dir, [abc]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^doc\.txt \(source doc\) in .* is a different file: its sha256 is [0-9a-f]{64}, the source record declares ba7816bf/);
  });

  it('fails a missing file, naming it', () => {
    expect(documentProblems(folder(), [abc])).toEqual([expect.stringMatching(/^doc\.txt \(source doc\) is missing from /)]);
  });
});

describe('the lookup of a folder', () => {
  const lookup = { variable: 'AZERBAIJAN_DATA_TEST_FOLDER', fallback: '../no-such-folder-beside-the-project/', what: 'test files' };

  it('takes the folder the variable names, else finds none where the fallback does not exist', () => {
    const dir = folder();
    expect(lookUp(lookup, { AZERBAIJAN_DATA_TEST_FOLDER: dir })).toBe(`${dir}/`);
    expect(lookUp(lookup, {})).toBeUndefined();
    expect(lookUp({ ...lookup, fallback: 'tests/' }, {})).toMatch(/\/tests\/$/);
  });

  it('throws when the variable names no folder, saying which variable and what it should name', () => {
    expect(() => lookUp(lookup, { AZERBAIJAN_DATA_TEST_FOLDER: join(scratch, 'nothing-here') })).toThrow(/AZERBAIJAN_DATA_TEST_FOLDER=.*names no folder.*test files/);
  });

  it('a run that skipped checks ends with one line naming the files and how to point them at the documents', () => {
    const modules = [
      { moduleId: join(process.cwd(), 'tests/data/a.test.ts'), children: { allTests: (state?: string) => (state === 'skipped' ? [1, 2][Symbol.iterator]() : [][Symbol.iterator]()) } },
      { moduleId: join(process.cwd(), 'tests/data/b.test.ts'), children: { allTests: () => [][Symbol.iterator]() } },
    ] as unknown as TestModule[];
    const line = skippedChecksLine(modules, [sourcesLookup]);
    expect(line).toMatch(/^Skipped 2 checks, for want of the source documents: tests\/data\/a\.test\.ts \(2\)\. To run them, set AZERBAIJAN_DATA_SOURCES=<folder of the source documents> or place them at \.\.\/shared\/seeds\/ beside the project\.$/);
    expect(skippedChecksLine(modules, [])).toBeUndefined();
    const withOpenData = folder();
    mkdirSync(join(withOpenData, 'open-data'));
    expect(missingFolders({ AZERBAIJAN_DATA_SOURCES: withOpenData, AZERBAIJAN_DATA_STANDARDS: folder() })).toEqual([]);
    expect(missingFolders({ AZERBAIJAN_DATA_SOURCES: withOpenData }).map((l) => l.variable)).toEqual(lookUp(standardsLookup, {}) === undefined ? ['AZERBAIJAN_DATA_STANDARDS'] : []);
    // documents without their open-data/ folder: the extracts' checks are skipped, and named
    expect(missingFolders({ AZERBAIJAN_DATA_SOURCES: folder(), AZERBAIJAN_DATA_STANDARDS: folder() })).toEqual([openDataLookup]);
    expect(skippedChecksLine(modules, [openDataLookup])).toBe(
      'Skipped 2 checks, for want of the open-data extracts: tests/data/a.test.ts (2). To run them, set AZERBAIJAN_DATA_SOURCES=<folder of the source documents> with the extracts in its open-data/ folder, or place them at ../shared/seeds/open-data/ beside the project.',
    );
  });
});

describe.skipIf(withoutSources)('the source documents found', () => {
  it('are five, each declared by a source record with its file and sha256', () => {
    expect(declared).toHaveLength(5);
  });

  it('each has the sha256 its source record declares', () => {
    expect(documentProblems(seedsDir!, declared)).toEqual([]);
  });

  it('a modified copy of one of them fails, named', () => {
    const dir = folder();
    for (const d of declared) copyFileSync(join(seedsDir!, d.file), join(dir, d.file));
    const [changed] = declared;
    writeFileSync(join(dir, changed!.file), ' ', { flag: 'a' }); // one byte more
    const problems = documentProblems(dir, declared);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${changed!.file} (source ${changed!.id}) in ${dir} is a different file`);
  });
});
