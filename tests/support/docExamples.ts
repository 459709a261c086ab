import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';

export const root = new URL('../..', import.meta.url).pathname;

export interface DocExample {
  /** `src/…/file.ts:line` of the example's first line. */
  where: string;
  code: string;
  /** How many `//=>` checks the example makes. */
  checks: number;
}

/** Every ```ts block inside a TSDoc `@example` of the TypeScript files under `dir`. */
export function docExamples(dir: string, exclude: (path: string) => boolean = () => false): DocExample[] {
  const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f))
    .filter((f) => !exclude(relative(root, f)));
  const out: DocExample[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example/.test(lines[i]!)) continue;
      let j = i + 1;
      while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j]!)) j++;
      const start = j + 1;
      let end = start;
      while (end < lines.length && !/^\s*\*\s*```\s*$/.test(lines[end]!)) end++;
      const body = lines.slice(start, end).map((l) => l.replace(/^\s*\* ?/, ''));
      out.push({ where: `${relative(root, file)}:${start + 1}`, code: body.join('\n'), checks: body.filter((l) => l.includes('//=>')).length });
      i = end;
    }
  }
  return out;
}

/**
 * Turns an example into a module that records, for every `//=>` line, the value of the
 * statement it follows and the value its right-hand side states.
 */
function instrument(code: string): string {
  const depth = (text: string): number => {
    const bare = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
    return (bare.match(/[([{]/g)?.length ?? 0) - (bare.match(/[)\]}]/g)?.length ?? 0);
  };
  const out: string[] = ['const __checks = [];'];
  for (const line of code.split('\n')) {
    const m = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    // the statement that ends on this line: the line itself, or it and the lines before it
    // that open the brackets it closes; "//=> value" alone on a line checks the line before
    let expr = m[2]!;
    if (expr.trim() === '') expr = out.pop()!.replace(/;\s*$/, '');
    while (depth(expr) < 0 && out.length > 1) expr = `${out.pop()!}\n${expr}`;
    out.push(`${m[1]}__checks.push([${expr.trim()}, (${m[3]}), ${JSON.stringify(line.trim())}]);`);
  }
  out.push('export { __checks };');
  return out.join('\n');
}

/**
 * Compiles an example with esbuild, runs it as a module inside the package (written under
 * `folder`, one per test file, so that test files running side by side do not share files),
 * returns its checks. A `cjs` example runs as a CommonJS script, through Node's own `require`.
 */
export async function runExample(example: DocExample, index: number, folder = 'test-output/doc-examples', format: 'esm' | 'cjs' = 'esm'): Promise<[unknown, unknown, string][]> {
  const js = transformSync(instrument(example.code), { loader: 'ts', format, target: 'es2022' }).code;
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `example-${index}.${format === 'cjs' ? 'cjs' : 'mjs'}`);
  writeFileSync(file, `// ${example.where}\n${js}`);
  if (format === 'cjs') {
    const load = createRequire(file);
    delete load.cache[file];
    const checks = (load(file) as { __checks: [unknown, unknown, string][] }).__checks;
    // a promise the script chains (.then) settles before its checks are read
    await new Promise((resolve) => setTimeout(resolve, 0));
    return checks;
  }
  const mod = (await import(`${file}?t=${Date.now()}`)) as { __checks: [unknown, unknown, string][] };
  return mod.__checks;
}
