import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Ministry of Emergency Situations of the Republic of Azerbaijan (Ministry of Emergency Situations of the Republic of Azerbaijan), cited by the source documents.
 *
 * @example
 * ```ts
 * import { azerbaijanEmergencyMinistry } from 'azerbaijan-data';
 * azerbaijanEmergencyMinistry.kind; //=> 'government'
 * ```
 */
export const azerbaijanEmergencyMinistry: Source = /* @__PURE__ */ deepFreeze({
  "id": "azerbaijan-emergency-ministry",
  "title": "Ministry of Emergency Situations of the Republic of Azerbaijan",
  "publisher": "Ministry of Emergency Situations of the Republic of Azerbaijan",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "dw-2023-09-22-azerbaijan-humanitarian-aid"
  ],
  "note": "Called \"Azerbaijan's Emergency Ministry\" by DW."
});
