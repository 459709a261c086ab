import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { topics } from '../../scripts/topics.js';

const root = new URL('../..', import.meta.url).pathname;
const entries = ['src/index.ts', 'src/schema/index.ts', 'src/helpers/index.ts',
  ...topics.map((t) => `src/topics/${t}.ts`)];

/** Every export of every entry point, with whether its declaration has TSDoc and an @example. */
function exportsOf(): { name: string; entry: string; documented: boolean; example: boolean }[] {
  const program = ts.createProgram(entries.map((e) => root + e), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const out: { name: string; entry: string; documented: boolean; example: boolean }[] = [];
  for (const entry of entries) {
    const file = program.getSourceFile(root + entry)!;
    const moduleSymbol = checker.getSymbolAtLocation(file)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const docs = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocCommentsAndTags(d)).filter(ts.isJSDoc);
      out.push({
        name: exported.getName(),
        entry,
        documented: docs.some((d) => (typeof d.comment === 'string' ? d.comment : d.comment?.map((c) => c.text).join('') ?? '').trim().length > 0),
        example: docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example')),
      });
    }
  }
  return out;
}

describe('public API documentation', () => {
  const all = exportsOf();

  it('finds the exports of every entry point', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.map((e) => e.name)).toEqual(expect.arrayContaining(['internationalMigration', 'parseDataset', 'datasets', 'assertVersion']));
  });

  it('every export has a TSDoc summary and an @example', () => {
    const missing = all.filter((e) => !e.documented || !e.example).map((e) => `${e.entry}: ${e.name}${e.documented ? '' : ' (no summary)'}${e.example ? '' : ' (no @example)'}`);
    expect([...new Set(missing)]).toEqual([]);
  }, 60_000);
});
