import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { worldBankFactbook2011 } from '../../sources/worldBankFactbook2011.js';
import { adb2007 } from '../../sources/adb2007.js';

/**
 * What the migration report (`003_d94e756ed0cfba1e.txt`) states in its text on remittances to
 * Azerbaijan: inflows in 1997 and 2010 (World Bank), their use and channels (Asian Development Bank
 * study, 2007), and the year from which they are registered in the balance of payments.
 *
 * @example
 * ```ts
 * import { remittancesStatements } from 'azerbaijan-data/remittances';
 * remittancesStatements.observations.find((o) => o.id === 'inward-remittances-2010')?.unit;
 * //=> 'billion-usd'
 * ```
 */
export const remittancesStatements: Dataset<'remittances-statements'> = /* @__PURE__ */ deepFreeze({
  "id": "remittances-statements",
  "title": "Remittances to Azerbaijan: inflows, use and channels, as stated in the text of the country report on migration in Azerbaijan (late 2011 or 2012)",
  "description": "Total remittance inflows to Azerbaijan registered in the balance of payments in 1997 (38.2 million US$) and 2010 (1,5 billion dollars), citing the World Bank’s Migration and Remittances Factbook 2011; the 13 years over which the balance of remittance flows changed from negative to positive; the share of remittances sent to rural areas (around 60%); the shares used for basic household expenses (77 per cent) and business investment (less than half a per cent) and the share of transfers made through official channels (a third), according to a study of the Asian Development Bank of 2007; and the report’s own inference that the real amount of remittances would be threefold the World Bank figure. With the year from which remittance inflows are registered in the balance of payments (1995).",
  "topic": "remittances",
  "version": "1.0.0",
  "sha256": "4b70bca17e8ddf783a90264e1ae817f687dd0a5b5a352be0c0b6d80bb61e2121",
  "units": [
    "million-usd",
    "billion-usd",
    "years",
    "percent",
    "fraction",
    "ratio"
  ],
  "measures": [
    {
      "id": "inward-remittances",
      "label": "Inward remittance flows (total remittance inflows in the balance of payments)"
    },
    {
      "id": "remittance-balance-change-span",
      "label": "Span of years over which the balance of remittance flows changed from negative to positive"
    },
    {
      "id": "remittances-to-rural-areas-share",
      "label": "Share of remittances sent to rural areas"
    },
    {
      "id": "remittances-for-household-expenses-share",
      "label": "Share of remittances used for basic household expenses"
    },
    {
      "id": "remittances-for-business-investment-share",
      "label": "Share of remittances used for business investment"
    },
    {
      "id": "official-channel-transfers-share",
      "label": "Share of transfers made through official channels"
    },
    {
      "id": "real-to-reported-remittances-ratio",
      "label": "Real amount of remittances as a multiple of the World Bank figure"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, worldBankFactbook2011, adb2007],
  "observations": [
    {
      "id": "inward-remittances-1997",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 38.2,
      "unit": "million-usd",
      "period": "1997",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "footnote": 20
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.26",
      "quote": "total remittance inflows in BOP were equal to 38.2 million US$ in 1997",
      "asWritten": "38.2"
    },
    {
      "id": "inward-remittances-2010",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 1.5,
      "unit": "billion-usd",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "footnote": 20
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.26",
      "quote": "1,5 billion dollars in 2010",
      "asWritten": "1,5",
      "note": "The report writes \"1,5\" with a decimal comma, and the footnote mark 20 directly after \"2010\". Table 5 of the report gives the 2010 inward flows as 1,472 million US$ (dataset remittance-flows)."
    },
    {
      "id": "remittance-balance-change-span",
      "measure": "remittance-balance-change-span",
      "qualifier": "exact",
      "value": 13,
      "unit": "years",
      "period": "1997/2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Remittances"
      },
      "quote": "the balance of remittance flows during the last 13 years has changed from negative to positive",
      "asWritten": "13",
      "note": "The span over which, the report says, the balance of remittance flows changed from negative to positive. The report does not date the 13 years; the period 1997/2010 is that of the two figures of the sentence before."
    },
    {
      "id": "remittances-to-rural-areas-share",
      "measure": "remittances-to-rural-areas-share",
      "qualifier": "approximate",
      "value": 60,
      "wording": "around",
      "unit": "percent",
      "period": "2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Remittances"
      },
      "quote": "a majority (around 60%) of remittances are sent to rural areas in Azerbaijan",
      "asWritten": "60%",
      "note": "\"Studies show\": the report names no study and gives no date; the period 2011 is the time of writing."
    },
    {
      "id": "remittances-for-household-expenses-share",
      "measure": "remittances-for-household-expenses-share",
      "qualifier": "exact",
      "value": 77,
      "unit": "percent",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "adb-2007",
      "locator": {
        "section": "Remittances",
        "footnote": 22
      },
      "citation": "Vagif Rustamov, “A study on International Migrants’ Remittances in Central and South Caucasus – Country Report on Remittances if International Migrants and Poverty in Azerbaijan”, Asian Development Bank, October 2007",
      "quote": "77 per cent of remittances sent to Azerbaijan are used for basic household expenses",
      "asWritten": "77"
    },
    {
      "id": "remittances-for-business-investment-share",
      "measure": "remittances-for-business-investment-share",
      "qualifier": "atMost",
      "value": 0.5,
      "wording": "less than",
      "unit": "percent",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "adb-2007",
      "locator": {
        "section": "Remittances",
        "footnote": 22
      },
      "citation": "Vagif Rustamov, “A study on International Migrants’ Remittances in Central and South Caucasus – Country Report on Remittances if International Migrants and Poverty in Azerbaijan”, Asian Development Bank, October 2007",
      "quote": "less than half a per cent for business investment",
      "asWritten": "half",
      "note": "The report writes \"less than half a per cent\"; asWritten holds \"half\", the part of it that states the number (0.5), the unit being percent."
    },
    {
      "id": "official-channel-transfers-share",
      "measure": "official-channel-transfers-share",
      "qualifier": "exact",
      "value": 0.3333333333333333,
      "unit": "fraction",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "adb-2007",
      "locator": {
        "section": "Remittances",
        "footnote": 22
      },
      "citation": "Vagif Rustamov, “A study on International Migrants’ Remittances in Central and South Caucasus – Country Report on Remittances if International Migrants and Poverty in Azerbaijan”, Asian Development Bank, October 2007",
      "quote": "a third of the transfers are made through official channels",
      "asWritten": "a third",
      "note": "According to a survey of the Asian Development Bank study of 2007 (footnote 22, in the paragraph before)."
    },
    {
      "id": "real-to-reported-remittances-ratio",
      "measure": "real-to-reported-remittances-ratio",
      "qualifier": "exact",
      "value": 3,
      "unit": "ratio",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Remittances"
      },
      "quote": "the real amount of remittances arriving to Azerbaijan would be threefold compared with the figure presented by the World Bank",
      "asWritten": "three",
      "note": "The report’s own inference (\"If this proportion is true\"), from the third of transfers made through official channels. It writes \"threefold\"; asWritten holds \"three\", the part of the word that states the number. The report does not say which year’s World Bank figure it means; the period 2010 is that of the latest World Bank figure it gives."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "remittances-registered-in-bop",
      "label": "Remittance inflows registered in the balance of payments of Azerbaijan from this year on",
      "date": "1995",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Remittances"
      },
      "quote": "Remittance inflows have been registered in the balance of payments (BOP) of Azerbaijan since 1995",
      "asWritten": "1995"
    }
  ],
  "gaps": [],
  "notes": [
    "The two inflow figures keep the units the report writes them in: 38.2 million US$ (1997) and 1,5 billion dollars (2010); neither is rescaled.",
    "Footnote 20 (World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.26) stands after \"2010\" in the sentence with both inflow figures. Footnote 22 (Vagif Rustamov, Asian Development Bank, October 2007) stands after \"business investment\"; the next paragraph refers to \"the aforementioned study\" for the third of transfers through official channels.",
    "The \"threefold\" is the report’s own inference from the third of transfers through official channels (\"If this proportion is true\"), not a figure of the study.",
    "The report repeats \"the 77 per cent\" in the sentence after footnote 22; it is the same figure and is not repeated here."
  ]
});
