import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * International Committee of the Red Cross (ICRC), cited by the source documents.
 *
 * @example
 * ```ts
 * import { icrc } from 'azerbaijan-data';
 * icrc.kind; //=> 'ngo'
 * ```
 */
export const icrc: Source = /* @__PURE__ */ deepFreeze({
  "id": "icrc",
  "title": "International Committee of the Red Cross",
  "publisher": "International Committee of the Red Cross (ICRC)",
  "kind": "ngo",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ],
  "note": "The ICRC is a private humanitarian institution under Swiss law with an international mandate; of the source kinds, ngo is the nearest."
});
