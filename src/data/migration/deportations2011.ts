import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { interiorMinistryIllegalMigrationOffice } from '../../sources/interiorMinistryIllegalMigrationOffice.js';

/**
 * Foreigners living illegally in Azerbaijan who were deported in 2011, in total and by country of origin,
 * according to the Interior Ministry's Office to Combat the Illegal Migration as cited in the migration
 * report (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { deportations2011 } from 'azerbaijan-data/migration';
 * deportations2011.observations.find((o) => o.id === 'deported-total')?.asWritten;
 * //=> '3023'
 * ```
 */
export const deportations2011: Dataset<'deportations-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "deportations-2011",
  "title": "Deportations of foreigners living illegally, 2011",
  "description": "The number of foreigners living illegally in Azerbaijan who were deported from the country in 2011 (3023 persons) and the number deported for ten countries of origin (Turkey, Pakistan, China, Turkmenistan, Russia, Georgia, Iran, Uzbekistan, Israel and Bangladesh), according to the Interior Ministry's Office to Combat the Illegal Migration as cited in the migration report.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "325f6853a0db50991a55041b8cb8bbcb9b276432ad0b70f9a3f927a1537ddd7c",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "deportations",
      "label": "Foreigners living illegally deported from Azerbaijan"
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country of origin",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "PK",
          "label": "Pakistan"
        },
        {
          "code": "CN",
          "label": "China"
        },
        {
          "code": "TM",
          "label": "Turkmenistan"
        },
        {
          "code": "RU",
          "label": "Russian Federation"
        },
        {
          "code": "GE",
          "label": "Georgia"
        },
        {
          "code": "IR",
          "label": "Iran"
        },
        {
          "code": "UZ",
          "label": "Uzbekistan"
        },
        {
          "code": "IL",
          "label": "Israel"
        },
        {
          "code": "BD",
          "label": "Bangladesh"
        }
      ]
    }
  ],
  "sources": [migrationReport, interiorMinistryIllegalMigrationOffice],
  "observations": [
    {
      "id": "deported-total",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 3023,
      "unit": "persons",
      "period": "2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "3023 foreigners living illegally in Azerbaijan were deported from the country in 2011",
      "asWritten": "3023"
    },
    {
      "id": "deported-tr",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 1319,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Turkey – 1319",
      "asWritten": "1319"
    },
    {
      "id": "deported-pk",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 825,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "PK"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Pakistan – 825",
      "asWritten": "825"
    },
    {
      "id": "deported-cn",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 339,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "CN"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "China – 339",
      "asWritten": "339"
    },
    {
      "id": "deported-tm",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 236,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "TM"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Turkmenistan – 236",
      "asWritten": "236"
    },
    {
      "id": "deported-ru",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 45,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Russia – 45",
      "asWritten": "45"
    },
    {
      "id": "deported-ge",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 41,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Georgia – 41",
      "asWritten": "41"
    },
    {
      "id": "deported-ir",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 50,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Iran – 50",
      "asWritten": "50"
    },
    {
      "id": "deported-uz",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 24,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "UZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Uzbekistan – 24",
      "asWritten": "24"
    },
    {
      "id": "deported-il",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 19,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "IL"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Israel – 19",
      "asWritten": "19"
    },
    {
      "id": "deported-bd",
      "measure": "deportations",
      "qualifier": "exact",
      "value": 25,
      "unit": "persons",
      "period": "2011",
      "dimensions": {
        "country": "BD"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "interior-ministry-illegal-migration-office",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "Bangladesh - 25",
      "asWritten": "25"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "deported-by-country",
      "description": "Foreigners deported in 2011 = the ten countries of origin listed + those the report does not allocate to a country",
      "total": "deported-total",
      "parts": [
        "deported-tr",
        "deported-pk",
        "deported-cn",
        "deported-tm",
        "deported-ru",
        "deported-ge",
        "deported-ir",
        "deported-uz",
        "deported-il",
        "deported-bd"
      ],
      "remainder": {
        "label": "Not allocated to a country by the source (the ten countries listed sum to 2,923)",
        "value": 100
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The ten countries the report lists sum to 2,923 persons, 100 fewer than the total of 3023; the sum relation states the 100 as not allocated to a country by the source.",
    "The report lists the countries in this order: Turkey, Pakistan, China, Turkmenistan, Russia, Georgia, Iran, Uzbekistan, Israel, Bangladesh; the list is not in order of size (Iran, 50, follows Georgia, 41; Bangladesh, 25, follows Israel, 19).",
    "The report writes \"Russia\" in this list; it is coded RU (Russian Federation)."
  ]
});
