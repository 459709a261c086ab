import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { nrcCountryProgrammes } from '../../sources/nrcCountryProgrammes.js';

/**
 * Internally displaced persons and refugees in Azerbaijan, c. 2002, according to the Norwegian
 * Refugee Council (`000_4990b77928cc2036.txt`, undated; the date 2002 is inferred): 570 000
 * IDPs, 225 000 refugees, around half of the IDPs in urban areas, almost three thousand loans,
 * and the ceasefire of 1994.
 *
 * @example
 * ```ts
 * import { nrcDisplacement } from 'azerbaijan-data/displacement';
 * nrcDisplacement.observations.find((o) => o.id === 'idps')?.quote;
 * //=> 'There are currently 570 000 internally displaced persons'
 * ```
 */
export const nrcDisplacement: Dataset<'nrc-displacement'> = /* @__PURE__ */ deepFreeze({
  "id": "nrc-displacement",
  "title": "Internally displaced persons and refugees in Azerbaijan, c. 2002, according to the Norwegian Refugee Council",
  "description": "Figures of the Norwegian Refugee Council (NRC) country programme page on Azerbaijan, which is undated and read as written in 2002: 570 000 internally displaced persons and 225 000 refugees in Azerbaijan, around half of the internally displaced persons living in urban areas, almost three thousand people granted a loan by the NRC loan project, the years since the end of the war (eight) and of displacement (almost ten, stated twice), and the number of provinces around Nagorno-Karabakh that the NRC describes as occupied (six, stated twice), with the ceasefire of 1994 and the demand for independence of 1991 as dated events. The figures are the NRC's own: the page cites no other body.",
  "topic": "displacement",
  "version": "1.0.0",
  "sha256": "36d8290a5ca5e8758c0ec8a728d7056838303a67a2e1915a2504bb594f08b8d5",
  "units": [
    "persons",
    "fraction",
    "years",
    "count"
  ],
  "measures": [
    {
      "id": "idps",
      "label": "Internally displaced persons"
    },
    {
      "id": "refugees",
      "label": "Refugees"
    },
    {
      "id": "idps-urban-share",
      "label": "Share of internally displaced persons living in urban areas",
      "description": "A fraction from 0 to 1."
    },
    {
      "id": "years-since-war-end",
      "label": "Years since the end of the war between Azerbaijan and Armenia"
    },
    {
      "id": "displacement-duration",
      "label": "Years that internally displaced persons have spent in displacement",
      "description": "Stated twice by the NRC: as the years internally displaced persons have lived in miserable conditions, and as the years of overuse of the buildings that house them."
    },
    {
      "id": "loan-recipients",
      "label": "People granted a loan by the NRC loan project"
    },
    {
      "id": "occupied-surrounding-provinces",
      "label": "Provinces around Nagorno-Karabakh described by the NRC as occupied",
      "description": "A count of provinces, besides Nagorno-Karabakh itself."
    }
  ],
  "dimensions": [],
  "sources": [nrcCountryProgrammes],
  "observations": [
    {
      "id": "idps",
      "measure": "idps",
      "qualifier": "exact",
      "value": 570000,
      "unit": "persons",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "There are currently 570 000 internally displaced persons",
      "asWritten": "570 000",
      "note": "The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "refugees",
      "measure": "refugees",
      "qualifier": "exact",
      "value": 225000,
      "unit": "persons",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "internally displaced persons and 225 000 refugees in Azerbaijan",
      "asWritten": "225 000",
      "note": "The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "idps-urban-share",
      "measure": "idps-urban-share",
      "qualifier": "approximate",
      "value": 0.5,
      "unit": "fraction",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "Around half of the internally displaced persons live in urban areas",
      "asWritten": "half",
      "wording": "Around",
      "note": "The NRC adds that most of them live in the capital, Baku. The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "years-since-war-end",
      "measure": "years-since-war-end",
      "qualifier": "exact",
      "value": 8,
      "unit": "years",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "Eight years after the end of the bitter war between Azerbaijan and Armenia",
      "asWritten": "Eight",
      "note": "The number of years between the end of the war and the time of writing; the source document's date (2002) is inferred from it and the 1994 ceasefire."
    },
    {
      "id": "displacement-duration-living-conditions",
      "measure": "displacement-duration",
      "qualifier": "approximate",
      "value": 10,
      "unit": "years",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "Azerbaijan's many internally displaced persons have been living in miserable conditions for almost ten years",
      "asWritten": "ten",
      "wording": "almost",
      "note": "First of the two statements of \"almost ten years\" of displacement. The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "displacement-duration-building-overuse",
      "measure": "displacement-duration",
      "qualifier": "approximate",
      "value": 10,
      "unit": "years",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "After almost ten years of overuse, these buildings are in a poor state of repair",
      "asWritten": "ten",
      "wording": "almost",
      "note": "Second statement of \"almost ten years\": the years of overuse of the public buildings in which internally displaced persons live. The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "loan-recipients",
      "measure": "loan-recipients",
      "qualifier": "approximate",
      "value": 3000,
      "unit": "persons",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "So far, almost three thousand people have been granted a loan",
      "asWritten": "three thousand",
      "wording": "almost",
      "note": "People granted a loan by the NRC loan project for internally displaced persons and refugees, cumulative to the time of writing (\"So far\"). The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "occupied-surrounding-provinces-projects",
      "measure": "occupied-surrounding-provinces",
      "qualifier": "exact",
      "value": 6,
      "unit": "count",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "Nagorno Karabakh and the six surrounding provinces are still under occupation",
      "asWritten": "six",
      "note": "First of the two statements of the number. The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    },
    {
      "id": "occupied-surrounding-provinces-conflict",
      "measure": "occupied-surrounding-provinces",
      "qualifier": "exact",
      "value": 6,
      "unit": "count",
      "period": "2002",
      "dimensions": {},
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments - the conflict and the refugee situation"
      },
      "quote": "The Nagorno-Karabakh enclave and six surrounding provinces in Azerbaijan are still occupied",
      "asWritten": "six",
      "note": "Second statement of the number. The page is undated: the period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", counted from the 1994 ceasefire)."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "ceasefire-1994",
      "label": "Ceasefire in the region, in force since 1994 according to the NRC",
      "date": "1994",
      "dateBasis": "stated",
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments - the conflict and the refugee situation"
      },
      "quote": "There has been a ceasefire in the region since 1994",
      "asWritten": "1994"
    },
    {
      "id": "independence-demand-1991",
      "label": "Demand for independence by the Karabakh Armenians, which the NRC says led to war",
      "date": "1991",
      "dateBasis": "stated",
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments - the conflict and the refugee situation"
      },
      "quote": "the Karabakh Armenians' demand for independence in 1991 led to war",
      "asWritten": "1991"
    }
  ],
  "gaps": [],
  "notes": [
    "The page is undated. Every figure's period is 2002, the publication date inferred from the text (\"Eight years after the end of the bitter war\", read against the ceasefire \"since 1994\"); the NRC writes \"currently\" and \"So far\".",
    "The NRC also writes that the conflict led to \"many hundreds of thousands of people being forced to flee\", that \"Hundreds of thousands of people were forced to flee\" and that \"hundreds of thousands of people were displaced from Nagorno Karabakh and the surrounding areas\": vague quantities, kept here in words only, without a number.",
    "\"almost ten years\" is stated twice (the years internally displaced persons have lived in miserable conditions, and the years of overuse of their buildings): two observations of the same measure, each with its own quote.",
    "The number of provinces around Nagorno-Karabakh that the NRC describes as occupied (\"six\") is stated twice, once under each heading: two observations.",
    "The NRC also writes that \"often a family of five or six lives in a room intended for one person\": an illustration of living conditions, not a count, and not recorded as a figure."
  ]
});
