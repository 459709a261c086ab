import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// A consumer's TypeScript, in each module resolution a consumer may use: a scratch project whose
// node_modules/azerbaijan-data links to this (built) package imports the root and every subpath
// and type-checks under strict. Each file also states, with @ts-expect-error, a misuse the types
// must reject: an import that resolved to nothing, or to `any`, fails the check either way.

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-resolutions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const consumer = `import { datasets, assertVersion } from 'azerbaijan-data';
import { internationalMigration, migrationDatasets } from 'azerbaijan-data/migration';
import { displacementDatasets } from 'azerbaijan-data/displacement';
import { remittancesDatasets } from 'azerbaijan-data/remittances';
import { traffickingDatasets } from 'azerbaijan-data/trafficking';
import { mineActionDatasets } from 'azerbaijan-data/mine-action';
import { territoryDatasets, findPlace } from 'azerbaijan-data/territory';
import { humanitarianAidDatasets } from 'azerbaijan-data/humanitarian-aid';
import { toRows } from 'azerbaijan-data/helpers';
import { parseDataset } from 'azerbaijan-data/schema';
import type { Observation } from 'azerbaijan-data/schema';

export const id: 'international-migration' = assertVersion(internationalMigration, '^1.0.0').id;
export const counts: number[] = [datasets, migrationDatasets, displacementDatasets, remittancesDatasets, traffickingDatasets,
  mineActionDatasets, territoryDatasets, humanitarianAidDatasets].map((list) => list.length);
export const first: Observation | undefined = internationalMigration.observations[0];
export const rows: number = toRows(internationalMigration).length;
export const place: string | undefined = findPlace('Fuzuli')?.id;
export const parse: (input: unknown) => { readonly id: string } = parseDataset;
// @ts-expect-error: a dataset's id is a string literal, not a number
export const wrong: number = internationalMigration.id;
`;

const resolutions: { name: string; files: string[]; options: ts.CompilerOptions }[] = [
  { name: 'node10', files: ['consumer.ts'], options: { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 } },
  { name: 'node16', files: ['consumer.mts', 'consumer.cts'], options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 } },
  { name: 'nodenext', files: ['consumer.mts', 'consumer.cts'], options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext } },
  { name: 'bundler', files: ['consumer.ts'], options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler } },
];

/**
 * One compiler host for the four programs: a declaration file (the package's, which run to
 * megabytes, and TypeScript's lib) is read and parsed once for each way it is parsed (language
 * version and module format), not once per program. Under skipLibCheck no program reports a
 * diagnostic of a declaration file; the consumer's own files are parsed by each program afresh.
 */
const host = ((): ts.CompilerHost => {
  const base = ts.createCompilerHost({});
  const parsed = new Map<string, ts.SourceFile | undefined>();
  return {
    ...base,
    getSourceFile: (fileName, languageVersionOrOptions, onError, shouldCreate) => {
      if (!/\.d\.[cm]?ts$/.test(fileName)) return base.getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
      const options = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
      const key = `${fileName}\0${options.languageVersion}\0${options.impliedNodeFormat}`;
      if (!parsed.has(key) || shouldCreate) parsed.set(key, base.getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate));
      return parsed.get(key);
    },
  };
})();

describe('a consumer type-checks against the package in every module resolution', () => {
  it.each(resolutions.map((r) => [r.name, r] as const))('%s', (name, { files, options }) => {
    const project = join(scratch, name);
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true }));
    symlinkSync(root, join(project, 'node_modules/azerbaijan-data'));
    for (const f of files) writeFileSync(join(project, f), consumer);
    const program = ts.createProgram(files.map((f) => join(project, f)), {
      ...options,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: [],
      noEmit: true,
      skipLibCheck: true,
    }, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file && d.start !== undefined ? `${d.file.fileName.slice(project.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
      return `${at}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
    // the files were read through the package's declarations, not left unresolved
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith(name === 'node10' ? '/dist/topics/migration.d.cts' : '/dist/topics/migration.d.ts'))).toBe(true);
  }, 60_000);
});
