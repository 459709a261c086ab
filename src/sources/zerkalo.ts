import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Zerkalo, a Baku newspaper, cited by the source documents.
 *
 * @example
 * ```ts
 * import { zerkalo } from 'azerbaijan-data';
 * zerkalo.kind; //=> 'media'
 * ```
 */
export const zerkalo: Source = /* @__PURE__ */ deepFreeze({
  "id": "zerkalo",
  "title": "Zerkalo (newspaper)",
  "publisher": "Zerkalo, Baku",
  "kind": "media",
  "form": "body",
  "url": "http://www.zerkalo-daily.com",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
