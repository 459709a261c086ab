import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Migration in the Republic of Azerbaijan: A Country Profile (International Organization for Migration (IOM)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { iomCountryProfile2008 } from 'azerbaijan-data';
 * iomCountryProfile2008.kind; //=> 'intergovernmental'
 * ```
 */
export const iomCountryProfile2008: Source = /* @__PURE__ */ deepFreeze({
  "id": "iom-country-profile-2008",
  "title": "Migration in the Republic of Azerbaijan: A Country Profile",
  "publisher": "International Organization for Migration (IOM)",
  "kind": "intergovernmental",
  "form": "report",
  "published": {
    "date": "2008",
    "basis": "stated"
  },
  "url": "http://www.iom.hu/PDF/migration_profiles2008/Azerbaijan_Profile2008.pdf",
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
