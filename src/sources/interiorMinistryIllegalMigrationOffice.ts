import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Interior Ministry's Office to Combat the Illegal Migration (Ministry of Internal Affairs of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { interiorMinistryIllegalMigrationOffice } from 'azerbaijan-data';
 * interiorMinistryIllegalMigrationOffice.kind; //=> 'government'
 * ```
 */
export const interiorMinistryIllegalMigrationOffice: Source = /* @__PURE__ */ deepFreeze({
  "id": "interior-ministry-illegal-migration-office",
  "title": "Interior Ministry's Office to Combat the Illegal Migration",
  "publisher": "Ministry of Internal Affairs of the Republic of Azerbaijan",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
