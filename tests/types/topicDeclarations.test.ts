// The declarations of the root, the helpers and the topic entry points are plain TypeScript: a
// consumer who only reads data never loads zod's declaration files (bench/typecheck.ts measures
// what that saves). Reads the built dist/ (npm run build first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The declaration files `file` imports or re-exports, transitively, and the bare modules they name. */
function reach(file: string, seen = new Set<string>(), bare = new Set<string>()): { files: Set<string>; bare: Set<string> } {
  if (seen.has(file)) return { files: seen, bare };
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?(?:from\s*)?['"]([^'"]+)['"]/g)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec).replace(/\.c?js$/, file.endsWith('.d.cts') ? '.d.cts' : '.d.ts');
      reach(target, seen, bare);
    } else bare.add(spec);
  }
  return { files: seen, bare };
}

describe('topic declarations', () => {
  const files = readdirSync(join(dist, 'topics')).filter((f) => f.endsWith('.d.ts') || f.endsWith('.d.cts'));

  it('dist/topics/*.d.ts and the chunks they reach import nothing from zod', () => {
    expect(files.length).toBe(14); // 7 topics, ESM and CJS
    for (const f of files) {
      const { files: reached, bare } = reach(join(dist, 'topics', f));
      for (const r of reached) expect(existsSync(r), `${f} reaches ${r}`).toBe(true);
      expect([...bare].filter((b) => b === 'zod' || b.startsWith('zod/')), f).toEqual([]);
      for (const r of reached) expect(readFileSync(r, 'utf8'), r).not.toMatch(/from ['"]zod|import ['"]zod|import\(['"]zod/);
    }
  });

  it.each(['index.d.ts', 'index.d.cts', 'helpers.d.ts', 'helpers.d.cts'])('dist/%s and the chunks it reaches import nothing from zod', (f) => {
    const { files: reached, bare } = reach(join(dist, f));
    expect(reached.size).toBeGreaterThan(1); // the root and the helpers share chunks with the data model
    for (const r of reached) expect(existsSync(r), `${f} reaches ${r}`).toBe(true);
    expect([...bare].filter((b) => b === 'zod' || b.startsWith('zod/')), f).toEqual([]);
    for (const r of reached) expect(readFileSync(r, 'utf8'), r).not.toMatch(/from ['"]zod|import ['"]zod|import\(['"]zod/);
  });

  it('the schema entry point still declares zod schemas (the check above can see a zod import)', () => {
    const { bare } = reach(join(dist, 'schema.d.ts'));
    expect(bare.has('zod')).toBe(true);
  });
});
