import { beforeAll, describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import { normaliseSpace, seedFiles, seedText, withoutSources } from '../support/seeds.js';

/**
 * Numbers in the documents that are not figures, each with why: found by this test and read
 * one by one. Everything else of its kind must stand inside some observation's or event's quote.
 */
const notFigures: Record<string, string[]> = {
  '002_404f944ac4efa99f.txt': ['762', '765', '768', '769'], // page numbers of Landmine Monitor Report 1999 (cross-references)
  '003_d94e756ed0cfba1e.txt': [
    '5657', // in a cited web address (footnote 12)
    '137', // the criminal code article of the Table 4 row whose cell is "-" (a gap, not a figure)
  ],
  // "The greatest parts of the 77 per cent …": a back-reference to the figure stated just before
  '003_d94e756ed0cfba1e.txt%': ['77'],
  '004_0fb2a72c7d275064.txt': ['1.01.2011'], // the date the missing persons are counted on: their period
};

/** The documents the source records declare, whether or not this clone holds them. */
const documents = sources.flatMap((s) => (s.file === undefined ? [] : [[s.file, s.id] as const]));

describe.skipIf(withoutSources)('the source documents', () => {
  it('every document in the folder has a source record', () => {
    expect(seedFiles().filter((f) => !documents.some(([file]) => file === f))).toEqual([]);
  });

  describe.each(documents)('%s', (file, id) => {
    let text = '';
    let covered = new Uint8Array(0);
    beforeAll(() => {
      text = seedText(file);
      covered = new Uint8Array(text.length);
      for (const d of datasets) {
        for (const o of [...d.observations, ...d.events]) {
          if (o.source !== id) continue;
          const q = normaliseSpace(o.quote);
          for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) covered.fill(1, at, at + q.length);
        }
      }
    });
    const uncovered = (pattern: RegExp, allowed = notFigures[file] ?? []): string[] =>
      [...text.matchAll(pattern)].filter((m) => !covered[m.index!]).map((m) => m[1] ?? m[0]).filter((n) => !allowed.includes(n));

    it('every number of 100 or more that is not a year stands in some quote', () => {
      const numbers = uncovered(/(?<![\d.,/])(\d[\d,.]*\d|\d)(?![\d])/g).filter((n) => {
        const v = Number(n.replace(/,/g, ''));
        return !(Number.isNaN(v) && !/^\d+(\.\d+)*$/.test(n)) && !/^(19|20)\d\d$/.test(n) && (v >= 100 || Number.isNaN(v));
      });
      expect(numbers).toEqual([]);
    });

    it('every percentage stands in some quote', () => {
      expect(uncovered(/(\d[\d.,]*)\s*(?:%|per ?cent)/g, notFigures[`${file}%`] ?? [])).toEqual([]);
    });
  });
});
