import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateStatisticsCommittee } from '../../sources/stateStatisticsCommittee.js';

/**
 * Departures from Azerbaijan for permanent residence by country of destination, 1995–2010 (persons):
 * every cell of Table 2 of the migration report (`003_d94e756ed0cfba1e.txt`), which cites the State
 * Statistical Committee. Cells written `-` are gaps.
 *
 * @example
 * ```ts
 * import { departuresByCountry } from 'azerbaijan-data/migration';
 * departuresByCountry.observations.find((o) => o.id === 'departures-ru-1995')?.quote;
 * //=> 'Russian Federation 11312'
 * ```
 */
export const departuresByCountry: Dataset<'departures-by-country'> = /* @__PURE__ */ deepFreeze({
  "id": "departures-by-country",
  "title": "Departures for permanent residence by country, 1995–2010",
  "description": "People who left Azerbaijan to obtain permanent residence abroad, in persons, in total and for eight countries of destination (Germany, Georgia, Iran, Kazakhstan, the Russian Federation, Turkey, Ukraine and the United States), for 1995, 2000, 2003, 2006, 2008 and 2010. According to the report, the figures include foreign citizens who had come to Azerbaijan and returned to their country of origin or moved to a third country. The report attributes Table 2 to the State Statistical Committee of the Republic of Azerbaijan.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "b9f19087fa71f4c1acb047836106b91f4282a4fc8f086adcad81d797c3536f0c",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "departures",
      "label": "Departures for permanent residence"
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "DE",
          "label": "Germany"
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
          "code": "KZ",
          "label": "Kazakhstan"
        },
        {
          "code": "RU",
          "label": "Russian Federation"
        },
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "UA",
          "label": "Ukraine"
        },
        {
          "code": "US",
          "label": "United States"
        }
      ]
    }
  ],
  "sources": [migrationReport, stateStatisticsCommittee],
  "observations": [
    {
      "id": "departures-total-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 16033,
      "unit": "persons",
      "period": "1995",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033",
      "asWritten": "16033"
    },
    {
      "id": "departures-total-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 9947,
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033 9947",
      "asWritten": "9947"
    },
    {
      "id": "departures-total-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3754,
      "unit": "persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033 9947 3754",
      "asWritten": "3754"
    },
    {
      "id": "departures-total-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2644,
      "unit": "persons",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033 9947 3754 2644",
      "asWritten": "2644"
    },
    {
      "id": "departures-total-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2530,
      "unit": "persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033 9947 3754 2644 2530",
      "asWritten": "2530"
    },
    {
      "id": "departures-total-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 799,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Total",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 16033 9947 3754 2644 2530 799",
      "asWritten": "799"
    },
    {
      "id": "departures-de-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 74,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74",
      "asWritten": "74"
    },
    {
      "id": "departures-de-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 62,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74 62",
      "asWritten": "62"
    },
    {
      "id": "departures-de-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 46,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74 62 46",
      "asWritten": "46"
    },
    {
      "id": "departures-de-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 4,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74 62 46 4",
      "asWritten": "4"
    },
    {
      "id": "departures-de-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 8,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74 62 46 4 8",
      "asWritten": "8"
    },
    {
      "id": "departures-de-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 9,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Germany",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany 74 62 46 4 8 9",
      "asWritten": "9"
    },
    {
      "id": "departures-ge-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 178,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178",
      "asWritten": "178"
    },
    {
      "id": "departures-ge-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 97,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178 97",
      "asWritten": "97"
    },
    {
      "id": "departures-ge-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 10,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178 97 10",
      "asWritten": "10"
    },
    {
      "id": "departures-ge-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 10,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178 97 10 10",
      "asWritten": "10"
    },
    {
      "id": "departures-ge-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 13,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178 97 10 10 13",
      "asWritten": "13"
    },
    {
      "id": "departures-ge-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Georgia",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 178 97 10 10 13 2",
      "asWritten": "2"
    },
    {
      "id": "departures-ir-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 3",
      "asWritten": "3"
    },
    {
      "id": "departures-ir-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 24,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 3 24",
      "asWritten": "24"
    },
    {
      "id": "departures-ir-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 3 24 3",
      "asWritten": "3"
    },
    {
      "id": "departures-ir-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 1,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 3 24 3 1",
      "asWritten": "1"
    },
    {
      "id": "departures-kz-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 204,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204",
      "asWritten": "204"
    },
    {
      "id": "departures-kz-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 174,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204 174",
      "asWritten": "174"
    },
    {
      "id": "departures-kz-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 149,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204 174 149",
      "asWritten": "149"
    },
    {
      "id": "departures-kz-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 153,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204 174 149 153",
      "asWritten": "153"
    },
    {
      "id": "departures-kz-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 201,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204 174 149 153 201",
      "asWritten": "201"
    },
    {
      "id": "departures-kz-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 260,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Kazakhstan",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 204 174 149 153 201 260",
      "asWritten": "260"
    },
    {
      "id": "departures-ru-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 11312,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312",
      "asWritten": "11312"
    },
    {
      "id": "departures-ru-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 8393,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312 8393",
      "asWritten": "8393"
    },
    {
      "id": "departures-ru-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3140,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312 8393 3140",
      "asWritten": "3140"
    },
    {
      "id": "departures-ru-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2160,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312 8393 3140 2160",
      "asWritten": "2160"
    },
    {
      "id": "departures-ru-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2028,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312 8393 3140 2160 2028",
      "asWritten": "2028"
    },
    {
      "id": "departures-ru-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 430,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Russian Federation",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 11312 8393 3140 2160 2028 430",
      "asWritten": "430"
    },
    {
      "id": "departures-tr-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3",
      "asWritten": "3"
    },
    {
      "id": "departures-tr-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 23,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3 23",
      "asWritten": "23"
    },
    {
      "id": "departures-tr-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 6,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3 23 6",
      "asWritten": "6"
    },
    {
      "id": "departures-tr-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 8,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3 23 6 8",
      "asWritten": "8"
    },
    {
      "id": "departures-tr-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 7,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3 23 6 8 7",
      "asWritten": "7"
    },
    {
      "id": "departures-tr-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 10,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Turkey",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 3 23 6 8 7 10",
      "asWritten": "10"
    },
    {
      "id": "departures-ua-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 860,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860",
      "asWritten": "860"
    },
    {
      "id": "departures-ua-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 513,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860 513",
      "asWritten": "513"
    },
    {
      "id": "departures-ua-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 181,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860 513 181",
      "asWritten": "181"
    },
    {
      "id": "departures-ua-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 162,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860 513 181 162",
      "asWritten": "162"
    },
    {
      "id": "departures-ua-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 97,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860 513 181 162 97",
      "asWritten": "97"
    },
    {
      "id": "departures-ua-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 42,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Ukraine",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 860 513 181 162 97 42",
      "asWritten": "42"
    },
    {
      "id": "departures-us-1995",
      "measure": "departures",
      "qualifier": "exact",
      "value": 570,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "1995",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570",
      "asWritten": "570"
    },
    {
      "id": "departures-us-2000",
      "measure": "departures",
      "qualifier": "exact",
      "value": 103,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "2000",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570 103",
      "asWritten": "103"
    },
    {
      "id": "departures-us-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 18,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "2003",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570 103 18",
      "asWritten": "18"
    },
    {
      "id": "departures-us-2006",
      "measure": "departures",
      "qualifier": "exact",
      "value": 10,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "2006",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570 103 18 10",
      "asWritten": "10"
    },
    {
      "id": "departures-us-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 21,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "2008",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570 103 18 10 21",
      "asWritten": "21"
    },
    {
      "id": "departures-us-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 6,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "USA",
        "column": "2010",
        "footnote": 7
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA 570 103 18 10 21 6",
      "asWritten": "6"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "departures-total-1995-by-country",
      "description": "Table 2, 1995: Total = the countries listed + the other countries the table does not list",
      "total": "departures-total-1995",
      "parts": [
        "departures-de-1995",
        "departures-ge-1995",
        "departures-ir-1995",
        "departures-kz-1995",
        "departures-ru-1995",
        "departures-tr-1995",
        "departures-ua-1995",
        "departures-us-1995"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 2829
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "departures-total-2000-by-country",
      "description": "Table 2, 2000: Total = the countries listed + the other countries the table does not list",
      "total": "departures-total-2000",
      "parts": [
        "departures-de-2000",
        "departures-ge-2000",
        "departures-ir-2000",
        "departures-kz-2000",
        "departures-ru-2000",
        "departures-tr-2000",
        "departures-ua-2000",
        "departures-us-2000"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 558
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "departures-total-2003-by-country",
      "description": "Table 2, 2003: Total = the countries listed + the other countries the table does not list",
      "total": "departures-total-2003",
      "parts": [
        "departures-de-2003",
        "departures-ge-2003",
        "departures-ir-2003",
        "departures-kz-2003",
        "departures-ru-2003",
        "departures-tr-2003",
        "departures-ua-2003",
        "departures-us-2003"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 201
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "departures-total-2006-by-country",
      "description": "Table 2, 2006: Total = the countries listed + the other countries the table does not list",
      "total": "departures-total-2006",
      "parts": [
        "departures-de-2006",
        "departures-ge-2006",
        "departures-ir-2006",
        "departures-kz-2006",
        "departures-ru-2006",
        "departures-tr-2006",
        "departures-ua-2006",
        "departures-us-2006"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 136
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "departures-total-2008-by-country",
      "description": "Table 2, 2008: Total = the countries listed + the other countries the table does not list (Iran: \"-\" in the table, not counted)",
      "total": "departures-total-2008",
      "parts": [
        "departures-de-2008",
        "departures-ge-2008",
        "departures-kz-2008",
        "departures-ru-2008",
        "departures-tr-2008",
        "departures-ua-2008",
        "departures-us-2008"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 155
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "departures-total-2010-by-country",
      "description": "Table 2, 2010: Total = the countries listed + the other countries the table does not list (Iran: \"-\" in the table, not counted)",
      "total": "departures-total-2010",
      "parts": [
        "departures-de-2010",
        "departures-ge-2010",
        "departures-kz-2010",
        "departures-ru-2010",
        "departures-tr-2010",
        "departures-ua-2010",
        "departures-us-2010"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 40
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [
    {
      "measure": "departures",
      "period": "2008",
      "dimensions": {
        "country": "IR"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "2008",
        "footnote": 7
      },
      "asWritten": "-"
    },
    {
      "measure": "departures",
      "period": "2010",
      "dimensions": {
        "country": "IR"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 2. Departure from Azerbaijan for permanent residence (persons)",
        "row": "Iran",
        "column": "2010",
        "footnote": 7
      },
      "asWritten": "-"
    }
  ],
  "notes": [
    "Table 2 shows only the years 1995, 2000, 2003, 2006, 2008 and 2010.",
    "Table 2 writes \"-\" for Iran in 2008 and 2010; these cells are gaps, not zeros.",
    "The countries listed do not add up to the total: the rest of each year is stated as \"Other countries (not listed in the table)\" in the sum relations.",
    "The totals for 2003, 2008 and 2010 (3754, 2530 and 799 persons) agree with the departures of Table 1 (3.8, 2.5 and 0.8 thousand persons; dataset international-migration)."
  ]
});
