import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateStatisticsCommittee } from '../../sources/stateStatisticsCommittee.js';

/**
 * International migration for permanent residence, 1990–2010 (thousand persons): arrivals,
 * departures and net migration, of which urban and rural places. Every cell of Table 1 of the
 * migration report (`003_d94e756ed0cfba1e.txt`), which cites the State Statistical Committee.
 *
 * @example
 * ```ts
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * internationalMigration.observations.find((o) => o.id === 'net-migration-2010')?.quote;
 * //=> '2010 2.2 0.8 1.4'
 * ```
 */
export const internationalMigration: Dataset<'international-migration'> = /* @__PURE__ */ deepFreeze({
  "id": "international-migration",
  "title": "International migration for permanent residence, 1990–2010",
  "description": "Arrivals to and departures from Azerbaijan for permanent residence, and net migration split into urban and rural places, in thousands of persons, for the years that Table 1 of the 2011–2012 country report on migration shows (1990, 1991, 1996, 1997, 2002, 2003 and 2007–2010). The report attributes the figures to the State Statistical Committee of the Republic of Azerbaijan. Net migration turns positive from 2008 on.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "ac6632c6eae27e8e18c3421513efe2212b79de09585c6fd113571475c955423d",
  "units": [
    "thousand-persons"
  ],
  "measures": [
    {
      "id": "arrivals",
      "label": "Arrivals for permanent residence"
    },
    {
      "id": "departures",
      "label": "Departures for permanent residence"
    },
    {
      "id": "net-migration",
      "label": "Net migration",
      "description": "Arrivals minus departures."
    },
    {
      "id": "net-migration-urban",
      "label": "Net migration, urban places"
    },
    {
      "id": "net-migration-rural",
      "label": "Net migration, rural places"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, stateStatisticsCommittee],
  "observations": [
    {
      "id": "arrivals-1990",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 84.3,
      "unit": "thousand-persons",
      "period": "1990",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1990",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1990 84.3",
      "asWritten": "84.3"
    },
    {
      "id": "departures-1990",
      "measure": "departures",
      "qualifier": "exact",
      "value": 137.9,
      "unit": "thousand-persons",
      "period": "1990",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1990",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1990 84.3 137.9",
      "asWritten": "137.9"
    },
    {
      "id": "net-migration-1990",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -53.6,
      "unit": "thousand-persons",
      "period": "1990",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1990",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1990 84.3 137.9 -53.6",
      "asWritten": "-53.6"
    },
    {
      "id": "net-migration-urban-1990",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -52.7,
      "unit": "thousand-persons",
      "period": "1990",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1990",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1990 84.3 137.9 -53.6 -52.7",
      "asWritten": "-52.7"
    },
    {
      "id": "net-migration-rural-1990",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": -0.9,
      "unit": "thousand-persons",
      "period": "1990",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1990",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1990 84.3 137.9 -53.6 -52.7 -0.9",
      "asWritten": "-0.9"
    },
    {
      "id": "arrivals-1991",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 66.3,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1991",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1991 66.3",
      "asWritten": "66.3"
    },
    {
      "id": "departures-1991",
      "measure": "departures",
      "qualifier": "exact",
      "value": 106.4,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1991",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1991 66.3 106.4",
      "asWritten": "106.4"
    },
    {
      "id": "net-migration-1991",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -40.1,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1991",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1991 66.3 106.4 -40.1",
      "asWritten": "-40.1"
    },
    {
      "id": "net-migration-urban-1991",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -39.4,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1991",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1991 66.3 106.4 -40.1 -39.4",
      "asWritten": "-39.4"
    },
    {
      "id": "net-migration-rural-1991",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": -0.7,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1991",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1991 66.3 106.4 -40.1 -39.4 -0.7",
      "asWritten": "-0.7"
    },
    {
      "id": "arrivals-1996",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 5.8,
      "unit": "thousand-persons",
      "period": "1996",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1996",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1996 5.8",
      "asWritten": "5.8"
    },
    {
      "id": "departures-1996",
      "measure": "departures",
      "qualifier": "exact",
      "value": 13.2,
      "unit": "thousand-persons",
      "period": "1996",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1996",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1996 5.8 13.2",
      "asWritten": "13.2"
    },
    {
      "id": "net-migration-1996",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -7.4,
      "unit": "thousand-persons",
      "period": "1996",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1996",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1996 5.8 13.2 -7.4",
      "asWritten": "-7.4"
    },
    {
      "id": "net-migration-urban-1996",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -7.2,
      "unit": "thousand-persons",
      "period": "1996",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1996",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1996 5.8 13.2 -7.4 -7.2",
      "asWritten": "-7.2"
    },
    {
      "id": "net-migration-rural-1996",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": -0.2,
      "unit": "thousand-persons",
      "period": "1996",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1996",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1996 5.8 13.2 -7.4 -7.2 -0.2",
      "asWritten": "-0.2"
    },
    {
      "id": "arrivals-1997",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 7.5,
      "unit": "thousand-persons",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1997",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1997 7.5",
      "asWritten": "7.5"
    },
    {
      "id": "departures-1997",
      "measure": "departures",
      "qualifier": "exact",
      "value": 15.7,
      "unit": "thousand-persons",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1997",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1997 7.5 15.7",
      "asWritten": "15.7"
    },
    {
      "id": "net-migration-1997",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -8.2,
      "unit": "thousand-persons",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1997",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1997 7.5 15.7 -8.2",
      "asWritten": "-8.2"
    },
    {
      "id": "net-migration-urban-1997",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -8.1,
      "unit": "thousand-persons",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1997",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1997 7.5 15.7 -8.2 -8.1",
      "asWritten": "-8.1"
    },
    {
      "id": "net-migration-rural-1997",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": -0.1,
      "unit": "thousand-persons",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "1997",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "1997 7.5 15.7 -8.2 -8.1 -0.1",
      "asWritten": "-0.1"
    },
    {
      "id": "arrivals-2002",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 1.2,
      "unit": "thousand-persons",
      "period": "2002",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2002",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2002 1.2",
      "asWritten": "1.2"
    },
    {
      "id": "departures-2002",
      "measure": "departures",
      "qualifier": "exact",
      "value": 4.3,
      "unit": "thousand-persons",
      "period": "2002",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2002",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2002 1.2 4.3",
      "asWritten": "4.3"
    },
    {
      "id": "net-migration-2002",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -3.1,
      "unit": "thousand-persons",
      "period": "2002",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2002",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2002 1.2 4.3 -3.1",
      "asWritten": "-3.1"
    },
    {
      "id": "net-migration-urban-2002",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -2,
      "unit": "thousand-persons",
      "period": "2002",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2002",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2002 1.2 4.3 -3.1 -2.0",
      "asWritten": "-2.0"
    },
    {
      "id": "net-migration-rural-2002",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": -1.1,
      "unit": "thousand-persons",
      "period": "2002",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2002",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2002 1.2 4.3 -3.1 -2.0 -1.1",
      "asWritten": "-1.1"
    },
    {
      "id": "arrivals-2003",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2.5,
      "unit": "thousand-persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2003",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2003 2.5",
      "asWritten": "2.5"
    },
    {
      "id": "departures-2003",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3.8,
      "unit": "thousand-persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2003",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2003 2.5 3.8",
      "asWritten": "3.8"
    },
    {
      "id": "net-migration-2003",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -1.3,
      "unit": "thousand-persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2003",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2003 2.5 3.8 -1.3",
      "asWritten": "-1.3"
    },
    {
      "id": "net-migration-urban-2003",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -1.6,
      "unit": "thousand-persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2003",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2003 2.5 3.8 -1.3 -1.6",
      "asWritten": "-1.6"
    },
    {
      "id": "net-migration-rural-2003",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": 0.3,
      "unit": "thousand-persons",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2003",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2003 2.5 3.8 -1.3 -1.6 0.3",
      "asWritten": "0.3"
    },
    {
      "id": "arrivals-2007",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2,
      "unit": "thousand-persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2007",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2007 2.0",
      "asWritten": "2.0"
    },
    {
      "id": "departures-2007",
      "measure": "departures",
      "qualifier": "exact",
      "value": 3.1,
      "unit": "thousand-persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2007",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2007 2.0 3.1",
      "asWritten": "3.1"
    },
    {
      "id": "net-migration-2007",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -1.1,
      "unit": "thousand-persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2007",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2007 2.0 3.1 -1.1",
      "asWritten": "-1.1"
    },
    {
      "id": "net-migration-urban-2007",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": -1.4,
      "unit": "thousand-persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2007",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2007 2.0 3.1 -1.1 -1.4",
      "asWritten": "-1.4"
    },
    {
      "id": "net-migration-rural-2007",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": 0.3,
      "unit": "thousand-persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2007",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2007 2.0 3.1 -1.1 -1.4 0.3",
      "asWritten": "0.3"
    },
    {
      "id": "arrivals-2008",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 3.6,
      "unit": "thousand-persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2008",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2008 3.6",
      "asWritten": "3.6"
    },
    {
      "id": "departures-2008",
      "measure": "departures",
      "qualifier": "exact",
      "value": 2.5,
      "unit": "thousand-persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2008",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2008 3.6 2.5",
      "asWritten": "2.5"
    },
    {
      "id": "net-migration-2008",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": 1.1,
      "unit": "thousand-persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2008",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2008 3.6 2.5 1.1",
      "asWritten": "1.1"
    },
    {
      "id": "net-migration-urban-2008",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": 0.5,
      "unit": "thousand-persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2008",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2008 3.6 2.5 1.1 0.5",
      "asWritten": "0.5"
    },
    {
      "id": "net-migration-rural-2008",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": 0.6,
      "unit": "thousand-persons",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2008",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2008 3.6 2.5 1.1 0.5 0.6",
      "asWritten": "0.6"
    },
    {
      "id": "arrivals-2009",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2.3,
      "unit": "thousand-persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2009",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2009 2.3",
      "asWritten": "2.3"
    },
    {
      "id": "departures-2009",
      "measure": "departures",
      "qualifier": "exact",
      "value": 1.4,
      "unit": "thousand-persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2009",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2009 2.3 1.4",
      "asWritten": "1.4"
    },
    {
      "id": "net-migration-2009",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": 0.9,
      "unit": "thousand-persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2009",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2009 2.3 1.4 0.9",
      "asWritten": "0.9"
    },
    {
      "id": "net-migration-urban-2009",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": 0.1,
      "unit": "thousand-persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2009",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2009 2.3 1.4 0.9 0.1",
      "asWritten": "0.1"
    },
    {
      "id": "net-migration-rural-2009",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": 0.8,
      "unit": "thousand-persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2009",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2009 2.3 1.4 0.9 0.1 0.8",
      "asWritten": "0.8"
    },
    {
      "id": "arrivals-2010",
      "measure": "arrivals",
      "qualifier": "exact",
      "value": 2.2,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2010",
        "column": "Arrivals to the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2010 2.2",
      "asWritten": "2.2"
    },
    {
      "id": "departures-2010",
      "measure": "departures",
      "qualifier": "exact",
      "value": 0.8,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2010",
        "column": "Departures from the country for permanent residence",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2010 2.2 0.8",
      "asWritten": "0.8"
    },
    {
      "id": "net-migration-2010",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": 1.4,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2010",
        "column": "Net migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2010 2.2 0.8 1.4",
      "asWritten": "1.4"
    },
    {
      "id": "net-migration-urban-2010",
      "measure": "net-migration-urban",
      "qualifier": "exact",
      "value": 1.2,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2010",
        "column": "Net migration, including: urban places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2010 2.2 0.8 1.4 1.2",
      "asWritten": "1.2"
    },
    {
      "id": "net-migration-rural-2010",
      "measure": "net-migration-rural",
      "qualifier": "exact",
      "value": 0.2,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "table": "Table 1. International migration (thousands persons)",
        "row": "2010",
        "column": "Net migration, including: rural places",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "2010 2.2 0.8 1.4 1.2 0.2",
      "asWritten": "0.2"
    }
  ],
  "relations": [
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-1990",
      "description": "Net migration 1990 = arrivals − departures",
      "result": "net-migration-1990",
      "minuend": "arrivals-1990",
      "subtrahend": "departures-1990",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-1990",
      "description": "Net migration 1990 = urban places + rural places",
      "total": "net-migration-1990",
      "parts": [
        "net-migration-urban-1990",
        "net-migration-rural-1990"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-1991",
      "description": "Net migration 1991 = arrivals − departures",
      "result": "net-migration-1991",
      "minuend": "arrivals-1991",
      "subtrahend": "departures-1991",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-1991",
      "description": "Net migration 1991 = urban places + rural places",
      "total": "net-migration-1991",
      "parts": [
        "net-migration-urban-1991",
        "net-migration-rural-1991"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-1996",
      "description": "Net migration 1996 = arrivals − departures",
      "result": "net-migration-1996",
      "minuend": "arrivals-1996",
      "subtrahend": "departures-1996",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-1996",
      "description": "Net migration 1996 = urban places + rural places",
      "total": "net-migration-1996",
      "parts": [
        "net-migration-urban-1996",
        "net-migration-rural-1996"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-1997",
      "description": "Net migration 1997 = arrivals − departures",
      "result": "net-migration-1997",
      "minuend": "arrivals-1997",
      "subtrahend": "departures-1997",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-1997",
      "description": "Net migration 1997 = urban places + rural places",
      "total": "net-migration-1997",
      "parts": [
        "net-migration-urban-1997",
        "net-migration-rural-1997"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2002",
      "description": "Net migration 2002 = arrivals − departures",
      "result": "net-migration-2002",
      "minuend": "arrivals-2002",
      "subtrahend": "departures-2002",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2002",
      "description": "Net migration 2002 = urban places + rural places",
      "total": "net-migration-2002",
      "parts": [
        "net-migration-urban-2002",
        "net-migration-rural-2002"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2003",
      "description": "Net migration 2003 = arrivals − departures",
      "result": "net-migration-2003",
      "minuend": "arrivals-2003",
      "subtrahend": "departures-2003",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2003",
      "description": "Net migration 2003 = urban places + rural places",
      "total": "net-migration-2003",
      "parts": [
        "net-migration-urban-2003",
        "net-migration-rural-2003"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2007",
      "description": "Net migration 2007 = arrivals − departures",
      "result": "net-migration-2007",
      "minuend": "arrivals-2007",
      "subtrahend": "departures-2007",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2007",
      "description": "Net migration 2007 = urban places + rural places",
      "total": "net-migration-2007",
      "parts": [
        "net-migration-urban-2007",
        "net-migration-rural-2007"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2008",
      "description": "Net migration 2008 = arrivals − departures",
      "result": "net-migration-2008",
      "minuend": "arrivals-2008",
      "subtrahend": "departures-2008",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2008",
      "description": "Net migration 2008 = urban places + rural places",
      "total": "net-migration-2008",
      "parts": [
        "net-migration-urban-2008",
        "net-migration-rural-2008"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2009",
      "description": "Net migration 2009 = arrivals − departures",
      "result": "net-migration-2009",
      "minuend": "arrivals-2009",
      "subtrahend": "departures-2009",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2009",
      "description": "Net migration 2009 = urban places + rural places",
      "total": "net-migration-2009",
      "parts": [
        "net-migration-urban-2009",
        "net-migration-rural-2009"
      ],
      "tolerance": 0.1
    },
    {
      "kind": "difference",
      "id": "net-is-arrivals-minus-departures-2010",
      "description": "Net migration 2010 = arrivals − departures",
      "result": "net-migration-2010",
      "minuend": "arrivals-2010",
      "subtrahend": "departures-2010",
      "tolerance": 0.1
    },
    {
      "kind": "sum",
      "id": "net-is-urban-plus-rural-2010",
      "description": "Net migration 2010 = urban places + rural places",
      "total": "net-migration-2010",
      "parts": [
        "net-migration-urban-2010",
        "net-migration-rural-2010"
      ],
      "tolerance": 0.1
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "Table 1 skips the years 1992–1995, 1998–2001 and 2004–2006; the dataset holds the years the table shows and invents none."
  ]
});
