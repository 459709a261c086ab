import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * The Society of the Invalids of the Karabakh conflict, cited by the source documents.
 *
 * @example
 * ```ts
 * import { societyOfInvalidsKarabakh } from 'azerbaijan-data';
 * societyOfInvalidsKarabakh.kind; //=> 'ngo'
 * ```
 */
export const societyOfInvalidsKarabakh: Source = /* @__PURE__ */ deepFreeze({
  "id": "society-of-invalids-karabakh",
  "title": "Society of the Invalids of the Karabakh conflict",
  "publisher": "Society of the Invalids of the Karabakh conflict",
  "kind": "ngo",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
