import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { esmToCjs } from '../../scripts/build/esmToCjs.js';

/** Runs CommonJS text as a module of its own and returns its exports. */
function run(cjs: string, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const base = createRequire(import.meta.url);
  const require = (id: string) => (id in modules ? modules[id] : base(id));
  new Function('exports', 'require', 'module', '__filename', '__dirname', cjs)(module.exports, require, module, '/pkg/dist/node/x.cjs', '/pkg/dist/node');
  return module.exports;
}

describe('esmToCjs: the CommonJS twin of a Node build module (scripts/build/esmToCjs.ts)', () => {
  it('turns named, renamed and namespace imports into requires of the .cjs twins, and the export clause into a frozen module.exports', () => {
    const esm = 'import{readFileSync}from"node:fs";import{sources as S}from"../sources.mjs";import*as t0 from"./topics/a.mjs";var x=S[0],y=t0.y;export{x as first,y,readFileSync as read};';
    const cjs = esmToCjs(esm, 'x.mjs');
    expect(cjs).toContain('require("../sources.cjs")');
    expect(cjs).toContain('require("./topics/a.cjs")');
    const out = run(cjs, { '../sources.cjs': { sources: ['s0'] }, './topics/a.cjs': { y: 'why' } });
    expect(out).toEqual({ first: 's0', y: 'why', read: expect.any(Function) });
    expect(Object.isFrozen(out)).toBe(true);
  });

  it('gives import.meta.url the file\'s own URL and makes createRequire(import.meta.url) plain require, without loading node:module', () => {
    const esm = 'import{createRequire}from"node:module";var url=import.meta.url,load=()=>createRequire(import.meta.url)("node:path").sep;export{url,load};';
    const cjs = esmToCjs(esm, 'x.mjs');
    expect(cjs).not.toContain('node:module');
    const out = run(cjs) as { url: string; load: () => string };
    expect(out.url).toBe('file:///pkg/dist/node/x.cjs');
    expect(out.load()).toBe('/');
  });

  it('refuses what it cannot convert instead of guessing: no export clause, or a statement left in module syntax', () => {
    expect(() => esmToCjs('var x=1;', 'a.mjs')).toThrow(/a\.mjs: expected one export/);
    expect(() => esmToCjs('import x from"left-pad";export{x};', 'b.mjs')).toThrow(/b\.mjs: its CommonJS twin does not compile/);
    expect(() => esmToCjs('var r=import.meta.resolve("x");export{r};', 'c.mjs')).toThrow(/import\.meta is used for more than its url/);
  });
});
