/** The line width of the CLI's text output when standard output is not a terminal. */
export const defaultWidth = 100;
/** The narrowest width the CLI lays its tables out for. */
export const minimumWidth = 40;

/**
 * The width of text output piped or redirected (standard output not a terminal, no `COLUMNS`):
 * no limit, so that lines are not wrapped and a table keeps each row on one line (for `grep`,
 * `cut` and a pager), whatever the length of a title.
 */
export const unwrappedWidth = Number.MAX_SAFE_INTEGER;

/**
 * The width the CLI's text output fits: `COLUMNS` when it is set to a whole number, else the
 * terminal's width when standard output is a terminal (else {@link defaultWidth} for a terminal
 * that does not say), else, piped or redirected, {@link unwrappedWidth} (no wrapping); never
 * less than {@link minimumWidth}.
 */
export function terminalWidth(stdout: { readonly isTTY?: boolean; readonly columns?: number }, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = /^\d+$/.test(env['COLUMNS'] ?? '') ? Number(env['COLUMNS']) : undefined;
  const columns = stdout.columns;
  const fromTerminal = stdout.isTTY === true ? (columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : defaultWidth) : unwrappedWidth;
  return Math.max(minimumWidth, fromEnv ?? fromTerminal);
}

/**
 * The width `run` lays its text out for: `width` (at least {@link minimumWidth}), or
 * {@link defaultWidth} when none is given.
 *
 * @throws {TypeError} when `width` is given and is not a positive whole number.
 */
export function layoutWidth(width: number | undefined): number {
  if (width === undefined) return defaultWidth;
  if (!Number.isInteger(width) || width < 1) throw new TypeError(`run: options.width must be a positive whole number of columns; received ${String(width)}`);
  return Math.max(minimumWidth, width);
}
