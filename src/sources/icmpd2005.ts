import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Yearbook on Illegal Migration, Human Smuggling and Trafficking in Central and Eastern Europe (International Centre for Migration Policy Development (ICMPD)), cited by the source documents.
 *
 * @example
 * ```ts
 * import { icmpd2005 } from 'azerbaijan-data';
 * icmpd2005.kind; //=> 'intergovernmental'
 * ```
 */
export const icmpd2005: Source = /* @__PURE__ */ deepFreeze({
  "id": "icmpd-2005",
  "title": "Yearbook on Illegal Migration, Human Smuggling and Trafficking in Central and Eastern Europe",
  "publisher": "International Centre for Migration Policy Development (ICMPD)",
  "kind": "intergovernmental",
  "form": "report",
  "published": {
    "date": "2005",
    "basis": "stated"
  },
  "citedIn": [
    "migration-country-report-azerbaijan"
  ]
});
