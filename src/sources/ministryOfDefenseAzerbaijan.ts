import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Ministry of Defense of the Republic of Azerbaijan, cited by the source documents.
 *
 * @example
 * ```ts
 * import { ministryOfDefenseAzerbaijan } from 'azerbaijan-data';
 * ministryOfDefenseAzerbaijan.kind; //=> 'government'
 * ```
 */
export const ministryOfDefenseAzerbaijan: Source = /* @__PURE__ */ deepFreeze({
  "id": "ministry-of-defense-azerbaijan",
  "title": "Ministry of Defense of the Republic of Azerbaijan",
  "publisher": "Ministry of Defense of the Republic of Azerbaijan",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
