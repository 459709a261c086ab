/**
 * Where in the source document a figure is: its section, and the table, row, column and
 * footnote where it has them.
 *
 * @example
 * ```ts
 * import type { Locator } from 'azerbaijan-data';
 * const where: Locator = { section: 'Legal migration', table: 'Table 1', row: '2010' };
 * ```
 */
export interface Locator {
  readonly section: string;
  readonly table?: string | undefined;
  readonly row?: string | undefined;
  readonly column?: string | undefined;
  readonly footnote?: number | undefined;
}
