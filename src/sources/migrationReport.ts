import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Source document: a country report on migration in Azerbaijan by Eldar Shahgaldiyev (named from the author page at Khazar University that the text links; no publisher stated), late 2011 or 2012 (inferred); its text is the file named in `file`.
 *
 * @example
 * ```ts
 * import { migrationReport } from 'azerbaijan-data';
 * migrationReport.kind; //=> 'academic'
 * ```
 */
export const migrationReport: Source = /* @__PURE__ */ deepFreeze({
  "id": "migration-country-report-azerbaijan",
  "title": "Country report on migration in Azerbaijan",
  "kind": "academic",
  "form": "report",
  "authors": [
    {
      "family": "Shahgaldiyev",
      "given": "Eldar",
      "basis": "linkedAuthorPage",
      "url": "https://khazar.academia.edu/EldarShahgaldiyev"
    }
  ],
  "published": {
    "date": "2011-12/2012",
    "basis": "inferred",
    "note": "read from the text: its latest figure is of 30 November 2011"
  },
  "file": "003_d94e756ed0cfba1e.txt",
  "sha256": "60eadfbb8fd45764ce15150bf1cfc9000190dbd00aacc765239eb7b1175e294a",
  "note": "The text carries no title page, publisher or series: the title describes the report, and no publisher is given because the text supports none. It links an author page at Khazar University (https://khazar.academia.edu/EldarShahgaldiyev), the only sign of its author, who is named here from that page's address (basis linkedAuthorPage); no address of the report itself was found."
});
