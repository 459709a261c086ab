import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { worldBankFactbook2011 } from '../../sources/worldBankFactbook2011.js';

/**
 * Stocks of emigrants and immigrants of Azerbaijan in 2010 and skilled emigration in 2000: stocks
 * (thousand persons), shares (percent) and the ranked top destination and source countries, from the
 * "General statistics on migration in Azerbaijan" of the migration report (`003_d94e756ed0cfba1e.txt`),
 * which cites the World Bank's Migration and Remittances Factbook 2011.
 *
 * @example
 * ```ts
 * import { migrationStocks2010 } from 'azerbaijan-data/migration';
 * migrationStocks2010.observations.find((o) => o.id === 'emigrant-stock-2010')?.asWritten;
 * //=> '1,432.6'
 * ```
 */
export const migrationStocks2010: Dataset<'migration-stocks-2010'> = /* @__PURE__ */ deepFreeze({
  "id": "migration-stocks-2010",
  "title": "Emigrant and immigrant stocks 2010 and skilled emigration 2000",
  "description": "Stock of emigrants from Azerbaijan in 2010 (1,432.6 thousand persons, 16.0 percent of the population) with its top destination countries in the order listed, stock of immigrants in 2010 (263.9 thousand persons, 3.0 percent of the population; 57.1 percent female, 0.9 percent refugees) with its top source countries, and skilled emigration in 2000 (emigration rate of the tertiary-educated population; emigrated physicians as a count and as a percentage of physicians trained in the country). The migration report attributes the figures to the World Bank's Migration and Remittances Factbook 2011, 2nd edition.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "dc6f401c144096ba24c3fe8ae3ceb0cf3cec748ee24f3eab6db2f50424ff434d",
  "units": [
    "thousand-persons",
    "percent",
    "persons",
    "rank"
  ],
  "measures": [
    {
      "id": "emigrant-stock",
      "label": "Stock of emigrants"
    },
    {
      "id": "emigrant-stock-share",
      "label": "Stock of emigrants as percentage of population"
    },
    {
      "id": "top-emigration-destination",
      "label": "Top destination countries of emigrants",
      "description": "Position of the country in the list of top destination countries, in the order the report gives."
    },
    {
      "id": "tertiary-emigration-rate",
      "label": "Emigration rate of tertiary-educated population"
    },
    {
      "id": "physician-emigrants",
      "label": "Emigration of physicians"
    },
    {
      "id": "physician-emigration-rate",
      "label": "Emigrated physicians as percentage of physicians trained in the country"
    },
    {
      "id": "immigrant-stock",
      "label": "Stock of immigrants"
    },
    {
      "id": "immigrant-stock-share",
      "label": "Stock of immigrants as percentage of population"
    },
    {
      "id": "immigrant-female-share",
      "label": "Females as percentage of immigrants"
    },
    {
      "id": "immigrant-refugee-share",
      "label": "Refugees as percentage of immigrants"
    },
    {
      "id": "top-immigration-source",
      "label": "Top source countries of immigrants",
      "description": "Position of the country in the list of top source countries, in the order the report gives."
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "RU",
          "label": "Russian Federation"
        },
        {
          "code": "AM",
          "label": "Armenia"
        },
        {
          "code": "UA",
          "label": "Ukraine"
        },
        {
          "code": "KZ",
          "label": "Kazakhstan"
        },
        {
          "code": "IL",
          "label": "Israel"
        },
        {
          "code": "DE",
          "label": "Germany"
        },
        {
          "code": "TR",
          "label": "Turkey"
        },
        {
          "code": "US",
          "label": "United States"
        },
        {
          "code": "TM",
          "label": "Turkmenistan"
        },
        {
          "code": "GE",
          "label": "Georgia"
        }
      ]
    }
  ],
  "sources": [migrationReport, worldBankFactbook2011],
  "observations": [
    {
      "id": "emigrant-stock-2010",
      "measure": "emigrant-stock",
      "qualifier": "exact",
      "value": 1432.6,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Stock of emigrants: 1,432.6 thousands",
      "asWritten": "1,432.6"
    },
    {
      "id": "emigrant-stock-share-2010",
      "measure": "emigrant-stock-share",
      "qualifier": "exact",
      "value": 16.0,
      "unit": "percent",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Stock of emigrants as percentage of population: 16.0%",
      "asWritten": "16.0"
    },
    {
      "id": "top-emigration-destination-ru-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 1,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Russian Federation"
    },
    {
      "id": "top-emigration-destination-am-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 2,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "AM"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Armenia"
    },
    {
      "id": "top-emigration-destination-ua-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 3,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Ukraine"
    },
    {
      "id": "top-emigration-destination-kz-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 4,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "KZ"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Kazakhstan"
    },
    {
      "id": "top-emigration-destination-il-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 5,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "IL"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Israel"
    },
    {
      "id": "top-emigration-destination-de-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 6,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "DE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Germany"
    },
    {
      "id": "top-emigration-destination-tr-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 7,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "TR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Turkey"
    },
    {
      "id": "top-emigration-destination-us-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 8,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "US"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "United States"
    },
    {
      "id": "top-emigration-destination-tm-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 9,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "TM"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Turkmenistan"
    },
    {
      "id": "top-emigration-destination-ge-2010",
      "measure": "top-emigration-destination",
      "qualifier": "exact",
      "value": 10,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top destination countries: the Russian Federation, Armenia, Ukraine, Kazakhstan, Israel, Germany, Turkey, the United States, Turkmenistan, Georgia",
      "asWritten": "Georgia"
    },
    {
      "id": "tertiary-emigration-rate-2000",
      "measure": "tertiary-emigration-rate",
      "qualifier": "exact",
      "value": 2.0,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Emigration rate of tertiary-educated population: 2.0%",
      "asWritten": "2.0"
    },
    {
      "id": "physician-emigrants-2000",
      "measure": "physician-emigrants",
      "qualifier": "exact",
      "value": 86,
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Emigration of physicians: 86 or 0.3% of physicians trained in the country",
      "asWritten": "86"
    },
    {
      "id": "physician-emigration-rate-2000",
      "measure": "physician-emigration-rate",
      "qualifier": "exact",
      "value": 0.3,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Emigration of physicians: 86 or 0.3% of physicians trained in the country",
      "asWritten": "0.3"
    },
    {
      "id": "immigrant-stock-2010",
      "measure": "immigrant-stock",
      "qualifier": "exact",
      "value": 263.9,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Stock of immigrants: 263.9 thousands",
      "asWritten": "263.9"
    },
    {
      "id": "immigrant-stock-share-2010",
      "measure": "immigrant-stock-share",
      "qualifier": "exact",
      "value": 3.0,
      "unit": "percent",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Stock of immigrants as percentage of population: 3.0%",
      "asWritten": "3.0"
    },
    {
      "id": "immigrant-female-share-2010",
      "measure": "immigrant-female-share",
      "qualifier": "exact",
      "value": 57.1,
      "unit": "percent",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Females as percentage of immigrants: 57.1%",
      "asWritten": "57.1"
    },
    {
      "id": "immigrant-refugee-share-2010",
      "measure": "immigrant-refugee-share",
      "qualifier": "exact",
      "value": 0.9,
      "unit": "percent",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Refugees as percentage of immigrants: 0.9%",
      "asWritten": "0.9"
    },
    {
      "id": "top-immigration-source-ru-2010",
      "measure": "top-immigration-source",
      "qualifier": "exact",
      "value": 1,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top source countries: the Russian Federation, Armenia, Ukraine, Georgia",
      "asWritten": "Russian Federation"
    },
    {
      "id": "top-immigration-source-am-2010",
      "measure": "top-immigration-source",
      "qualifier": "exact",
      "value": 2,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "AM"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top source countries: the Russian Federation, Armenia, Ukraine, Georgia",
      "asWritten": "Armenia"
    },
    {
      "id": "top-immigration-source-ua-2010",
      "measure": "top-immigration-source",
      "qualifier": "exact",
      "value": 3,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "UA"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top source countries: the Russian Federation, Armenia, Ukraine, Georgia",
      "asWritten": "Ukraine"
    },
    {
      "id": "top-immigration-source-ge-2010",
      "measure": "top-immigration-source",
      "qualifier": "exact",
      "value": 4,
      "unit": "rank",
      "period": "2010",
      "dimensions": {
        "country": "GE"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "General statistics on migration in Azerbaijan",
        "footnote": 1
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition",
      "quote": "Top source countries: the Russian Federation, Armenia, Ukraine, Georgia",
      "asWritten": "Georgia"
    },
    {
      "id": "tertiary-emigration-rate-2000-legal-migration",
      "measure": "tertiary-emigration-rate",
      "qualifier": "exact",
      "value": 2.0,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Legal migration",
        "footnote": 4
      },
      "citation": "World Bank’s Migration and Remittances Fact book 2011, 2nd edition, p.6",
      "quote": "the World Bank puts the emigration rate of tertiary educated at 2.0 per cent only",
      "asWritten": "2.0",
      "note": "This sentence states no year; the period 2000 is that of the same World Bank rate in the section \"General statistics on migration in Azerbaijan\" (\"Skilled emigration, 2000\")."
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The report states the tertiary emigration rate of 2.0 percent twice: in the general statistics (Skilled emigration, 2000) and in the section \"Legal migration\" (footnote 4, p.6 of the Factbook). Both statements are kept, with the same measure.",
    "Ranks give the order in which the report lists the top destination and source countries; the report gives no figure per country.",
    "The report gives the physicians trained in the country and the total population only as the bases of its percentages, without figures of their own."
  ]
});
