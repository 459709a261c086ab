import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011 (International Labour Organization (ILO)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { ilo } from 'azerbaijan-data';
 * ilo.kind; //=> 'intergovernmental'
 * ```
 */
export const ilo: Source = /* @__PURE__ */ deepFreeze({
  "id": "ilo",
  "title": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
  "publisher": "International Labour Organization (ILO)",
  "kind": "intergovernmental",
  "form": "conference",
  "published": {
    "date": "2011-04-27/2011-04-28",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
