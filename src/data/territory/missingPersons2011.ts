import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { occupationInFigures } from '../../sources/occupationInFigures.js';
import { stateCommissionOnPrisonersOfWar } from '../../sources/stateCommissionOnPrisonersOfWar.js';

/**
 * Missing citizens of Azerbaijan registered by the State Commission on Prisoners of War,
 * Hostages and Missing Persons on 1 January 2011, as published by the Government of Azerbaijan
 * in "The Occupation in Figures" (`004_0fb2a72c7d275064.txt`): 4049 missing, among them 47
 * children (17 girls), 247 women and 347 elderly people (149 women).
 *
 * @example
 * ```ts
 * import { missingPersons2011 } from 'azerbaijan-data/territory';
 * missingPersons2011.observations.find((o) => o.id === 'missing-persons')?.value;
 * //=> 4049
 * ```
 */
export const missingPersons2011: Dataset<'missing-persons-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "missing-persons-2011",
  "title": "Missing citizens of Azerbaijan registered by the State Commission on Prisoners of War, Hostages and Missing Persons, 1 January 2011",
  "description": "The 4049 missing citizens of the Republic of Azerbaijan that the State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing Persons had registered on 1 January 2011, with the children (47, of whom 17 girls), women (247) and elderly people (347, of whom 149 women) among them, in persons, as published by the Government of Azerbaijan in \"The Occupation in Figures\". The groups are parts of the 4049 and do not make it up; the girls are counted among the children and the elderly women among the elderly.",
  "topic": "territory",
  "version": "1.0.0",
  "sha256": "2fdb21e1d6f1acf0fa440dc6d5cfe0c734f5c85c84de852dfdb3b3d294713f2f",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "missing-persons",
      "label": "Missing citizens registered by the State Commission"
    },
    {
      "id": "missing-children",
      "label": "Missing children"
    },
    {
      "id": "missing-girls",
      "label": "Missing girls (among the missing children)",
      "description": "The source writes \"juvenile girls\"."
    },
    {
      "id": "missing-women",
      "label": "Missing women"
    },
    {
      "id": "missing-elderly",
      "label": "Missing elderly people"
    },
    {
      "id": "missing-elderly-women",
      "label": "Missing elderly women (among the missing elderly)"
    }
  ],
  "dimensions": [],
  "sources": [occupationInFigures, stateCommissionOnPrisonersOfWar],
  "observations": [
    {
      "id": "missing-persons",
      "measure": "missing-persons",
      "qualifier": "exact",
      "value": 4049,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "registered 4049 missing citizens of the Republic of Azerbaijan",
      "asWritten": "4049"
    },
    {
      "id": "missing-children",
      "measure": "missing-children",
      "qualifier": "exact",
      "value": 47,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "There are 47 children",
      "asWritten": "47"
    },
    {
      "id": "missing-girls",
      "measure": "missing-girls",
      "qualifier": "exact",
      "value": 17,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "47 children (17 person juvenile girls)",
      "asWritten": "17",
      "note": "Girls among the 47 missing children."
    },
    {
      "id": "missing-women",
      "measure": "missing-women",
      "qualifier": "exact",
      "value": 247,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "247 women",
      "asWritten": "247",
      "note": "The source does not say whether the 247 women include the 149 elderly women."
    },
    {
      "id": "missing-elderly",
      "measure": "missing-elderly",
      "qualifier": "exact",
      "value": 347,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "347 elderly (149 women) ones among them",
      "asWritten": "347"
    },
    {
      "id": "missing-elderly-women",
      "measure": "missing-elderly-women",
      "qualifier": "exact",
      "value": 149,
      "unit": "persons",
      "period": "2011-01-01",
      "dimensions": {},
      "source": "occupation-in-figures",
      "attribution": "state-commission-on-prisoners-of-war",
      "locator": {
        "section": "Prisoners of war, hostages and missing persons"
      },
      "quote": "347 elderly (149 women)",
      "asWritten": "149",
      "note": "Women among the 347 missing elderly people."
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "girls-in-children",
      "description": "The 17 girls are among the 47 missing children.",
      "part": "missing-girls",
      "whole": "missing-children"
    },
    {
      "kind": "partOf",
      "id": "elderly-women-in-elderly",
      "description": "The 149 women are among the 347 missing elderly people.",
      "part": "missing-elderly-women",
      "whole": "missing-elderly"
    },
    {
      "kind": "partOf",
      "id": "children-in-missing",
      "description": "The 47 children are among the 4049 missing citizens.",
      "part": "missing-children",
      "whole": "missing-persons"
    },
    {
      "kind": "partOf",
      "id": "women-in-missing",
      "description": "The 247 women are among the 4049 missing citizens.",
      "part": "missing-women",
      "whole": "missing-persons"
    },
    {
      "kind": "partOf",
      "id": "elderly-in-missing",
      "description": "The 347 elderly people are among the 4049 missing citizens.",
      "part": "missing-elderly",
      "whole": "missing-persons"
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The source dates the figures \"on 1.01.2011\" (day.month.year): 1 January 2011.",
    "The girls are among the children and the elderly women among the elderly (partOf relations); children, women and elderly people are each among the 4049. The source does not say whether the 247 women include the 149 elderly women, so no relation is declared between them and the groups must not be added up; it does not give the number of the other missing persons."
  ]
});
