import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Vagif Rustamov's country report on remittances of international migrants and poverty in Azerbaijan (Asian Development Bank, October 2007), cited by the source documents.
 *
 * @example
 * ```ts
 * import { adb2007 } from 'azerbaijan-data';
 * adb2007.kind; //=> 'intergovernmental'
 * ```
 */
export const adb2007: Source = /* @__PURE__ */ deepFreeze({
  "id": "adb-2007",
  "title": "A study on International Migrants' Remittances in Central and South Caucasus: Country Report on Remittances of International Migrants and Poverty in Azerbaijan",
  "publisher": "Asian Development Bank",
  "kind": "intergovernmental",
  "form": "report",
  "authors": [
    {
      "family": "Rustamov",
      "given": "Vagif",
      "basis": "stated"
    }
  ],
  "published": {
    "date": "2007-10",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "namesInDocuments": [
    {
      "name": "Country Report on Remittances if International Migrants and Poverty in Azerbaijan",
      "document": "migration-country-report-azerbaijan",
      "quote": "Country Report on Remittances if International Migrants and Poverty in Azerbaijan",
      "flagged": "differs from the publication's own title, which reads \"Remittances of International Migrants\": the footnote writes \"if\" for \"of\""
    }
  ]
});
