import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Internal Displacement Monitoring Centre (IDMC, Geneva), cited by the migration report, which names it "International Displacement Monitoring Centre" (kept in `namesInDocuments`, flagged).
 *
 * @example
 * ```ts
 * import { idmc } from 'azerbaijan-data';
 * idmc.kind; //=> 'monitor'
 * ```
 */
export const idmc: Source = /* @__PURE__ */ deepFreeze({
  "id": "idmc",
  "title": "Internal Displacement Monitoring Centre",
  "publisher": "Internal Displacement Monitoring Centre (IDMC), Geneva",
  "kind": "monitor",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "namesInDocuments": [
    {
      "name": "International Displacement Monitoring Centre",
      "document": "migration-country-report-azerbaijan",
      "quote": "the Geneva-based International Displacement Monitoring Centre",
      "flagged": "differs from the body's own name, Internal Displacement Monitoring Centre: the report writes \"International\" for \"Internal\""
    }
  ],
  "note": "Set up in 1998 by the Norwegian Refugee Council, in Geneva. The migration report names it \"International Displacement Monitoring Centre\"; the record carries the name the body uses, and the report's form is kept in namesInDocuments, flagged."
});
