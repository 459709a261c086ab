import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runExample } from '../support/docExamples.js';
import { markdownExamples } from '../support/markdownExamples.js';

// Every ts/js block of README.md and docs/*.md, as a reader would paste it into a project:
// type-checked (strict, module and moduleResolution nodenext, importing the built package by its
// name), run, and every `//=> value` comment checked against what the line before it evaluates to.

const examples = markdownExamples();
const folder = 'test-output/markdown-examples';
const dir = join(root, folder);
const extensions = { ts: 'mts', js: 'mjs', cjs: 'cjs' } as const;
const fileOf = (i: number): string => join(dir, `block-${i}.${extensions[examples[i]!.language]}`);
const diagnostics = new Map<string, string[]>();

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  examples.forEach((e, i) => writeFileSync(fileOf(i), e.code));
  const program = ts.createProgram(examples.map((_, i) => fileOf(i)), {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    allowJs: true,
    checkJs: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const all = ts.getPreEmitDiagnostics(program);
  examples.forEach((e, i) => {
    const file = fileOf(i);
    const own = all.filter((d) => d.file?.fileName === file || d.file === undefined);
    diagnostics.set(e.where, own.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${at ? `line ${at.line + 1}: ` : ''}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    }));
  });
}, 120_000);

describe('the code of README.md and docs/*.md', () => {
  it('has blocks to check, the README\'s first among them, with //=> lines', () => {
    expect(examples[0]?.where).toMatch(/^README\.md:/);
    expect(examples[0]!.checks).toBeGreaterThan(2);
    expect(examples.filter((e) => e.where.startsWith('docs/')).length).toBeGreaterThan(0);
    // the README shows the CommonJS way too, and it is checked as CommonJS
    expect(examples.filter((e) => e.language === 'cjs' && e.where.startsWith('README.md:')).length).toBeGreaterThan(0);
  });

  it.each(examples.map((e, i) => [e.where, e, i] as const))('%s compiles under strict nodenext, runs, and every //=> line holds', async (where, example, index) => {
    expect(diagnostics.get(where)).toEqual([]);
    const checks = await runExample(example, index, folder, example.language === 'cjs' ? 'cjs' : 'esm');
    expect(checks).toHaveLength(example.checks);
    for (const [actual, stated, line] of checks) expect(actual, `${where}: ${line}`).toEqual(stated);
  });
});
