import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * RIA Novosti (RIA Novosti (Russian state news agency)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { riaNovosti } from 'azerbaijan-data';
 * riaNovosti.kind; //=> 'media'
 * ```
 */
export const riaNovosti: Source = /* @__PURE__ */ deepFreeze({
  "id": "ria-novosti",
  "title": "RIA Novosti",
  "publisher": "RIA Novosti (Russian state news agency)",
  "kind": "media",
  "form": "body",
  "citedIn": [
    "dw-2023-09-22-azerbaijan-humanitarian-aid"
  ],
  "note": "Called \"Russian official news agency RIA Novosti\" by DW, which cites it for statements of the Armenian Prime Minister."
});
