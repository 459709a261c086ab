import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Government of the Republic of Armenia (Prime Minister Nikol Pashinyan) (Government of the Republic of Armenia), cited by the source documents.
 *
 * @example
 * ```ts
 * import { armenianGovernment } from 'azerbaijan-data';
 * armenianGovernment.kind; //=> 'government'
 * ```
 */
export const armenianGovernment: Source = /* @__PURE__ */ deepFreeze({
  "id": "government-of-armenia",
  "title": "Government of the Republic of Armenia (Prime Minister Nikol Pashinyan)",
  "publisher": "Government of the Republic of Armenia",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "dw-2023-09-22-azerbaijan-humanitarian-aid"
  ],
  "note": "Cited by DW through the Russian news agency RIA Novosti: statements of Prime Minister Nikol Pashinyan."
});
