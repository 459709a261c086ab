import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Ministry of Foreign Affairs of the Republic of Azerbaijan (Ministry of Foreign Affairs of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { mfaAzerbaijan } from 'azerbaijan-data';
 * mfaAzerbaijan.kind; //=> 'government'
 * ```
 */
export const mfaAzerbaijan: Source = /* @__PURE__ */ deepFreeze({
  "id": "mfa-azerbaijan",
  "title": "Ministry of Foreign Affairs of the Republic of Azerbaijan",
  "publisher": "Ministry of Foreign Affairs of the Republic of Azerbaijan",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
