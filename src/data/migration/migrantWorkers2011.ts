import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';

/**
 * Migrant workers with work permits in Azerbaijan on 30 September 2011, and their approximate shares by
 * economic activity and by country, as stated in the migration report (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { migrantWorkers2011 } from 'azerbaijan-data/migration';
 * migrantWorkers2011.observations.find((o) => o.id === 'migrant-workers-share-tr')?.wording;
 * //=> 'almost'
 * ```
 */
export const migrantWorkers2011: Dataset<'migrant-workers-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "migrant-workers-2011",
  "title": "Migrant workers with work permits, 30 September 2011",
  "description": "The number of migrant workers in Azerbaijan holding work permits on 30 September 2011 (9,557 persons), as stated in the migration report, with the approximate percentages (each \"almost\") of migrant workers by economic activity (construction, oil, manufacturing, education, trade and transport) and by leading country (Turkey, the United Kingdom, Georgia, India and the United States). The report names no body for these figures.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "01b992ef024d9ed15e69d5c6349b11371274389ba9d7714102bddf675908aa95",
  "units": [
    "persons",
    "percent"
  ],
  "measures": [
    {
      "id": "migrant-workers-with-work-permits",
      "label": "Migrant workers possessing work permits"
    },
    {
      "id": "migrant-workers-share-by-activity",
      "label": "Migrant workers by economic activity, percentage"
    },
    {
      "id": "migrant-workers-share-by-country",
      "label": "Migrant workers by country, percentage"
    }
  ],
  "dimensions": [
    {
      "id": "activity",
      "label": "Economic activity",
      "values": [
        {
          "code": "construction",
          "label": "Construction"
        },
        {
          "code": "oil",
          "label": "Oil"
        },
        {
          "code": "manufacturing",
          "label": "Manufacturing"
        },
        {
          "code": "education",
          "label": "Education"
        },
        {
          "code": "trade-and-transport",
          "label": "Trade & transport"
        }
      ]
    },
    {
      "id": "country",
      "label": "Country",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "GB",
          "label": "United Kingdom"
        },
        {
          "code": "GE",
          "label": "Georgia"
        },
        {
          "code": "IN",
          "label": "India"
        },
        {
          "code": "US",
          "label": "United States"
        }
      ]
    }
  ],
  "sources": [migrationReport],
  "observations": [
    {
      "id": "migrant-workers-with-work-permits",
      "measure": "migrant-workers-with-work-permits",
      "qualifier": "exact",
      "value": 9557,
      "unit": "persons",
      "period": "2011-09-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "There are 9,557 migrant workers in Azerbaijan possessing work permits",
      "asWritten": "9,557"
    },
    {
      "id": "migrant-workers-share-construction",
      "measure": "migrant-workers-share-by-activity",
      "qualifier": "approximate",
      "value": 40,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "activity": "construction"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Construction (almost 40 %)",
      "asWritten": "40"
    },
    {
      "id": "migrant-workers-share-oil",
      "measure": "migrant-workers-share-by-activity",
      "qualifier": "approximate",
      "value": 33,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "activity": "oil"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Oil (almost 33 %)",
      "asWritten": "33"
    },
    {
      "id": "migrant-workers-share-manufacturing",
      "measure": "migrant-workers-share-by-activity",
      "qualifier": "approximate",
      "value": 7,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "activity": "manufacturing"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Manufacturing (almost 7 %)",
      "asWritten": "7"
    },
    {
      "id": "migrant-workers-share-education",
      "measure": "migrant-workers-share-by-activity",
      "qualifier": "approximate",
      "value": 4,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "activity": "education"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Education (almost 4 %)",
      "asWritten": "4"
    },
    {
      "id": "migrant-workers-share-trade-and-transport",
      "measure": "migrant-workers-share-by-activity",
      "qualifier": "approximate",
      "value": 3,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "activity": "trade-and-transport"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Trade & transport (almost 3 %)",
      "asWritten": "3"
    },
    {
      "id": "migrant-workers-share-tr",
      "measure": "migrant-workers-share-by-country",
      "qualifier": "approximate",
      "value": 45,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Turkey (almost 45 %)",
      "asWritten": "45"
    },
    {
      "id": "migrant-workers-share-gb",
      "measure": "migrant-workers-share-by-country",
      "qualifier": "approximate",
      "value": 19,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "country": "GB"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "UK (almost 19 %)",
      "asWritten": "19"
    },
    {
      "id": "migrant-workers-share-ge",
      "measure": "migrant-workers-share-by-country",
      "qualifier": "approximate",
      "value": 4,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Georgia (almost 4 %)",
      "asWritten": "4"
    },
    {
      "id": "migrant-workers-share-in",
      "measure": "migrant-workers-share-by-country",
      "qualifier": "approximate",
      "value": 3,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "country": "IN"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "India (almost 3 %)",
      "asWritten": "3"
    },
    {
      "id": "migrant-workers-share-us",
      "measure": "migrant-workers-share-by-country",
      "qualifier": "approximate",
      "value": 3,
      "wording": "almost",
      "unit": "percent",
      "period": "2011-09-30",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "USA (almost 3 %)",
      "asWritten": "3"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "migrant-workers-by-activity",
      "description": "100 percent = the five economic activities listed (each \"almost\") + the other activities the report does not list",
      "total": {
        "value": 100,
        "label": "All migrant workers with work permits"
      },
      "parts": [
        "migrant-workers-share-construction",
        "migrant-workers-share-oil",
        "migrant-workers-share-manufacturing",
        "migrant-workers-share-education",
        "migrant-workers-share-trade-and-transport"
      ],
      "remainder": {
        "label": "Other economic activities (not listed by the report)",
        "value": 13
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "migrant-workers-by-country",
      "description": "100 percent = the five leading countries listed (each \"almost\") + the other countries the report does not list",
      "total": {
        "value": 100,
        "label": "All migrant workers with work permits"
      },
      "parts": [
        "migrant-workers-share-tr",
        "migrant-workers-share-gb",
        "migrant-workers-share-ge",
        "migrant-workers-share-in",
        "migrant-workers-share-us"
      ],
      "remainder": {
        "label": "Other countries (not listed by the report)",
        "value": 26
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The report calls the shares \"approximately estimated figures\" and writes each as \"almost\"; they are approximate.",
    "The report gives no date for the shares; they are dated like the 9,557 work-permit holders they follow (last update on 30 September 2011).",
    "The listed activities sum to 87 percent and the listed countries to 74 percent; the rest is stated as other activities and other countries in the sum relations.",
    "The report names no body for these figures; the preceding sentence cites the State Migration Service."
  ]
});
