import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * A World Bank report released in 2011 (World Bank), cited by the source documents for the
 * refugee population of Azerbaijan by country or territory of asylum and of origin in 2010.
 *
 * @example
 * ```ts
 * import { worldBankReport2011 } from 'azerbaijan-data';
 * worldBankReport2011.kind; //=> 'intergovernmental'
 * ```
 */
export const worldBankReport2011: Source = /* @__PURE__ */ deepFreeze({
  "id": "world-bank-report-2011",
  "title": "A World Bank report released in 2011",
  "publisher": "World Bank",
  "kind": "intergovernmental",
  "form": "report",
  "published": {
    "date": "2011",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "note": "The document cites it as \"a World Bank report released in 2011\" without naming it or giving a footnote; it is not said to be the Migration and Remittances Factbook 2011 that the document cites elsewhere."
});
