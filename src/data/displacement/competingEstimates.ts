import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';
import { icmpd2005 } from '../../sources/icmpd2005.js';
import { idmc } from '../../sources/idmc.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { mfaAzerbaijan } from '../../sources/mfaAzerbaijan.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { nrcCountryProgrammes } from '../../sources/nrcCountryProgrammes.js';
import { occupationInFigures } from '../../sources/occupationInFigures.js';
import { unhcr } from '../../sources/unhcr.js';
import { unmas } from '../../sources/unmas.js';
import { worldBankReport2011 } from '../../sources/worldBankReport2011.js';

/**
 * Competing estimates: every statement, in the five source documents, of a displacement figure
 * that more than one statement gives (IDPs, refugees, refugees and IDPs together, the occupied
 * share of the territory, the displaced share of the population, Meskhetian Turks, Azerbaijanis
 * from Armenia), side by side, each with its own document, attribution, date and wording. The
 * figures differ in date and definition; the library does not choose between them.
 *
 * @example
 * ```ts
 * import { competingEstimates } from 'azerbaijan-data/displacement';
 * competingEstimates.observations.filter((o) => o.measure === 'idps').map((o) => o.asWritten);
 * //=> ['570 000', '700,000', '579,000', '687,000']
 * ```
 */
export const competingEstimates: Dataset<'competing-estimates'> = /* @__PURE__ */ deepFreeze({
  "id": "competing-estimates",
  "title": "Competing estimates: the same displacement figures as different documents state them",
  "description": "Every statement, in the five source documents, of seven figures that more than one statement gives: internally displaced persons (IDPs) in Azerbaijan, refugees in Azerbaijan, refugees and IDPs together, the share of Azerbaijan's territory that the sources state to be occupied, the share of its population internally displaced, Meskhetian Turks who took refuge in Azerbaijan, and Azerbaijanis deported from Armenia. The statements come from the Norwegian Refugee Council's country page, the Landmine Monitor Report 2000, the country report on migration in Azerbaijan and The Occupation in Figures, a publication of the Government of Azerbaijan; each keeps its own document, the body that document attributes it to where it names one (UNMAS, UNHCR, the Ministry of Foreign Affairs or the Government of Azerbaijan, a World Bank report), its date and its wording. Figures are in persons or in percent. The statements differ in the date they refer to (from 1988–1992 to 2011–2012) and, for refugees and for refugees and IDPs together, in what they count; the library sets them side by side and does not choose between them.",
  "topic": "displacement",
  "version": "1.0.0",
  "sha256": "1134435544f20622a227658ffd926a8a35be0afe6e83d2aeb306691c993b09e3",
  "units": [
    "persons",
    "percent"
  ],
  "measures": [
    {
      "id": "idps",
      "label": "Internally displaced persons in Azerbaijan"
    },
    {
      "id": "refugees",
      "label": "Refugees in Azerbaijan"
    },
    {
      "id": "refugees-and-idps",
      "label": "Refugees and internally displaced persons in Azerbaijan, together",
      "description": "Counted under different definitions: see the definition dimension."
    },
    {
      "id": "occupied-territory-share",
      "label": "Share of Azerbaijan's territory that the source states to be occupied",
      "description": "In percent of the territory of Azerbaijan."
    },
    {
      "id": "displaced-population-share",
      "label": "Share of Azerbaijan's population internally displaced",
      "description": "In percent of the population of Azerbaijan."
    },
    {
      "id": "meskhetian-turks",
      "label": "Meskhetian Turks who came from Central Asia and took refuge in Azerbaijan"
    },
    {
      "id": "azerbaijanis-from-armenia",
      "label": "Azerbaijanis from Armenia who took refuge in Azerbaijan"
    }
  ],
  "dimensions": [
    {
      "id": "definition",
      "label": "What the figure counts, as the document words it",
      "values": [
        {
          "code": "refugees",
          "label": "Refugees in Azerbaijan (the document gives no definition)"
        },
        {
          "code": "refugee-population-by-country-of-asylum",
          "label": "Refugee population by country or territory of asylum (World Bank)"
        },
        {
          "code": "refugees-and-idps",
          "label": "Refugees and internally displaced persons"
        },
        {
          "code": "refugees-idps-and-asylum-seekers",
          "label": "Refugees, internally displaced persons and asylum seekers"
        },
        {
          "code": "displaced-or-forced-migrants",
          "label": "People displaced and/or forced to migrate by the Nagorno-Karabakh conflict"
        }
      ]
    }
  ],
  "sources": [nrcCountryProgrammes, landmineMonitor2000, migrationReport, occupationInFigures, governmentOfAzerbaijan, mfaAzerbaijan, unhcr, idmc, unmas, icmpd2005, worldBankReport2011],
  "observations": [
    {
      "id": "idps-nrc",
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
      "note": "The document gives no date for the figure (\"currently\"); the period is the document's publication date, c. 2002, inferred from its text (\"eight years after the end of the war\"). The document states the figure in its own voice."
    },
    {
      "id": "idps-mfa-2008-02",
      "measure": "idps",
      "qualifier": "atMost",
      "value": 700000,
      "wording": "up to",
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "up to 700,000 IDPs",
      "asWritten": "700,000",
      "note": "The document gives the MFA's figure as of February 2008; the sentence carries no footnote (footnote 16, on the sentence before, cites IOM, Migration in the Republic of Azerbaijan, A Country Profile). One of the parts the document lists for the 989, 586 refugees, IDPs and asylum seekers."
    },
    {
      "id": "idps-unhcr-2006",
      "measure": "idps",
      "qualifier": "exact",
      "value": 579000,
      "unit": "persons",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "unhcr",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "579,000 (UNHCR’s estimate in 2006)",
      "asWritten": "579,000",
      "note": "UNHCR's estimate in 2006, as compiled by the International Displacement Monitoring Centre (IDMC). IDMC, as the document reports it, places the current number of IDPs somewhere between 579,000 and 687,000; each end of that range is a separate estimate with its own date and body."
    },
    {
      "id": "idps-government-2007-03",
      "measure": "idps",
      "qualifier": "exact",
      "value": 687000,
      "unit": "persons",
      "period": "2007-03",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "687,000 which was the estimate of the Government of Azerbaijan in March 2007",
      "asWritten": "687,000",
      "note": "The Government of Azerbaijan's estimate of March 2007, as compiled by the International Displacement Monitoring Centre (IDMC). IDMC, as the document reports it, places the current number of IDPs somewhere between 579,000 and 687,000; each end of that range is a separate estimate with its own date and body."
    },
    {
      "id": "refugees-nrc",
      "measure": "refugees",
      "qualifier": "exact",
      "value": 225000,
      "unit": "persons",
      "period": "2002",
      "dimensions": {
        "definition": "refugees"
      },
      "source": "nrc-azerbaijan-country-programmes",
      "locator": {
        "section": "Recent developments in projects"
      },
      "quote": "internally displaced persons and 225 000 refugees in Azerbaijan",
      "asWritten": "225 000",
      "note": "The document gives no date for the figure (\"currently\"); the period is the document's publication date, c. 2002, inferred from its text (\"eight years after the end of the war\"). The document states the figure in its own voice and does not define \"refugees\"."
    },
    {
      "id": "refugees-world-bank-2010",
      "measure": "refugees",
      "qualifier": "exact",
      "value": 1891,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "definition": "refugee-population-by-country-of-asylum"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-report-2011",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "the refugee population by country or territory of asylum in Azerbaijan was last reported at 1891.00 in 2010",
      "asWritten": "1891.00",
      "note": "A different definition from the other refugee figures: the World Bank's \"refugee population by country or territory of asylum\", as the document reports it from \"a World Bank report released in 2011\". The same report's figure by country or territory of origin (16753.00) counts refugees from Azerbaijan, not in it, and is not a statement of this measure."
    },
    {
      "id": "refugees-and-idps-executive-summary",
      "measure": "refugees-and-idps",
      "qualifier": "approximate",
      "value": 1000000,
      "wording": "approximately",
      "unit": "persons",
      "period": "1994",
      "dimensions": {
        "definition": "refugees-and-idps"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "led to the emergence of approximately one million refugees and internally displaced persons",
      "asWritten": "one million",
      "note": "The sentence gives no date; the period is 1994, the end of the armed conflict as the report dates it (the same period as in displacement-history). The document states the figure in its own voice."
    },
    {
      "id": "refugees-and-idps-1994",
      "measure": "refugees-and-idps",
      "qualifier": "exact",
      "value": 947586,
      "unit": "persons",
      "period": "1994",
      "dimensions": {
        "definition": "refugees-and-idps"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Internally displaced persons"
      },
      "quote": "947,586 refugees or IDPs were residing in Azerbaijan at the end of the armed conflict in 1994",
      "asWritten": "947,586",
      "note": "The document states the figure in its own voice; the sentence carries no footnote."
    },
    {
      "id": "refugees-idps-and-asylum-seekers-mfa-2008-02",
      "measure": "refugees-and-idps",
      "qualifier": "exact",
      "value": 989586,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {
        "definition": "refugees-idps-and-asylum-seekers"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "as of February 2008, there were 989, 586 refugees, IDPs and asylum seekers in Azerbaijan",
      "asWritten": "989, 586",
      "note": "The document gives the MFA's figure as of February 2008; the sentence carries no footnote (footnote 16, on the sentence before, cites IOM, Migration in the Republic of Azerbaijan, A Country Profile). A wider definition: the figure includes asylum seekers (\"close to 3,000 asylum seekers from other countries\", by the document's own breakdown)."
    },
    {
      "id": "displaced-or-forced-migrants-government",
      "measure": "refugees-and-idps",
      "qualifier": "approximate",
      "value": 1500000,
      "wording": "nearly",
      "unit": "persons",
      "period": "1994",
      "dimensions": {
        "definition": "displaced-or-forced-migrants"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 18
      },
      "citation": "ICMPD (2005)",
      "quote": "displacement and/or forced migration of nearly one million and a half people, according to estimates of the Azerbaijani government",
      "asWritten": "one million and a half",
      "note": "The sentence gives no date; the period is 1994, the end of the armed conflict as the report dates it (the same period as in displacement-history). A wider definition: everyone displaced and/or forced to migrate by the Nagorno-Karabakh conflict, as the Government of Azerbaijan estimates it; the footnote cites ICMPD (2005)."
    },
    {
      "id": "occupied-territory-share-government-2000-02",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2000-02",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 2
      },
      "citation": "Response to Questionnaire on Anti-Personnel Landmines, Permanent Mission of the Republic of Azerbaijan to the Organization of Security and Cooperation in Europe (OSCE), FSC.DEL/28/00, Vienna, 2 February 2000.",
      "quote": "the continuing occupation of 20% of Azerbaijan territories by Armenian troops",
      "asWritten": "20%",
      "note": "The Government of Azerbaijan's words in its response of February 2000 to an OSCE questionnaire (dated 2 February 2000 in footnote 2), as the document quotes them."
    },
    {
      "id": "occupied-territory-share-unmas",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 11
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, “Country Programs: Azerbaijan,” June 2000, p. 37, available at: http://www.un.org/Depts/dpko/mine/Portfolio.pdf.",
      "quote": "The conflict resulted in twenty percent of Azerbaijan’s territory being occupied by Armenia",
      "asWritten": "twenty",
      "note": "The document gives no date for the figure; the period is the document's publication year, 2000 (stated); the UNMAS portfolio it cites is dated June 2000."
    },
    {
      "id": "occupied-territory-share-occupation-in-figures",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2011",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "The damage to Azerbaijan as a result of the Armenian - Azerbaijani conflict"
      },
      "quote": "20% territory of Azerbaijan has been occupied",
      "asWritten": "20%",
      "note": "The document gives no date for the figure; the period is the document's publication date, 2011, inferred from its text (missing persons counted on 1 January 2011). The document, a publication of the Government of Azerbaijan, states the figure in its own voice."
    },
    {
      "id": "displaced-population-share-unmas",
      "measure": "displaced-population-share",
      "qualifier": "exact",
      "value": 15,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 11
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, “Country Programs: Azerbaijan,” June 2000, p. 37, available at: http://www.un.org/Depts/dpko/mine/Portfolio.pdf.",
      "quote": "fifteen percent of the population becoming internally displaced",
      "asWritten": "fifteen",
      "note": "The document gives no date for the figure; the period is the document's publication year, 2000 (stated); the UNMAS portfolio it cites is dated June 2000. No other of the five documents states this share."
    },
    {
      "id": "meskhetian-turks-mfa-2008-02",
      "measure": "meskhetian-turks",
      "qualifier": "exact",
      "value": 50000,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "50,000 Meskhetian Turks deported from Central Asia during the conflict with Armenia",
      "asWritten": "50,000",
      "note": "The document gives the MFA's figure as of February 2008; the sentence carries no footnote (footnote 16, on the sentence before, cites IOM, Migration in the Republic of Azerbaijan, A Country Profile). One of the parts the document lists for the 989, 586 refugees, IDPs and asylum seekers."
    },
    {
      "id": "meskhetian-turks-internally-displaced-section",
      "measure": "meskhetian-turks",
      "qualifier": "approximate",
      "value": 50000,
      "wording": "approximately",
      "unit": "persons",
      "period": "1994",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Internally displaced persons"
      },
      "quote": "approximately 50,000 Meshketian Turks fled Uzbekistan and were granted asylum in Azerbaijan",
      "asWritten": "50,000",
      "note": "The sentence gives no date; the period is 1994, the end of the armed conflict as the report dates it (the same period as in displacement-history). The document states the figure in its own voice, spelling the name \"Meshketian\"; it says they fled Uzbekistan."
    },
    {
      "id": "meskhetian-turks-occupation-in-figures",
      "measure": "meskhetian-turks",
      "qualifier": "exact",
      "value": 50000,
      "unit": "persons",
      "period": "1990/1999",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "Refugees and Internally Displaced Persons"
      },
      "quote": "50 thousand Meskheti Turks",
      "asWritten": "50 thousand",
      "note": "The document says they were \"exiled from the Central Asia in 1990s\" and \"took shelter in Azerbaijan\"; the period is the one it gives for the exile. The document, a publication of the Government of Azerbaijan, states the figure in its own voice."
    },
    {
      "id": "azerbaijanis-from-armenia-mfa-2008-02",
      "measure": "azerbaijanis-from-armenia",
      "qualifier": "exact",
      "value": 250000,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "250,000 Azerbaijanis deported from the Republic of Armenia",
      "asWritten": "250,000",
      "note": "The document gives the MFA's figure as of February 2008; the sentence carries no footnote (footnote 16, on the sentence before, cites IOM, Migration in the Republic of Azerbaijan, A Country Profile). One of the parts the document lists for the 989, 586 refugees, IDPs and asylum seekers."
    },
    {
      "id": "azerbaijanis-from-armenia-occupation-in-figures",
      "measure": "azerbaijanis-from-armenia",
      "qualifier": "exact",
      "value": 250000,
      "unit": "persons",
      "period": "1988/1992",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "Refugees and Internally Displaced Persons"
      },
      "quote": "250 thousand Azerbaijanis who lived in the territory of Armenia",
      "asWritten": "250 thousand",
      "note": "The document says they \"were all deported to their native lands and took shelter in Azerbaijan\" in \"1988-1992s\"; the period is the one it gives for the deportation. The document, a publication of the Government of Azerbaijan, states the figure in its own voice."
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "mfa-2008-02-azerbaijanis-from-armenia-in-total",
      "description": "The 250,000 Azerbaijanis deported from Armenia are one of the groups the Ministry of Foreign Affairs counts in its 989, 586 refugees, IDPs and asylum seekers (February 2008)",
      "part": "azerbaijanis-from-armenia-mfa-2008-02",
      "whole": "refugees-idps-and-asylum-seekers-mfa-2008-02"
    },
    {
      "kind": "partOf",
      "id": "mfa-2008-02-meskhetian-turks-in-total",
      "description": "The 50,000 Meskhetian Turks are one of the groups the Ministry of Foreign Affairs counts in its 989, 586 refugees, IDPs and asylum seekers (February 2008)",
      "part": "meskhetian-turks-mfa-2008-02",
      "whole": "refugees-idps-and-asylum-seekers-mfa-2008-02"
    },
    {
      "kind": "partOf",
      "id": "mfa-2008-02-idps-in-total",
      "description": "The up to 700,000 IDPs are one of the groups the Ministry of Foreign Affairs counts in its 989, 586 refugees, IDPs and asylum seekers (February 2008)",
      "part": "idps-mfa-2008-02",
      "whole": "refugees-idps-and-asylum-seekers-mfa-2008-02"
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The library does not pick one statement of a measure over another: compare them by measure, and read each one's period, qualifier, definition and attribution before setting them against each other.",
    "Two measures are stated in one document only. displaced-population-share: only the Landmine Monitor Report 2000 (landmine-monitor-2000-azerbaijan) gives a share of the population internally displaced (\"fifteen percent\", from UNMAS). refugees-and-idps: only the country report on migration (migration-country-report-azerbaijan) gives refugees and IDPs together, four times, with four figures of different dates and definitions; the Norwegian Refugee Council (nrc-azerbaijan-country-programmes) gives IDPs and refugees only separately.",
    "Definitions differ. The World Bank's 1891.00 (2010) is the refugee population by country or territory of asylum; the Norwegian Refugee Council does not define its 225 000 refugees. Within refugees-and-idps, the 989, 586 of February 2008 includes asylum seekers, and the Government's \"nearly one million and a half\" counts everyone displaced and/or forced to migrate by the conflict.",
    "Where the document gives no date for a figure, the period is the document's own publication date, and the observation's note says so: c. 2002 for the Norwegian Refugee Council page and 2011 for The Occupation in Figures (both inferred), late 2011 or 2012 for the country report on migration (inferred), 2000 for the Landmine Monitor Report (stated).",
    "The International Displacement Monitoring Centre (IDMC), as the country report on migration reports it, gives the current number of IDPs as somewhere between 579,000 (UNHCR's estimate in 2006) and 687,000 (the Government of Azerbaijan's estimate of March 2007): the two ends are kept as two statements, each attributed to the body whose estimate it is.",
    "The Ministry of Foreign Affairs' 989, 586 of February 2008 is followed in the document by its parts: 250,000 Azerbaijanis deported from Armenia, 50,000 Meskhetian Turks, up to 700,000 IDPs and close to 3,000 asylum seekers. Taken at the figures as written (two of them qualified \"up to\" and \"close to\"), those parts sum to 1,003,000, against the stated 989, 586; the asylum seekers are not one of this dataset's measures, and the parts are declared as partOf the total only.",
    "The documents also speak of \"many hundreds of thousands of people being forced to flee\" and \"hundreds of thousands of people\" displaced (Norwegian Refugee Council) and of \"a flood of Azerbaijani refugees and internally displaced persons\" (The Occupation in Figures) without a figure: no number is recorded for them."
  ]
});
