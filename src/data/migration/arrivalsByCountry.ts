import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateStatisticsCommittee } from '../../sources/stateStatisticsCommittee.js';

/**
 * Arrivals to Azerbaijan for permanent residence by country of origin, 1995–2010 (persons): every
 * cell of Table 3 of the migration report (`003_d94e756ed0cfba1e.txt`), which cites the State
 * Statistical Committee. Cells written `-` are gaps.
 *
 * @example
 * ```ts
 * import { arrivalsByCountry } from 'azerbaijan-data/migration';
 * arrivalsByCountry.observations.find((o) => o.id === 'arrivals-ru-2010')?.quote;
 * //=> 'Russian Federation 2968 2710 1656 1394 2204 1706'
 * ```
 */
export const arrivalsByCountry: Dataset<'arrivals-by-country'> = /* @__PURE__ */ deepFreeze({
  "id": "arrivals-by-country",
  "title": "Arrivals for permanent residence by country, 1995–2010",
  "description": "People who arrived in Azerbaijan from abroad to obtain permanent residence, in persons, in total and for eight countries of origin (Germany, Georgia, Iran, Kazakhstan, the Russian Federation, Turkey, Ukraine and the United States), for 1995, 2000, 2003, 2006, 2008 and 2010. According to the report, the figures include Azerbaijanis who had left the country and returned. The report attributes Table 3 to the State Statistical Committee of the Republic of Azerbaijan.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "72b6a7a6192ec317d9e866bd32639d166d44cf41da763ec5e73d44a62808a0b2",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "arrivals",
      "label": "Arrivals for permanent residence"
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
      "id": "arrivals-total-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 6222,
      "unit": "persons",
      "period": "1995",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222",
      "asWritten": "6222"
    },
    {
      "id": "arrivals-total-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 4361,
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222 4361",
      "asWritten": "4361"
    },
    {
      "id": "arrivals-total-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2500,
      "unit": "persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222 4361 2500",
      "asWritten": "2500"
    },
    {
      "id": "arrivals-total-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2232,
      "unit": "persons",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222 4361 2500 2232",
      "asWritten": "2232"
    },
    {
      "id": "arrivals-total-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 3957,
      "unit": "persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222 4361 2500 2232 3957",
      "asWritten": "3957"
    },
    {
      "id": "arrivals-total-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2228,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Total",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Total 6222 4361 2500 2232 3957 2228",
      "asWritten": "2228"
    },
    {
      "id": "arrivals-de-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany - 2",
      "asWritten": "2"
    },
    {
      "id": "arrivals-de-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany - 2 1",
      "asWritten": "1"
    },
    {
      "id": "arrivals-de-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 7,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany - 2 1 - 7",
      "asWritten": "7"
    },
    {
      "id": "arrivals-de-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Germany - 2 1 - 7 3",
      "asWritten": "3"
    },
    {
      "id": "arrivals-ge-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 942,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942",
      "asWritten": "942"
    },
    {
      "id": "arrivals-ge-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 307,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942 307",
      "asWritten": "307"
    },
    {
      "id": "arrivals-ge-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 204,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942 307 204",
      "asWritten": "204"
    },
    {
      "id": "arrivals-ge-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 238,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942 307 204 238",
      "asWritten": "238"
    },
    {
      "id": "arrivals-ge-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 403,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942 307 204 238 403",
      "asWritten": "403"
    },
    {
      "id": "arrivals-ge-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 35,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Georgia",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Georgia 942 307 204 238 403 35",
      "asWritten": "35"
    },
    {
      "id": "arrivals-ir-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 31,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31",
      "asWritten": "31"
    },
    {
      "id": "arrivals-ir-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 44,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31 44",
      "asWritten": "44"
    },
    {
      "id": "arrivals-ir-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 12,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31 44 12",
      "asWritten": "12"
    },
    {
      "id": "arrivals-ir-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 4,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31 44 12 4",
      "asWritten": "4"
    },
    {
      "id": "arrivals-ir-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 32,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31 44 12 4 32",
      "asWritten": "32"
    },
    {
      "id": "arrivals-ir-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 5,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Iran",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Iran 31 44 12 4 32 5",
      "asWritten": "5"
    },
    {
      "id": "arrivals-kz-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 341,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341",
      "asWritten": "341"
    },
    {
      "id": "arrivals-kz-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 150,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341 150",
      "asWritten": "150"
    },
    {
      "id": "arrivals-kz-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 96,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341 150 96",
      "asWritten": "96"
    },
    {
      "id": "arrivals-kz-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 94,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341 150 96 94",
      "asWritten": "94"
    },
    {
      "id": "arrivals-kz-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 196,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341 150 96 94 196",
      "asWritten": "196"
    },
    {
      "id": "arrivals-kz-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 177,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Kazakhstan",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Kazakhstan 341 150 96 94 196 177",
      "asWritten": "177"
    },
    {
      "id": "arrivals-ru-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2968,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968",
      "asWritten": "2968"
    },
    {
      "id": "arrivals-ru-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2710,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968 2710",
      "asWritten": "2710"
    },
    {
      "id": "arrivals-ru-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1656,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968 2710 1656",
      "asWritten": "1656"
    },
    {
      "id": "arrivals-ru-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1394,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968 2710 1656 1394",
      "asWritten": "1394"
    },
    {
      "id": "arrivals-ru-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2204,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968 2710 1656 1394 2204",
      "asWritten": "2204"
    },
    {
      "id": "arrivals-ru-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1706,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Russian Federation",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Russian Federation 2968 2710 1656 1394 2204 1706",
      "asWritten": "1706"
    },
    {
      "id": "arrivals-tr-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 23,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23",
      "asWritten": "23"
    },
    {
      "id": "arrivals-tr-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 17,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23 17",
      "asWritten": "17"
    },
    {
      "id": "arrivals-tr-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 13,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23 17 13",
      "asWritten": "13"
    },
    {
      "id": "arrivals-tr-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 7,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23 17 13 7",
      "asWritten": "7"
    },
    {
      "id": "arrivals-tr-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 267,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23 17 13 7 267",
      "asWritten": "267"
    },
    {
      "id": "arrivals-tr-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 4,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Turkey",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Turkey 23 17 13 7 267 4",
      "asWritten": "4"
    },
    {
      "id": "arrivals-ua-1995",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 367,
      "unit": "persons",
      "period": "1995",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "1995",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367",
      "asWritten": "367"
    },
    {
      "id": "arrivals-ua-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 291,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367 291",
      "asWritten": "291"
    },
    {
      "id": "arrivals-ua-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 165,
      "unit": "persons",
      "period": "2003",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "2003",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367 291 165",
      "asWritten": "165"
    },
    {
      "id": "arrivals-ua-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 127,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367 291 165 127",
      "asWritten": "127"
    },
    {
      "id": "arrivals-ua-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 174,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367 291 165 127 174",
      "asWritten": "174"
    },
    {
      "id": "arrivals-ua-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 97,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Ukraine",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "Ukraine 367 291 165 127 174 97",
      "asWritten": "97"
    },
    {
      "id": "arrivals-us-2000",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 5,
      "unit": "persons",
      "period": "2000",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "2000",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA - 5",
      "asWritten": "5"
    },
    {
      "id": "arrivals-us-2006",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "2006",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA - 5 - 1",
      "asWritten": "1"
    },
    {
      "id": "arrivals-us-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 4,
      "unit": "persons",
      "period": "2008",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "2008",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA - 5 - 1 4",
      "asWritten": "4"
    },
    {
      "id": "arrivals-us-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "2010",
        "footnote": 9
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "USA - 5 - 1 4 3",
      "asWritten": "3"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "arrivals-total-1995-by-country",
      "description": "Table 3, 1995: Total = the countries listed + the other countries the table does not list (Germany, USA: \"-\" in the table, not counted)",
      "total": "arrivals-total-1995",
      "parts": [
        "arrivals-ge-1995",
        "arrivals-ir-1995",
        "arrivals-kz-1995",
        "arrivals-ru-1995",
        "arrivals-tr-1995",
        "arrivals-ua-1995"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 1550
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "arrivals-total-2000-by-country",
      "description": "Table 3, 2000: Total = the countries listed + the other countries the table does not list",
      "total": "arrivals-total-2000",
      "parts": [
        "arrivals-de-2000",
        "arrivals-ge-2000",
        "arrivals-ir-2000",
        "arrivals-kz-2000",
        "arrivals-ru-2000",
        "arrivals-tr-2000",
        "arrivals-ua-2000",
        "arrivals-us-2000"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 835
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "arrivals-total-2003-by-country",
      "description": "Table 3, 2003: Total = the countries listed + the other countries the table does not list (USA: \"-\" in the table, not counted)",
      "total": "arrivals-total-2003",
      "parts": [
        "arrivals-de-2003",
        "arrivals-ge-2003",
        "arrivals-ir-2003",
        "arrivals-kz-2003",
        "arrivals-ru-2003",
        "arrivals-tr-2003",
        "arrivals-ua-2003"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 353
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "arrivals-total-2006-by-country",
      "description": "Table 3, 2006: Total = the countries listed + the other countries the table does not list (Germany: \"-\" in the table, not counted)",
      "total": "arrivals-total-2006",
      "parts": [
        "arrivals-ge-2006",
        "arrivals-ir-2006",
        "arrivals-kz-2006",
        "arrivals-ru-2006",
        "arrivals-tr-2006",
        "arrivals-ua-2006",
        "arrivals-us-2006"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 367
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "arrivals-total-2008-by-country",
      "description": "Table 3, 2008: Total = the countries listed + the other countries the table does not list",
      "total": "arrivals-total-2008",
      "parts": [
        "arrivals-de-2008",
        "arrivals-ge-2008",
        "arrivals-ir-2008",
        "arrivals-kz-2008",
        "arrivals-ru-2008",
        "arrivals-tr-2008",
        "arrivals-ua-2008",
        "arrivals-us-2008"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 670
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "arrivals-total-2010-by-country",
      "description": "Table 3, 2010: Total = the countries listed + the other countries the table does not list",
      "total": "arrivals-total-2010",
      "parts": [
        "arrivals-de-2010",
        "arrivals-ge-2010",
        "arrivals-ir-2010",
        "arrivals-kz-2010",
        "arrivals-ru-2010",
        "arrivals-tr-2010",
        "arrivals-ua-2010",
        "arrivals-us-2010"
      ],
      "remainder": {
        "label": "Other countries (not listed in the table)",
        "value": 198
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [
    {
      "measure": "arrivals",
      "period": "1995",
      "dimensions": {
        "country": "DE"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "1995",
        "footnote": 9
      },
      "asWritten": "-"
    },
    {
      "measure": "arrivals",
      "period": "2006",
      "dimensions": {
        "country": "DE"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "Germany",
        "column": "2006",
        "footnote": 9
      },
      "asWritten": "-"
    },
    {
      "measure": "arrivals",
      "period": "1995",
      "dimensions": {
        "country": "US"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "1995",
        "footnote": 9
      },
      "asWritten": "-"
    },
    {
      "measure": "arrivals",
      "period": "2003",
      "dimensions": {
        "country": "US"
      },
      "locator": {
        "section": "Legal migration",
        "table": "Table 3. Arrival from foreign countries for permanent residence (in persons)",
        "row": "USA",
        "column": "2003",
        "footnote": 9
      },
      "asWritten": "-"
    }
  ],
  "notes": [
    "Table 3 shows only the years 1995, 2000, 2003, 2006, 2008 and 2010.",
    "Table 3 writes \"-\" for Germany in 1995 and 2006 and for the United States in 1995 and 2003; these cells are gaps, not zeros.",
    "The countries listed do not add up to the total: the rest of each year is stated as \"Other countries (not listed in the table)\" in the sum relations.",
    "The total for 2008 (3957 persons) does not agree with the arrivals for 2008 in Table 1 of the same report (3.6 thousand persons; dataset international-migration); the totals for 2003 and 2010 (2500 and 2228 persons) agree with Table 1 (2.5 and 2.2 thousand persons)."
  ]
});
