import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { normaliseSpace, seedText, withoutSources } from '../support/seeds.js';

/** The qualifier each hedge word of the sources implies, for a figure that follows it. */
const hedges: [RegExp, string][] = [
  [/\b(almost|around|nearly|some|approximately|about|close to|roughly|an estimated)\s*\$?$/i, 'approximate'],
  [/\b(more than|over|at least)\s*\$?$/i, 'atLeast'],
  [/\b(up to|less than|under|at most)\s*\$?$/i, 'atMost'],
];

describe('qualifiers keep what the sources say', () => {
  const all = datasets.flatMap((d) => d.observations.map((o) => ({ d, o })));
  const fileOf = new Map(datasets.flatMap((d) => d.sources.map((s) => [s.id, s.file] as const)));

  // in the quote, or (where a page break and footnotes fall between the word and the figure, as
  // with "Nearly … 5,000" in the migration report) at most 600 characters before it in the document
  const standsBefore = (source: string, quote: string, word: string): boolean => {
    const file = fileOf.get(source);
    if (!file) return false;
    const text = seedText(file);
    const at = text.indexOf(normaliseSpace(quote));
    return at >= 0 && text.slice(Math.max(0, at - 600), at).toLowerCase().includes(word.toLowerCase());
  };

  it.skipIf(withoutSources)('a stated wording stands in the quote', () => {
    const wrong = all
      .filter(({ o }) => o.wording !== undefined && !normaliseSpace(o.quote).toLowerCase().includes(o.wording.toLowerCase()) && !standsBefore(o.source, o.quote, o.wording))
      .map(({ d, o }) => `${d.id}/${o.id}: wording "${o.wording}" not in "${o.quote}"`);
    expect(wrong).toEqual([]);
  });

  it.skipIf(withoutSources)('a figure that follows a hedge word in the source carries the qualifier that word implies', () => {
    const wrong: string[] = [];
    for (const { d, o } of all) {
      if (o.unit === 'rank') continue;
      // the words before the figure: in the quote, or in the document where the quote starts at the figure
      const quote = normaliseSpace(o.quote);
      const written = normaliseSpace(o.asWritten);
      let before = quote.slice(0, quote.indexOf(written));
      if (before.trim() === '' && fileOf.get(o.source)) {
        const text = seedText(fileOf.get(o.source)!);
        before = text.slice(Math.max(0, text.indexOf(quote) - 40), text.indexOf(quote));
      }
      for (const [pattern, qualifier] of hedges) {
        const m = pattern.exec(before.trimEnd());
        if (m && o.qualifier !== qualifier && o.qualifier !== 'range') {
          wrong.push(`${d.id}/${o.id}: "${m[1]} ${o.asWritten}" is ${o.qualifier}, expected ${qualifier}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('an approximate, lower or upper bound figure names the source wording it comes from', () => {
    const unworded = all.filter(({ o }) => o.qualifier !== 'exact' && o.qualifier !== 'range' && o.wording === undefined).map(({ d, o }) => `${d.id}/${o.id}`);
    expect(unworded).toEqual([]);
  });
});
