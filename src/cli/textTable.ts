import { longestUnbreakable, textLength, wrapText } from './wrapText.js';

/**
 * How a column gives way when the table is wider than the line: `keep` its width as long as the
 * other columns can shrink, or `wrap` its cells onto more lines. Either way a cell breaks only
 * at spaces and after slashes, never inside an id (see `wrapText`).
 */
export type ColumnFit = 'keep' | 'wrap';

/** The line width a table must fit (no limit when absent) and how each column fits it. */
export interface TableOptions {
  readonly width?: number;
  /** One entry per column; a column without one keeps its width as long as it can. */
  readonly fit?: readonly ColumnFit[];
}

const GAP = 2;
/** The narrowest a wrapped column becomes before the kept columns give way. */
const FLOOR = 10;
/** How far the cells of a row stand in under its first cell, when the rows are blocks. */
const INDENT = 2;

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

/**
 * The rows as blocks, for a width too narrow for the columns side by side: each row's first
 * cell on a line of its own, then one line per other non-empty cell, `heading  value`, indented,
 * the value wrapped to the width (or, where it holds an id too long for that, on lines of its
 * own under the heading).
 */
function blocks(header: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const headingWidth = Math.max(0, ...header.slice(1).map(textLength));
  const valueWidth = Math.max(1, width - INDENT - headingWidth - GAP);
  const pad = ' '.repeat(INDENT + headingWidth + GAP);
  const out: string[] = [];
  rows.forEach((r, n) => {
    if (n > 0) out.push('');
    out.push(...wrapText(r[0] ?? '', width));
    header.forEach((h, i) => {
      if (i === 0 || (r[i] ?? '') === '') return;
      const heading = `${' '.repeat(INDENT)}${h}`;
      if (longestUnbreakable(r[i]!) > valueWidth) {
        // an id too long to stand beside its heading stands under it
        const under = ' '.repeat(2 * INDENT);
        out.push(heading, ...wrapText(r[i]!, Math.max(1, width - 2 * INDENT)).map((l) => `${under}${l}`));
        return;
      }
      const [first = '', ...rest] = wrapText(r[i]!, valueWidth);
      out.push(`${heading}${' '.repeat(headingWidth - textLength(h) + GAP)}${first}`, ...rest.map((l) => `${pad}${l}`));
    });
  });
  return `${out.join('\n')}\n`;
}

/**
 * A plain-text table with aligned columns and a rule under the header. Cells are single-line
 * text (runs of white space become one space). No cell is ever cut or broken inside an id: a
 * cell breaks only at spaces and after slashes (`dataset/observation`), and every column is at
 * least as wide as the longest id, hash or number of its cells. With `width`, every line fits
 * it: the `wrap` columns shrink first (down to 10 characters or their longest id), then the
 * others, the first column last, the widest first, and a shrunk cell wraps onto more lines (a
 * row's continuation lines leave the other columns blank). Where the columns cannot stand side
 * by side in the width without breaking an id, each row becomes a block: its first cell on a
 * line, then each other cell under it as `heading  value`. O(cells × width).
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
    // no column is narrower than its longest id (or word): a line never breaks one
    const hard = columns.map((i) => Math.max(1, ...all.map((r) => longestUnbreakable(r[i] ?? ''))));
    const soft = (i: number): number => Math.min(natural[i]!, Math.max(FLOOR, hard[i]!));
    narrow(widths, columns.filter((i) => fit(i) !== 'keep'), soft, budget);
    // then the kept columns, the first (the row's id) last
    narrow(widths, columns.slice(1), soft, budget);
    narrow(widths, columns, soft, budget);
    narrow(widths, columns, (i) => hard[i]!, budget);
    if (widths.reduce((a, b) => a + b, 0) > budget) return blocks(all[0]!, all.slice(1), options.width);
  }
  const block = (r: readonly string[]): string[] => {
    const cells = widths.map((w, i) => wrapText(r[i] ?? '', w));
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
  return [...block(head ?? []), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)), ...body.flatMap((r) => block(r))].join('\n') + '\n';
}
