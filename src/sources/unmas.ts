import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * United Nations Mine Action Service (United Nations Mine Action Service (UNMAS)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { unmas } from 'azerbaijan-data';
 * unmas.kind; //=> 'intergovernmental'
 * ```
 */
export const unmas: Source = /* @__PURE__ */ deepFreeze({
  "id": "unmas",
  "title": "United Nations Mine Action Service",
  "publisher": "United Nations Mine Action Service (UNMAS)",
  "kind": "intergovernmental",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
