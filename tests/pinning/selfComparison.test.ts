import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docExamples } from '../support/docExamples.js';

// Issue 27, part 1: no snippet pins data against itself. `assertHash(ds, ds.sha256)` compares a
// dataset with its own hash and passes whatever the data became; so do `assertVersion(ds,
// ds.version)` and a lockfile made from the installed data and verified at once against it.

const root = new URL('../..', import.meta.url).pathname;

/** Each self-comparison of a piece of code, as written. */
function selfComparisons(code: string): string[] {
  const found: string[] = [];
  const direct = /\b(assertHash|assertVersion)\(\s*([\w$.]+)\s*,\s*\2\s*\.\s*(sha256|version)\b/g;
  for (const m of code.matchAll(direct)) found.push(m[0]);
  // through a variable: const checked = ds.sha256; … assertHash(ds, checked)
  for (const m of code.matchAll(/\b(?:const|let|var)\s+([\w$]+)\s*=\s*([\w$.]+)\s*\.\s*(sha256|version)\b/g)) {
    const [, name, owner] = m;
    const use = new RegExp(`\\b(assertHash|assertVersion)\\(\\s*${owner!.replace(/[$.]/g, '\\$&')}\\s*,\\s*${name!.replace(/\$/g, '\\$')}\\s*[,)]`);
    const u = use.exec(code);
    if (u) found.push(`${m[0]} … ${u[0]}`);
  }
  // a lockfile written from the installed data and verified against it at once
  for (const m of code.matchAll(/\b(verifyData|assertLocked)\(\s*lockData\(/g)) found.push(m[0]);
  for (const m of code.matchAll(/\b(?:const|let|var)\s+([\w$]+)\s*=\s*lockData\(/g)) {
    const u = new RegExp(`\\b(verifyData|assertLocked)\\(\\s*${m[1]!.replace(/\$/g, '\\$')}\\s*[,)]`).exec(code);
    if (u) found.push(`${m[0]} … ${u[0]}`);
  }
  return found;
}

/** Every fenced code block of README.md and docs/*.md, whatever its language. */
function markdownBlocks(): { where: string; code: string }[] {
  const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const blocks: { where: string; code: string }[] = [];
  for (const page of pages) {
    const lines = readFileSync(join(root, page), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^\s*(`{3,}|~{3,})/.exec(lines[i]!);
      if (!open) continue;
      const fence = open[1]!;
      let end = i + 1;
      while (end < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[end]!)) end++;
      blocks.push({ where: `${page}:${i + 1}`, code: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
  }
  return blocks;
}

describe('the scan for self-comparisons', () => {
  it.each([
    'await assertHash(remittanceFlows, remittanceFlows.sha256);',
    'assertHash(internationalMigration,internationalMigration.sha256).then(() => {});',
    'assertVersion(ds, ds.version);',
    "const checked = internationalMigration.sha256; // recorded\nassertVersion(internationalMigration, '^1.0.0');\nawait assertHash(internationalMigration, checked);",
    'await assertLocked(lockData());',
    'const lock = lockData([remittanceFlows]);\nconst report = await verifyData(lock);',
  ])('finds %j', (code) => {
    expect(selfComparisons(code)).toHaveLength(1);
  });

  it.each([
    "await assertHash(remittanceFlows, 'f03f014757da3b58c783307fe6122123b90615aa2b8af4d67906fcbe86f99016');",
    "await assertHash(remittanceFlows, lock.datasets['remittance-flows'].sha256);",
    'const checked = other.sha256;\nawait assertHash(remittanceFlows, checked);',
    "await verifyData(readFileSync('azerbaijan-data.lock.json', 'utf8'));",
    '(await contentHash(internationalMigration)) === internationalMigration.sha256;',
  ])('lets a real pin or an integrity check pass: %j', (code) => {
    expect(selfComparisons(code)).toEqual([]);
  });
});

describe('no snippet compares data with itself', () => {
  it('in any code block of README.md and docs/*.md', () => {
    const blocks = markdownBlocks();
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.some((b) => b.code.includes('assertHash('))).toBe(true);
    expect(blocks.flatMap((b) => selfComparisons(b.code).map((s) => `${b.where}: ${s}`))).toEqual([]);
  });

  it('in any TSDoc example of the source', () => {
    const examples = docExamples('src');
    expect(examples.some((e) => e.code.includes('assertHash('))).toBe(true);
    expect(examples.flatMap((e) => selfComparisons(e.code).map((s) => `${e.where}: ${s}`))).toEqual([]);
  });
});
