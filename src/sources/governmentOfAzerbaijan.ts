import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

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
  "form": "body",
  "citedIn": [
    "dw-2023-09-22-azerbaijan-humanitarian-aid",
    "landmine-monitor-2000-azerbaijan",
    "migration-country-report-azerbaijan"
  ]
});
