import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Trafficking in Persons Report 2011 (United States Department of State), cited by the source documents.
 *
 * @example
 * ```ts
 * import { usTipReport2011 } from 'azerbaijan-data';
 * usTipReport2011.kind; //=> 'government'
 * ```
 */
export const usTipReport2011: Source = /* @__PURE__ */ deepFreeze({
  "id": "us-tip-report-2011",
  "title": "Trafficking in Persons Report 2011",
  "publisher": "United States Department of State",
  "kind": "government",
  "form": "report",
  "published": {
    "date": "2011",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
