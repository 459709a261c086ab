import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Yeni Musavat, a Baku newspaper, cited by the source documents.
 *
 * @example
 * ```ts
 * import { yeniMusavat } from 'azerbaijan-data';
 * yeniMusavat.kind; //=> 'media'
 * ```
 */
export const yeniMusavat: Source = /* @__PURE__ */ deepFreeze({
  "id": "yeni-musavat",
  "title": "Yeni Musavat (newspaper)",
  "publisher": "Yeni Musavat, Baku",
  "kind": "media",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
