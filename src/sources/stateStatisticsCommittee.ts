import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * Official website of the State Statistic Committee of the Republic of Azerbaijan (State Statistics Committee of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { stateStatisticsCommittee } from 'azerbaijan-data';
 * stateStatisticsCommittee.kind; //=> 'government'
 * ```
 */
export const stateStatisticsCommittee: Source = /* @__PURE__ */ deepFreeze({
  "id": "state-statistics-committee",
  "title": "Official website of the State Statistic Committee of the Republic of Azerbaijan",
  "publisher": "State Statistics Committee of the Republic of Azerbaijan",
  "kind": "government",
  "form": "website",
  "url": "http://www.azstat.org/",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
