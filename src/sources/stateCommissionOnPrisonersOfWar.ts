import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People (State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People), cited by the source documents.
 *
 * @example
 * ```ts
 * import { stateCommissionOnPrisonersOfWar } from 'azerbaijan-data';
 * stateCommissionOnPrisonersOfWar.kind; //=> 'government'
 * ```
 */
export const stateCommissionOnPrisonersOfWar: Source = /* @__PURE__ */ deepFreeze({
  "id": "state-commission-on-prisoners-of-war",
  "title": "State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People",
  "publisher": "State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "occupation-in-figures"
  ]
});
