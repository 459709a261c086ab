import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocExample } from './docExamples.js';
import { root } from './docExamples.js';

/** A code block of a Markdown page, with the language of its fence. */
export interface MarkdownExample extends DocExample {
  /**
   * `ts` or `js`: the fence's language, `typescript` and `javascript` included; `cjs`, a
   * CommonJS script (`require`), run as one.
   */
  language: 'ts' | 'js' | 'cjs';
}

const languages: Record<string, 'ts' | 'js' | 'cjs'> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js', cjs: 'cjs' };

/**
 * Every ```ts, ```typescript, ```js, ```javascript and ```cjs block of README.md and docs/*.md,
 * in order. Blocks not meant to run (shell, a signature, output) use other fence languages; a
 * block for a page in the browser (```ts browser) is left to the browser test that runs it
 * (docs/charts.md: tests/docs/chartsPage.test.ts).
 */
export function markdownExamples(): MarkdownExample[] {
  const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  const out: MarkdownExample[] = [];
  for (const page of pages) {
    const lines = readFileSync(join(root, page), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i]!);
      if (!open) continue;
      const [, indent, fence, info, rest] = open;
      let end = i + 1;
      while (end < lines.length && !new RegExp(`^\\s*${fence![0]}{${fence!.length},}\\s*$`).test(lines[end]!)) end++;
      const language = languages[info!.toLowerCase()];
      if (language !== undefined && !/\bbrowser\b/.test(rest!)) {
        const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l));
        out.push({ where: `${page}:${i + 2}`, code: body.join('\n'), checks: body.filter((l) => l.includes('//=>')).length, language });
      }
      i = end;
    }
  }
  return out;
}
