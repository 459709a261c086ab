import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * International Displacement Monitoring Centre (International Displacement Monitoring Centre (IDMC), Geneva), cited by the source documents.
 *
 * @example
 * ```ts
 * import { idmc } from 'azerbaijan-data';
 * idmc.kind; //=> 'monitor'
 * ```
 */
export const idmc: Source = /* @__PURE__ */ deepFreeze({
  "id": "idmc",
  "title": "International Displacement Monitoring Centre",
  "publisher": "International Displacement Monitoring Centre (IDMC), Geneva",
  "kind": "monitor",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
