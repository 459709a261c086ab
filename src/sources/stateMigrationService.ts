import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * State Migration Service of the Republic of Azerbaijan (State Migration Service of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { stateMigrationService } from 'azerbaijan-data';
 * stateMigrationService.kind; //=> 'government'
 * ```
 */
export const stateMigrationService: Source = /* @__PURE__ */ deepFreeze({
  "id": "state-migration-service",
  "title": "State Migration Service of the Republic of Azerbaijan",
  "publisher": "State Migration Service of the Republic of Azerbaijan",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
