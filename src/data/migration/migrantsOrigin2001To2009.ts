import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';

/**
 * Migrants' countries of origin for the period 2001–2009, in percent, as listed in the migration report
 * (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { migrantsOrigin2001To2009 } from 'azerbaijan-data/migration';
 * migrantsOrigin2001To2009.observations.find((o) => o.id === 'migrants-origin-share-ru')?.quote;
 * //=> 'Russia (62 %)'
 * ```
 */
export const migrantsOrigin2001To2009: Dataset<'migrants-origin-2001-2009'> = /* @__PURE__ */ deepFreeze({
  "id": "migrants-origin-2001-2009",
  "title": "Migrants by country of origin, 2001–2009",
  "description": "Percentage of migrants to Azerbaijan by country of origin over the period 2001–2009: Russia, Georgia, Ukraine, Turkey, Kazakhstan and the others, as listed in the migration report. The report names no body for these figures and does not say which migrants it counts; the list follows its Table 3 of arrivals for permanent residence.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "5fc785177530f3d722c93a0e8fd7890ef9513373efedc60fad03303ed351e3b7",
  "units": [
    "percent"
  ],
  "measures": [
    {
      "id": "migrants-origin-share",
      "label": "Migrants by country of origin, percentage"
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country of origin",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "RU",
          "label": "Russian Federation"
        },
        {
          "code": "GE",
          "label": "Georgia"
        },
        {
          "code": "UA",
          "label": "Ukraine"
        },
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "KZ",
          "label": "Kazakhstan"
        },
        {
          "code": "other",
          "label": "Others (as the source groups them)"
        }
      ]
    }
  ],
  "sources": [migrationReport],
  "observations": [
    {
      "id": "migrants-origin-share-ru",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 62,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Russia (62 %)",
      "asWritten": "62"
    },
    {
      "id": "migrants-origin-share-ge",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 10,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Georgia (10 %)",
      "asWritten": "10"
    },
    {
      "id": "migrants-origin-share-ua",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 6,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Ukraine (6 %)",
      "asWritten": "6"
    },
    {
      "id": "migrants-origin-share-tr",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 6,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Turkey (6 %)",
      "asWritten": "6"
    },
    {
      "id": "migrants-origin-share-kz",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 4,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Kazakhstan (4 %)",
      "asWritten": "4"
    },
    {
      "id": "migrants-origin-share-other",
      "measure": "migrants-origin-share",
      "qualifier": "exact",
      "value": 12,
      "unit": "percent",
      "period": "2001/2009",
      "dimensions": {
        "country": "other"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Others (12 %)",
      "asWritten": "12"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "migrants-origin-shares",
      "description": "The six shares of migrants by country of origin, 2001-2009, add up to 100 percent",
      "total": {
        "value": 100,
        "label": "All migrants, 2001-2009 (as the report counts them)"
      },
      "parts": [
        "migrants-origin-share-ru",
        "migrants-origin-share-ge",
        "migrants-origin-share-ua",
        "migrants-origin-share-tr",
        "migrants-origin-share-kz",
        "migrants-origin-share-other"
      ],
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "\"Others\" is not a country: it has the code \"other\" in the country dimension.",
    "The report writes \"Russia\" in this list; it is coded RU (Russian Federation).",
    "The shares cover the period 2001–2009 as a whole; the report gives no figure per year."
  ]
});
