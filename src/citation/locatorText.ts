import type { Locator } from '../model/locator.js';

/**
 * Where in its document a figure stands, as a phrase: `section "Remittances", Table 5, row
 * "2008", column "Inward", footnote 21`; a line of a file written out from a release's binary file
 * names that file and table too (`file population--aze.csv, line 1176, written out from
 * rda/population.rda, table population, column "refugees"`). Internal to the citation modules.
 */
export function locatorText(l: Locator): string {
  return [
    l.file !== undefined ? `file ${l.file}, line ${l.line}` : undefined,
    l.writtenFrom !== undefined ? `written out from ${l.writtenFrom.file}, table ${l.writtenFrom.table}` : undefined,
    l.section !== undefined ? `section "${l.section}"` : undefined,
    l.table,
    l.row !== undefined ? `row "${l.row}"` : undefined,
    l.column !== undefined ? `column "${l.column}"` : undefined,
    l.footnote !== undefined ? `footnote ${l.footnote}` : undefined,
  ]
    .filter((p): p is string => p !== undefined)
    .join(', ');
}
