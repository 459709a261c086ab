import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { esmToCjs, init } from '../../scripts/build/esmToCjs.js';

beforeAll(async () => {
  await init;
});

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
    expect(() => esmToCjs('import x from"./left-pad.mjs";export{x};', 'b.mjs')).toThrow(/b\.mjs: expected a named or namespace import/);
    expect(() => esmToCjs('import{x}from"left-pad";export{x};', 'b.mjs')).toThrow(/b\.mjs: imports "left-pad"; only Node's built-in modules/);
    expect(() => esmToCjs('import{x}from"./a.mjs";export{x}from"./b.mjs";', 'd.mjs')).toThrow(/d\.mjs: expected one export/);
    expect(() => esmToCjs('var x=1;export{x};var y=2;', 'e.mjs')).toThrow(/e\.mjs: expected one export/);
    expect(() => esmToCjs('var r=import.meta.resolve("x");export{r};', 'c.mjs')).toThrow(/import\.meta is used for more than its url/);
  });

  it('leaves import and export statements written inside strings, templates and comments as they are', () => {
    const text = 'import x from "y"; export { a }';
    const esm = [
      'import { readFileSync } from "node:fs";',
      `var quoted = ${JSON.stringify(text)};`,
      `var single = '${text}';`,
      `var template = \`\${quoted}
import * as ns from "./z.mjs"; export { b as c };\`;`,
      '// import { q } from "./commented.mjs";',
      'var url = "import.meta.url";',
      'export { quoted, single, template, readFileSync as read, url };',
    ].join('\n');
    const cjs = esmToCjs(esm, 'strings.mjs');
    const out = run(cjs) as Record<string, unknown>;
    expect(out.quoted).toBe(text);
    expect(out.single).toBe(text);
    expect(out.template).toBe(`${text}\nimport * as ns from "./z.mjs"; export { b as c };`);
    expect(out.url).toBe('import.meta.url');
    expect(out.read).toBe(readFileSync);
    expect(cjs).toContain('// import { q } from "./commented.mjs";');
    expect(Object.keys(out).sort()).toEqual(['quoted', 'read', 'single', 'template', 'url']);
  });

  it('keeps every line where it was: line n of the twin is line n of the module', () => {
    const esm = 'import { a } from "./a.mjs";\nimport * as b from "./b.mjs";\nvar c = a + b.x;\nfunction f() {\n  throw new Error("here");\n}\nexport {\n  c,\n  f\n};\n';
    const cjs = esmToCjs(esm, 'lines.mjs');
    expect(cjs.split('\n').indexOf('  throw new Error("here");')).toBe(esm.split('\n').indexOf('  throw new Error("here");'));
    expect(cjs.split('\n')[1]).toBe('const b = require("./b.cjs");');
  });
});
