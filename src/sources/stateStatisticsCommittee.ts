import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Official website of the State Statistical Committee of the Republic of Azerbaijan, cited by the migration report as that of the "State Statistic Committee" (kept in `namesInDocuments`, flagged).
 *
 * @example
 * ```ts
 * import { stateStatisticsCommittee } from 'azerbaijan-data';
 * stateStatisticsCommittee.kind; //=> 'government'
 * ```
 */
export const stateStatisticsCommittee: Source = /* @__PURE__ */ deepFreeze({
  "id": "state-statistics-committee",
  "title": "Official website of the State Statistical Committee of the Republic of Azerbaijan",
  "publisher": "State Statistical Committee of the Republic of Azerbaijan",
  "kind": "government",
  "form": "website",
  "url": "http://www.azstat.org/",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ],
  "namesInDocuments": [
    {
      "name": "State Statistic Committee of the Republic of Azerbaijan",
      "document": "migration-country-report-azerbaijan",
      "quote": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "flagged": "differs from the body's own name, State Statistical Committee of the Republic of Azerbaijan: the report's footnotes write \"Statistic\""
    },
    {
      "name": "State Statistics Committee",
      "document": "migration-country-report-azerbaijan",
      "quote": "The Table 3 includes the figures announced by the State Statistics Committee",
      "flagged": "differs from the body's own name, State Statistical Committee: the report's text writes \"Statistics\""
    }
  ],
  "note": "The report cites the committee's website, www.azstat.org, in its footnotes as \"Official website of the State Statistic Committee of the Republic of Azerbaijan\"; the body calls itself the State Statistical Committee of the Republic of Azerbaijan (stat.gov.az). The report's forms are kept in namesInDocuments, flagged; the observations' citation fields keep the footnote verbatim."
});
