import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Report on the rights of migrant workers and their family members in Azerbaijan (Citizens' Labor Rights Protection League (PU)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { citizensLaborRightsProtectionLeague } from 'azerbaijan-data';
 * citizensLaborRightsProtectionLeague.kind; //=> 'ngo'
 * ```
 */
export const citizensLaborRightsProtectionLeague: Source = /* @__PURE__ */ deepFreeze({
  "id": "citizens-labor-rights-protection-league",
  "title": "Report on situation with provision of the rights of migrants workers and their family members in Azerbaijan",
  "publisher": "Citizens' Labor Rights Protection League (PU)",
  "kind": "ngo",
  "form": "report",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
