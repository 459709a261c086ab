import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { ilo } from '../../sources/ilo.js';

/**
 * Labour migration from Azerbaijan: the share of the population identified as labour migrants, and the
 * motivations and age group of migrant workers leaving Azerbaijan as the ILO outlined them, from the
 * section "Legal migration" of the migration report (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { labourMigration } from 'azerbaijan-data/migration';
 * labourMigration.observations.find((o) => o.id === 'labour-migrants-share-of-population')?.qualifier;
 * //=> 'range'
 * ```
 */
export const labourMigration: Dataset<'labour-migration'> = /* @__PURE__ */ deepFreeze({
  "id": "labour-migration",
  "title": "Labour migration: share of the population, motivations and age group",
  "description": "The share of the total population of Azerbaijan identified as labour migrants (between 16 and 25 percent, according to statistics the report does not name); the motivations of migrant workers for leaving Azerbaijan, in percent of those asked, according to the International Labour Organization (ILO) as cited in the report; and the age groups of migrant workers leaving Azerbaijan (20-35 years for men, 20-30 for women), according to the ILO.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "9e380e3ae17be1fcdac416c5a3815dd8ac533c2c2788b48320f6ef2e28941f38",
  "units": [
    "percent",
    "years"
  ],
  "measures": [
    {
      "id": "labour-migrants-share-of-population",
      "label": "Labour migrants as percentage of the total population of Azerbaijan"
    },
    {
      "id": "migrant-worker-motivation-share",
      "label": "Migrant workers leaving Azerbaijan, by motivation",
      "description": "Percentage of migrant workers who gave each motivation for leaving Azerbaijan, as the ILO outlined them."
    },
    {
      "id": "migrant-worker-age-group",
      "label": "Age group of migrant workers leaving Azerbaijan"
    }
  ],
  "dimensions": [
    {
      "id": "motivation",
      "label": "Motivation (as worded in the report)",
      "values": [
        {
          "code": "insufficient-money-for-food",
          "label": "Insufficient money for food"
        },
        {
          "code": "only-food-and-some-other-things",
          "label": "We can only buy food and some other things"
        },
        {
          "code": "normal-food-and-clothing-no-appliances",
          "label": "We can buy normal food and clothing, but cannot afford a computer, refrigerator or TV set"
        },
        {
          "code": "expensive-things-no-car-or-home",
          "label": "We can purchase expensive things, but cannot afford a personal car or an apartment/house"
        }
      ]
    },
    {
      "id": "sex",
      "label": "Sex",
      "values": [
        {
          "code": "male",
          "label": "Men"
        },
        {
          "code": "female",
          "label": "Women"
        }
      ]
    }
  ],
  "sources": [migrationReport, ilo],
  "observations": [
    {
      "id": "labour-migrants-share-of-population",
      "measure": "labour-migrants-share-of-population",
      "qualifier": "range",
      "low": 16,
      "high": 25,
      "wording": "between",
      "unit": "percent",
      "period": "2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "between 16 to 25 per cent of the total Azerbaijani population have been identified as labour migrants",
      "asWritten": "16 to 25",
      "note": "The report (\"Statistics indicate\") names no body and gives no year for this range; 2011 is the year of the report."
    },
    {
      "id": "motivation-insufficient-money-for-food",
      "measure": "migrant-worker-motivation-share",
      "qualifier": "exact",
      "value": 19,
      "unit": "percent",
      "period": "2011",
      "dimensions": {
        "motivation": "insufficient-money-for-food"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "Insufficient money for food: 19 %",
      "asWritten": "19",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011)."
    },
    {
      "id": "motivation-only-food-and-some-other-things",
      "measure": "migrant-worker-motivation-share",
      "qualifier": "exact",
      "value": 48,
      "unit": "percent",
      "period": "2011",
      "dimensions": {
        "motivation": "only-food-and-some-other-things"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "We can only buy food and some other things: 48 %",
      "asWritten": "48",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011)."
    },
    {
      "id": "motivation-normal-food-and-clothing-no-appliances",
      "measure": "migrant-worker-motivation-share",
      "qualifier": "exact",
      "value": 17,
      "unit": "percent",
      "period": "2011",
      "dimensions": {
        "motivation": "normal-food-and-clothing-no-appliances"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "We can buy normal food and clothing, but cannot afford a computer, refrigerator or TV set: 17 %",
      "asWritten": "17",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011)."
    },
    {
      "id": "motivation-expensive-things-no-car-or-home",
      "measure": "migrant-worker-motivation-share",
      "qualifier": "exact",
      "value": 7,
      "unit": "percent",
      "period": "2011",
      "dimensions": {
        "motivation": "expensive-things-no-car-or-home"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "We can purchase expensive things, but cannot afford a personal car or an apartment/house: 7 %",
      "asWritten": "7",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011)."
    },
    {
      "id": "age-group-male",
      "measure": "migrant-worker-age-group",
      "qualifier": "range",
      "low": 20,
      "high": 35,
      "unit": "years",
      "period": "2011",
      "dimensions": {
        "sex": "male"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "age group of migrant workers leaving Azerbaijan is 20- 35 for men",
      "asWritten": "20- 35",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011). The range is broken across two lines after its hyphen in the report (\"20- 35\")."
    },
    {
      "id": "age-group-female",
      "measure": "migrant-worker-age-group",
      "qualifier": "range",
      "low": 20,
      "high": 30,
      "unit": "years",
      "period": "2011",
      "dimensions": {
        "sex": "female"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "ilo",
      "locator": {
        "section": "Legal migration",
        "footnote": 6
      },
      "citation": "Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April 2011",
      "quote": "age group of migrant workers leaving Azerbaijan is 20- 35 for men and 20-30 for women",
      "asWritten": "20-30",
      "note": "The report gives no survey date; 2011 is the year of the ILO conference it cites (Baku, 27-28 April 2011)."
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "motivations-of-all-migrant-workers-asked",
      "description": "The four motivations listed by the ILO, as cited in the report, + the share the report does not account for = 100 percent",
      "total": {
        "value": 100,
        "label": "All migrant workers asked"
      },
      "parts": [
        "motivation-insufficient-money-for-food",
        "motivation-only-food-and-some-other-things",
        "motivation-normal-food-and-clothing-no-appliances",
        "motivation-expensive-things-no-car-or-home"
      ],
      "remainder": {
        "label": "Not accounted for by the source (the four shares it lists sum to 91 percent)",
        "value": 9
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The four motivation shares the report lists sum to 91 percent; the remaining 9 percent is stated as not accounted for by the source in the sum relation."
  ]
});
