/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * Escapes text for a Markdown table cell or link text: HTML-escaped, with the characters that
 * Markdown or TypeDoc would read (`|`, `*`, `_`, `` ` ``, `[`, `]`, `{`, `}`, `@`) as entities.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/[|*_`[\]{}@\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One HTML block for a Markdown page: the lines joined without blank lines, so that Markdown
 * reads it as a single block and renders it as it stands.
 */
export function htmlBlock(lines: readonly string[]): string {
  return lines
    .flatMap((l) => l.split('\n'))
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/**
 * An HTML table with a header row, in a box that scrolls sideways where the table is wider
 * than the page. The cells are HTML already (escape text with {@link escapeHtml}).
 */
export function htmlTable(className: string, header: readonly string[], rows: readonly { id?: string; cells: readonly string[] }[]): string {
  return htmlBlock([
    '<div class="table-scroll">',
    `<table class="${className}">`,
    `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr${r.id ? ` id="${escapeHtml(r.id)}"` : ''}>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
    '</div>',
  ]);
}
