// What an editor offers while a measure is typed: TypeScript's language service (the one VS Code
// and other editors run) asked for completions inside the quotes of `estimates(datasets, '…')`.
// With the datasets first, the measure's type is known by then, so the library's measure ids are
// offered; measure first, nothing types the string yet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { datasets, wdiIdpsIdmc } from 'azerbaijan-data';

const root = new URL('../..', import.meta.url).pathname;
// inside the package folder, so that 'azerbaijan-data' resolves to the built package by its "exports"
const dir = join(root, 'test-output/types-completion');

const cases = {
  datasetsFirst: "import { datasets, estimates } from 'azerbaijan-data';\nestimates(datasets, 'id|');\n",
  given: "import { estimates, wdiIdpsIdmc } from 'azerbaijan-data';\nestimates([wdiIdpsIdmc], '|');\n",
  lookup: "import { dataset } from 'azerbaijan-data';\ndataset('wdi-|');\n",
};
const fileOf = (name: string): string => join(dir, `${name}.ts`);

/** One language service over the cases, as an editor holds one for a project. */
function languageService(): ts.LanguageService {
  mkdirSync(dir, { recursive: true });
  for (const [name, code] of Object.entries(cases)) writeFileSync(fileOf(name), code.replace('|', ''));
  const options: ts.CompilerOptions = {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
  };
  return ts.createLanguageService({
    getCompilationSettings: () => options,
    getScriptFileNames: () => Object.keys(cases).map(fileOf),
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

let service: ts.LanguageService | undefined;
/** The names the editor offers at the `|` of a case. */
function completionsAt(name: keyof typeof cases): string[] {
  service ??= languageService();
  const result = service.getCompletionsAtPosition(fileOf(name), cases[name].indexOf('|'), {});
  return (result?.entries ?? []).map((e) => e.name);
}

describe('estimates in the editor', () => {
  it("completes the library's measure ids when the datasets come first", () => {
    const names = completionsAt('datasetsFirst');
    expect(names).toContain('idps');
    expect(names).toContain('net-migration');
    expect(names).not.toContain('wdi-idps-idmc'); // a dataset id is no measure
    expect(names.length).toBeGreaterThan(50);
  }, 60_000);

  it('completes the measures of the datasets given, not of the library', () => {
    const names = completionsAt('given');
    expect(names.sort()).toEqual(wdiIdpsIdmc.measures.map((m) => m.id).sort());
    expect(names).toContain('idps');
  }, 60_000);

  it('completes a dataset id in dataset()', () => {
    const names = completionsAt('lookup');
    expect(names).toContain('wdi-idps-idmc');
    expect(names.sort()).toEqual(datasets.map((d) => d.id).sort());
  }, 60_000);
});
