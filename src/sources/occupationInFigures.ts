import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * The source document `004_0fb2a72c7d275064.txt`: The Occupation in Figures (Government of the Republic of Azerbaijan).
 *
 * @example
 * ```ts
 * import { occupationInFigures } from 'azerbaijan-data';
 * occupationInFigures.kind; //=> 'government'
 * ```
 */
export const occupationInFigures: Source = /* @__PURE__ */ deepFreeze({
  "id": "004_0fb2a72c7d275064",
  "title": "The Occupation in Figures",
  "publisher": "Government of the Republic of Azerbaijan",
  "kind": "government",
  "published": {
    "date": "2011",
    "basis": "inferred",
    "note": "read from the text: missing persons are counted on 1 January 2011"
  },
  "file": "004_0fb2a72c7d275064.txt"
});
