import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Mines Advisory Group (MAG), a British-based demining organisation, cited by the source documents.
 *
 * @example
 * ```ts
 * import { minesAdvisoryGroup } from 'azerbaijan-data';
 * minesAdvisoryGroup.kind; //=> 'ngo'
 * ```
 */
export const minesAdvisoryGroup: Source = /* @__PURE__ */ deepFreeze({
  "id": "mines-advisory-group",
  "title": "Mines Advisory Group",
  "publisher": "Mines Advisory Group (MAG)",
  "kind": "ngo",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ]
});
