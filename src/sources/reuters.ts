import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Reuters (Reuters), cited by the source documents.
 *
 * @example
 * ```ts
 * import { reuters } from 'azerbaijan-data';
 * reuters.kind; //=> 'media'
 * ```
 */
export const reuters: Source = /* @__PURE__ */ deepFreeze({
  "id": "reuters",
  "title": "Reuters",
  "publisher": "Reuters",
  "kind": "media",
  "form": "body",
  "citedIn": [
    "dw-2023-09-22-azerbaijan-humanitarian-aid"
  ],
  "note": "News agency; DW cites a Reuters journalist and statements made to Reuters."
});
