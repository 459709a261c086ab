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
  "id": "occupation-in-figures",
  "title": "The Occupation in Figures",
  "publisher": "Government of the Republic of Azerbaijan",
  "kind": "government",
  "published": {
    "date": "2011",
    "basis": "inferred",
    "note": "read from the text: missing persons are counted on 1 January 2011"
  },
  "file": "004_0fb2a72c7d275064.txt",
  "sha256": "1dbc8e5ad579559df1e17f1d219f7763abf8823f2814ded8d4cae7c6b72e0107"
});
