import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Migration and Remittances Factbook 2011, 2nd edition (World Bank), cited by the source documents.
 *
 * @example
 * ```ts
 * import { worldBankFactbook2011 } from 'azerbaijan-data';
 * worldBankFactbook2011.kind; //=> 'intergovernmental'
 * ```
 */
export const worldBankFactbook2011: Source = /* @__PURE__ */ deepFreeze({
  "id": "world-bank-factbook-2011",
  "title": "Migration and Remittances Factbook 2011, 2nd edition",
  "publisher": "World Bank",
  "kind": "intergovernmental",
  "form": "report",
  "published": {
    "date": "2011",
    "basis": "stated"
  },
  "url": "http://siteresources.worldbank.org/INTLAC/Resources/Factbook2011-Ebook.pdf",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "namesInDocuments": [
    {
      "name": "Migration and Remittances Fact book 2011",
      "document": "migration-country-report-azerbaijan",
      "quote": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "flagged": "differs from the publication's own title, Migration and Remittances Factbook 2011: footnotes 1 and 4 write \"Fact book\" in two words (footnotes 20 and 21 write \"Factbook\")"
    }
  ]
});
