import { textLength, wrapText } from './wrapText.js';

/**
 * How a column gives way when the table is wider than the line: `keep` its width as long as the
 * other columns can shrink, `wrap` its cells onto more lines, or `truncate` them with "…".
 */
export type ColumnFit = 'keep' | 'wrap' | 'truncate';

/** The line width a table must fit (no limit when absent) and how each column fits it. */
export interface TableOptions {
  readonly width?: number;
  /** One entry per column; a column without one keeps its width as long as it can. */
  readonly fit?: readonly ColumnFit[];
}

const GAP = 2;
/** The narrowest a wrapped or truncated column becomes before the kept columns give way. */
const FLOOR = 10;
/** The longest word a column keeps whole while it can. */
const WORD = 12;

/** Narrows the widest of the columns `which` by one character at a time until the total fits. */
function narrow(widths: number[], which: readonly number[], floor: (i: number) => number, budget: number): void {
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = -1;
    for (const i of which) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return;
    widths[widest]! -= 1;
    total -= 1;
  }
}

function truncate(cell: string, width: number): string {
  const chars = [...cell];
  return chars.length <= width ? cell : `${chars.slice(0, width - 1).join('')}…`;
}

/**
 * A plain-text table with aligned columns and a rule under the header. Cells are single-line
 * text (runs of white space become one space). With `width`, every line fits it: the `wrap` and
 * `truncate` columns shrink first (down to 10 characters, the longest word of their heading or
 * of their cells up to 12 characters), then the others, the first column last, the widest first;
 * a shrunk cell wraps onto more lines (at spaces, else after a hyphen) or, for `truncate`, ends
 * with "…". A row's continuation lines leave the other columns blank. O(cells × width).
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const all = [header.map(clean), ...rows.map((r) => r.map(clean))];
  const natural = header.map((_, i) => Math.max(1, ...all.map((r) => textLength(r[i] ?? ''))));
  const widths = [...natural];
  const fit = (i: number): ColumnFit => options.fit?.[i] ?? 'keep';
  if (options.width !== undefined) {
    const budget = options.width - GAP * (header.length - 1);
    const columns = header.map((_, i) => i);
    // a column keeps room for the longest word of its heading, and of its cells up to 12 characters
    const longestWord = (i: number): number => Math.min(WORD, Math.max(0, ...all.flatMap((r) => (r[i] ?? '').split(' ').map(textLength))));
    const floor = (i: number): number => Math.min(natural[i]!, Math.max(FLOOR, longestWord(i), ...(header[i] ?? '').split(/\s+/).map(textLength)));
    narrow(widths, columns.filter((i) => fit(i) !== 'keep'), floor, budget);
    // then the kept columns, the first (the row's id) last
    narrow(widths, columns.slice(1), floor, budget);
    narrow(widths, columns, floor, budget);
    narrow(widths, columns, () => 1, budget);
  }
  const block = (r: readonly string[], isHeader: boolean): string[] => {
    const cells = widths.map((w, i) => {
      const cell = r[i] ?? '';
      return !isHeader && fit(i) === 'truncate' ? [truncate(cell, w)] : wrapText(cell, w);
    });
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      cells
        .map((c, i) => {
          const text = c[k] ?? '';
          return i === cells.length - 1 ? text : text + ' '.repeat(widths[i]! - textLength(text));
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const [head, ...body] = all;
  return [...block(head ?? [], true), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)), ...body.flatMap((r) => block(r, false))].join('\n') + '\n';
}
