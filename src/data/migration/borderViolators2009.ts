import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';

/**
 * Border violators in 2009 by country of origin, for the five countries the migration report
 * (`003_d94e756ed0cfba1e.txt`) lists.
 *
 * @example
 * ```ts
 * import { borderViolators2009 } from 'azerbaijan-data/migration';
 * borderViolators2009.observations.find((o) => o.id === 'border-violators-ir')?.quote;
 * //=> 'Iran: 680'
 * ```
 */
export const borderViolators2009: Dataset<'border-violators-2009'> = /* @__PURE__ */ deepFreeze({
  "id": "border-violators-2009",
  "title": "Border violators by country of origin, 2009",
  "description": "The number of border violators in 2009 for five countries of origin (Iran, Turkey, Georgia, the Russian Federation and Pakistan), in persons, as listed in the section \"Irregular migration\" of the migration report under \"Violators by country of origin (2009)\". The report names no body for these figures and gives no total.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "ed57844720ab4a645d38fb57a307b1aa3ce79d5be2138aa55a0d616ce0e69900",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "border-violators",
      "label": "Border violators"
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country of origin",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "IR",
          "label": "Iran"
        },
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "GE",
          "label": "Georgia"
        },
        {
          "code": "RU",
          "label": "Russian Federation"
        },
        {
          "code": "PK",
          "label": "Pakistan"
        }
      ]
    }
  ],
  "sources": [migrationReport],
  "observations": [
    {
      "id": "border-violators-ir",
      "measure": "border-violators",
      "qualifier": "exact",
      "value": 680,
      "unit": "persons",
      "period": "2009",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Iran: 680",
      "asWritten": "680"
    },
    {
      "id": "border-violators-tr",
      "measure": "border-violators",
      "qualifier": "exact",
      "value": 373,
      "unit": "persons",
      "period": "2009",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Turkey: 373",
      "asWritten": "373"
    },
    {
      "id": "border-violators-ge",
      "measure": "border-violators",
      "qualifier": "exact",
      "value": 166,
      "unit": "persons",
      "period": "2009",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Georgia: 166",
      "asWritten": "166"
    },
    {
      "id": "border-violators-ru",
      "measure": "border-violators",
      "qualifier": "exact",
      "value": 144,
      "unit": "persons",
      "period": "2009",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Russian Federation: 144",
      "asWritten": "144"
    },
    {
      "id": "border-violators-pk",
      "measure": "border-violators",
      "qualifier": "exact",
      "value": 128,
      "unit": "persons",
      "period": "2009",
      "dimensions": {
        "country": "PK"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Pakistan 128",
      "asWritten": "128"
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The report gives no total of border violators for 2009, so no relation is declared.",
    "The report's \"Figure 1. Border violations trend\" is a chart whose figures are not in the text; the report says that 2003 marked a sharp decline in the number of border violations (an event in the dataset migration-policy-timeline).",
    "The report says that every year \"hundreds\" of potential migrants from the Middle East and Central Asia attempt illegal entry to Azerbaijan on the border with Iran; this is not a figure and is not encoded."
  ]
});
