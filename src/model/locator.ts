/**
 * Where in the source a figure is: in a document, its section, and the table, row, column and
 * footnote where it has them; in a data file, its `file`, `line` and `column` (field name).
 *
 * @example
 * ```ts
 * import type { Locator } from 'azerbaijan-data';
 * const where: Locator = { section: 'Legal migration', table: 'Table 1', row: '2010' };
 * ```
 */
export interface Locator {
  readonly section?: string | undefined;
  readonly table?: string | undefined;
  readonly row?: string | undefined;
  readonly column?: string | undefined;
  readonly footnote?: number | undefined;
  /** A data file's name, as its release names it. */
  readonly file?: string | undefined;
  /** The 1-based line of the data file (the header is line 1). */
  readonly line?: number | undefined;
  /**
   * Where a data file was written from, when its release ships binary files and the data file is
   * their rows written out (UNHCR's R package: `rda/population.rda`, table `population`).
   */
  readonly writtenFrom?: { readonly file: string; readonly table: string } | undefined;
}
