import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * Aliyev Alovsat, "Migration to and from Azerbaijan", Migration Perspectives 2006 (Migration Perspectives), cited by the source documents.
 *
 * @example
 * ```ts
 * import { aliyev2006 } from 'azerbaijan-data';
 * aliyev2006.kind; //=> 'academic'
 * ```
 */
export const aliyev2006: Source = /* @__PURE__ */ deepFreeze({
  "id": "aliyev-2006",
  "title": "Aliyev Alovsat, \"Migration to and from Azerbaijan\", Migration Perspectives 2006",
  "publisher": "Migration Perspectives",
  "kind": "academic",
  "published": {
    "date": "2006",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
