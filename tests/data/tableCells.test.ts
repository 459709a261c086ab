import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';

const cell = /^(-|\(?[-+]?\d[\d,.]*\)?)$/;

/** How many table cells (figures or "-") end the quote: the column the quoted figure stands in. */
function trailingCells(quote: string): number {
  const tokens = quote.replace(/\s+/g, ' ').trim().split(' ');
  let n = 0;
  for (let i = tokens.length - 1; i >= 0 && cell.test(tokens[i]!); i--) n++;
  return n;
}

describe('table cells', () => {
  const withTables = datasets.filter((d) => d.observations.some((o) => o.locator.table !== undefined));

  it.each(withTables.map((d) => [d.id, d] as const))('%s: each cell is quoted from its row label to the cell itself', (_, d) => {
    const wrong = d.observations
      .filter((o) => o.locator.table !== undefined)
      .filter((o) => {
        const q = o.quote.replace(/\s+/g, ' ').trim();
        return !(q.endsWith(` ${o.asWritten}`) || q.endsWith(`(${o.asWritten})`));
      })
      .map((o) => `${o.id}: "${o.quote}"`);
    expect(wrong).toEqual([]);
  });

  it.each(withTables.map((d) => [d.id, d] as const))('%s: a cell under a year column stands at that column in its row, with that year as period', (_, d) => {
    const columns = new Map<string, Set<string>>();
    for (const x of [...d.observations, ...d.gaps]) {
      if (x.locator.table !== undefined && /^\d{4}$/.test(x.locator.column ?? '')) {
        columns.set(x.locator.table, (columns.get(x.locator.table) ?? new Set()).add(x.locator.column!));
      }
    }
    const wrong: string[] = [];
    for (const o of d.observations) {
      const years = columns.get(o.locator.table ?? '');
      if (!years || !/^\d{4}$/.test(o.locator.column ?? '')) continue;
      const position = [...years].sort().indexOf(o.locator.column!) + 1;
      if (trailingCells(o.quote) !== position) wrong.push(`${o.id}: "${o.quote}" is not column ${position} (${o.locator.column})`);
      if (o.period !== o.locator.column) wrong.push(`${o.id}: period ${o.period} under column ${o.locator.column}`);
    }
    expect(wrong).toEqual([]);
  });
});
