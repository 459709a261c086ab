import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing Persons, cited by "The Occupation in Figures", which writes "Missing People" (kept in `namesInDocuments`, flagged).
 *
 * @example
 * ```ts
 * import { stateCommissionOnPrisonersOfWar } from 'azerbaijan-data';
 * stateCommissionOnPrisonersOfWar.kind; //=> 'government'
 * ```
 */
export const stateCommissionOnPrisonersOfWar: Source = /* @__PURE__ */ deepFreeze({
  "id": "state-commission-on-prisoners-of-war",
  "title": "State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing Persons",
  "publisher": "State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing Persons",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "occupation-in-figures"
  ],
  "namesInDocuments": [
    {
      "name": "State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People",
      "document": "occupation-in-figures",
      "quote": "The State Commission of the Republic of Azerbaijan on Prisoners of  War, Hostages and Missing People registered",
      "flagged": "differs from the body's own name, which ends \"Missing Persons\""
    }
  ]
});
