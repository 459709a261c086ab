import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * United Nations Children's Fund (UNICEF), cited by the source documents.
 *
 * @example
 * ```ts
 * import { unicef } from 'azerbaijan-data';
 * unicef.kind; //=> 'intergovernmental'
 * ```
 */
export const unicef: Source = /* @__PURE__ */ deepFreeze({
  "id": "unicef",
  "title": "United Nations Children's Fund",
  "publisher": "UNICEF",
  "kind": "intergovernmental",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
