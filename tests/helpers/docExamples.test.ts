// Runs every `@example` of the helpers' source files and checks each `//=>` line against the
// built package: `expr; //=> expected` (or `//=> expected` on the line after `expr;`) must give
// a value deep-equal to `expected`.
import { readFileSync, readdirSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from 'azerbaijan-data';
import * as helpers from 'azerbaijan-data/helpers';
import * as schema from 'azerbaijan-data/schema';
import * as migration from 'azerbaijan-data/migration';
import * as displacement from 'azerbaijan-data/displacement';
import * as remittances from 'azerbaijan-data/remittances';
import * as trafficking from 'azerbaijan-data/trafficking';
import * as mineAction from 'azerbaijan-data/mine-action';
import * as territory from 'azerbaijan-data/territory';
import * as humanitarianAid from 'azerbaijan-data/humanitarian-aid';

const modules: Record<string, unknown> = {
  'azerbaijan-data': root,
  'azerbaijan-data/helpers': helpers,
  'azerbaijan-data/schema': schema,
  'azerbaijan-data/migration': migration,
  'azerbaijan-data/displacement': displacement,
  'azerbaijan-data/remittances': remittances,
  'azerbaijan-data/trafficking': trafficking,
  'azerbaijan-data/mine-action': mineAction,
  'azerbaijan-data/territory': territory,
  'azerbaijan-data/humanitarian-aid': humanitarianAid,
};

const dir = new URL('../../src/helpers/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

interface Example {
  file: string;
  /** The source line of the example's first code line. */
  line: number;
  code: string[];
}

/** The code of every ```ts block after an `@example` tag in a file's doc comments. */
function examples(file: string): Example[] {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  const found: Example[] = [];
  let state: 'out' | 'tag' | 'code' = 'out';
  let current: Example | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\s*\* ?/, '');
    if (state === 'out' && /@example/.test(raw)) state = 'tag';
    else if (state === 'tag' && /^```ts/.test(line)) {
      state = 'code';
      current = { file, line: i + 2, code: [] };
    } else if (state === 'code' && /^```/.test(line)) {
      found.push(current!);
      state = 'out';
    } else if (state === 'code') current!.code.push(line);
  });
  return found;
}

/** Turns each `expr; //=> expected` into a check, then TypeScript into runnable CommonJS. */
function compile(example: Example): { js: string; checks: number } {
  const out: string[] = [];
  let checks = 0;
  const check = (expression: string, expected: string, at: number): string => {
    checks++;
    const text = `${example.file}:${at}: ${expression.trim()} //=> ${expected.trim()}`;
    return `__check(() => (${expression.trim().replace(/;$/, '')}), () => (${expected.trim()}), ${JSON.stringify(text)});`;
  };
  example.code.forEach((line, i) => {
    const at = line.indexOf('//=>');
    if (at < 0) return out.push(line);
    const expression = line.slice(0, at);
    const expected = line.slice(at + 4);
    if (expression.trim() !== '') return out.push(check(expression, expected, example.line + i));
    const previous = out.pop();
    if (previous === undefined || !previous.trim().endsWith(';')) {
      throw new Error(`${example.file}:${example.line + i}: a //=> line must follow a one-line expression statement`);
    }
    out.push(check(previous, expected, example.line + i - 1));
  });
  const js = transformSync(out.join('\n'), { loader: 'ts', format: 'cjs', target: 'es2022' }).code;
  return { js, checks };
}

const all = files.flatMap(examples);

describe('doc examples of the helpers', () => {
  it('every exported helper file has at least one example with a //=> line', () => {
    const withChecks = new Set(all.filter((e) => e.code.some((l) => l.includes('//=>'))).map((e) => e.file));
    const exporting = files.filter((f) => /^\/\*\*[\s\S]*?@example/m.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(exporting.filter((f) => !withChecks.has(f))).toEqual([]);
  });

  it('counts every //=> line of the sources in an example', () => {
    const inSources = files.map((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.includes('//=>')).length).reduce((a, b) => a + b, 0);
    const inExamples = all.map((e) => e.code.filter((l) => l.includes('//=>')).length).reduce((a, b) => a + b, 0);
    expect(inExamples).toBe(inSources);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', (_, example) => {
    const { js, checks } = compile(example);
    let ran = 0;
    const requireModule = (specifier: string): unknown => {
      if (!(specifier in modules)) throw new Error(`${example.file}: the example imports an unknown module "${specifier}"`);
      return modules[specifier];
    };
    const checkLine = (actual: () => unknown, expected: () => unknown, text: string): void => {
      ran++;
      expect(actual(), text).toEqual(expected());
    };
    new Function('require', '__check', 'exports', 'module', js)(requireModule, checkLine, {}, { exports: {} });
    expect(ran).toBe(checks);
  });
});
