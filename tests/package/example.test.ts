import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { seedText, withoutSources } from '../support/seeds.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the README example (examples/table-1.mjs)', () => {
  const out = execFileSync(process.execPath, ['examples/table-1.mjs'], { cwd: root, encoding: 'utf8' });

  it.skipIf(withoutSources)('prints every row of Table 1 as the source writes it', () => {
    // the rows as they stand in the source document, read from the document itself
    const source = seedText('003_d94e756ed0cfba1e.txt');
    const rows = [...source.matchAll(/\b(1990|1991|1996|1997|2002|2003|2007|2008|2009|2010)((?: -?\d+\.\d){5})\b/g)].map((m) => `${m[1]}${m[2]}`);
    expect(rows).toHaveLength(10);
    const printed = out.split('\n').map((l) => l.trim().split(/\s+/).join(' '));
    for (const row of rows) expect(printed).toContain(row);
  });

  it('prints no undefined, null, NaN or [object Object]: every field it prints is one the records hold', () => {
    expect(out.split('\n').filter((l) => /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/.test(l))).toEqual([]);
  });

  it('names the source by its author where the document names one (the report has no publisher)', () => {
    expect(out).toMatch(/^ {2}source {4}Country report on migration in Azerbaijan, Eldar Shahgaldiyev \[academic\], file 003_d94e756ed0cfba1e\.txt$/m);
  });

  it('prints the provenance of a figure: source file, locator, upstream citation and quote', () => {
    expect(out).toContain('003_d94e756ed0cfba1e.txt');
    expect(out).toMatch(/row 2010, column "Net migration", footnote 5/);
    expect(out).toContain('www.azstat.org');
    expect(out).toContain('"2010 2.2 0.8 1.4"');
  });
});
