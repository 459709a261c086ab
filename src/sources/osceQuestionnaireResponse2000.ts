import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Azerbaijan's response to the OSCE questionnaire on anti-personnel landmines (FSC.DEL/28/00, 2 February 2000), cited by the source documents.
 *
 * @example
 * ```ts
 * import { osceQuestionnaireResponse2000 } from 'azerbaijan-data';
 * osceQuestionnaireResponse2000.kind; //=> 'government'
 * ```
 */
export const osceQuestionnaireResponse2000: Source = /* @__PURE__ */ deepFreeze({
  "id": "osce-questionnaire-response-2000",
  "title": "Response to Questionnaire on Anti-Personnel Landmines (FSC.DEL/28/00)",
  "publisher": "Permanent Mission of the Republic of Azerbaijan to the Organization for Security and Co-operation in Europe (OSCE)",
  "kind": "government",
  "form": "statement",
  "published": {
    "date": "2000-02-02",
    "basis": "stated",
    "note": "dated Vienna, 2 February 2000, in footnote 2 of Landmine Monitor Report 2000"
  },
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ],
  "namesInDocuments": [
    {
      "name": "Organization of Security and Cooperation in Europe (OSCE)",
      "document": "landmine-monitor-2000-azerbaijan",
      "quote": "Permanent Mission of the Republic of Azerbaijan to the Organization of Security and Cooperation in Europe (OSCE)",
      "flagged": "differs from the body's own name, Organization for Security and Co-operation in Europe: the footnote writes \"of\" for \"for\" and \"Cooperation\" without the hyphen"
    }
  ]
});
