import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Alovsat Aliyev, "Migration to and from Azerbaijan", Migration Perspectives 2006, cited by the source documents.
 *
 * @example
 * ```ts
 * import { aliyev2006 } from 'azerbaijan-data';
 * aliyev2006.kind; //=> 'academic'
 * ```
 */
export const aliyev2006: Source = /* @__PURE__ */ deepFreeze({
  "id": "aliyev-2006",
  "title": "Migration to and from Azerbaijan",
  "publisher": "Migration Perspectives",
  "kind": "academic",
  "form": "article",
  "container": {
    "title": "Migration Perspectives"
  },
  "authors": [
    {
      "family": "Aliyev",
      "given": "Alovsat",
      "basis": "stated"
    }
  ],
  "published": {
    "date": "2006",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "note": "Cited as \"Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006\", family name first."
});
