import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Source document: "The Occupation in Figures", an official publication of the Government of the Republic of Azerbaijan (2011, inferred); its text is the file named in `file`.
 *
 * @example
 * ```ts
 * import { occupationInFigures } from 'azerbaijan-data';
 * occupationInFigures.kind; //=> 'government'
 * ```
 */
export const occupationInFigures: Source = /* @__PURE__ */ deepFreeze({
  "id": "occupation-in-figures",
  "title": "The Occupation in Figures",
  "publisher": "Government of the Republic of Azerbaijan",
  "kind": "government",
  "form": "report",
  "published": {
    "date": "2011",
    "basis": "inferred",
    "note": "read from the text: missing persons are counted on 1 January 2011"
  },
  "url": "http://www.virtualkarabakh.az/read.php?lang=2&menu=42&id=3016",
  "urlScope": "part",
  "accessed": "2026-11",
  "file": "004_0fb2a72c7d275064.txt",
  "sha256": "1dbc8e5ad579559df1e17f1d219f7763abf8823f2814ded8d4cae7c6b72e0107",
  "note": "The header line \"The Occupation in Figures\" with the same nine areas, dates and km² figures appears on pages of www.virtualkarabakh.az (for example this url), a site that presents the Azerbaijani government's position; the rest of the document was not found there."
});
