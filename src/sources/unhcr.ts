import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Office of the United Nations High Commissioner for Refugees (UNHCR), cited by the source documents.
 *
 * @example
 * ```ts
 * import { unhcr } from 'azerbaijan-data';
 * unhcr.kind; //=> 'intergovernmental'
 * ```
 */
export const unhcr: Source = /* @__PURE__ */ deepFreeze({
  "id": "unhcr",
  "title": "Office of the United Nations High Commissioner for Refugees",
  "publisher": "UNHCR",
  "kind": "intergovernmental",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
