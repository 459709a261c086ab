import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Azadliq, a Baku newspaper in Azeri, cited by the source documents.
 *
 * @example
 * ```ts
 * import { azadliq } from 'azerbaijan-data';
 * azadliq.kind; //=> 'media'
 * ```
 */
export const azadliq: Source = /* @__PURE__ */ deepFreeze({
  "id": "azadliq",
  "title": "Azadliq (newspaper)",
  "publisher": "Azadliq, Baku",
  "kind": "media",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ],
  "note": "Published in Azeri."
});
