import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * Government of the Republic of Azerbaijan (Government of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { governmentOfAzerbaijan } from 'azerbaijan-data';
 * governmentOfAzerbaijan.kind; //=> 'government'
 * ```
 */
export const governmentOfAzerbaijan: Source = /* @__PURE__ */ deepFreeze({
  "id": "government-of-azerbaijan",
  "title": "Government of the Republic of Azerbaijan",
  "publisher": "Government of the Republic of Azerbaijan",
  "kind": "government",
  "citedIn": [
    "001_3afa75854e57eea0",
    "002_404f944ac4efa99f",
    "003_d94e756ed0cfba1e"
  ]
});
