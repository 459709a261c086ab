import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * A study on International Migrants' Remittances in Central and South Caucasus: Country Report on Remittances of International Migrants and Poverty in Azerbaijan (Vagif Rustamov) (Asian Development Bank), cited by the source documents.
 *
 * @example
 * ```ts
 * import { adb2007 } from 'azerbaijan-data';
 * adb2007.kind; //=> 'intergovernmental'
 * ```
 */
export const adb2007: Source = /* @__PURE__ */ deepFreeze({
  "id": "adb-2007",
  "title": "A study on International Migrants' Remittances in Central and South Caucasus: Country Report on Remittances of International Migrants and Poverty in Azerbaijan (Vagif Rustamov)",
  "publisher": "Asian Development Bank",
  "kind": "intergovernmental",
  "published": {
    "date": "2007-10",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
