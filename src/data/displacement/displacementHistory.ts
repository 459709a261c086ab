import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';
import { icmpd2005 } from '../../sources/icmpd2005.js';
import { aliyev2006 } from '../../sources/aliyev2006.js';

/**
 * Refugees, internally displaced persons and forced migrants in Azerbaijan from the Nagorno-Karabakh
 * conflict to the early 2000s, including Meskhetian Turks and ethnic Azerbaijanis from Georgia, as
 * the migration report (`003_d94e756ed0cfba1e.txt`) states them, with the sources it cites.
 *
 * @example
 * ```ts
 * import { displacementHistory } from 'azerbaijan-data/displacement';
 * displacementHistory.observations.find((o) => o.id === 'refugees-and-idps-1994')?.value;
 * //=> 947586
 * ```
 */
export const displacementHistory: Dataset<'displacement-history'> = /* @__PURE__ */ deepFreeze({
  "id": "displacement-history",
  "title": "Refugees, IDPs and forced migrants in Azerbaijan from the Nagorno-Karabakh conflict onwards",
  "description": "Figures of the 2011–2012 country report on migration on displacement in and to Azerbaijan, in persons: approximately one million refugees and internally displaced persons (IDPs) from the Nagorno-Karabakh conflict (executive summary); nearly one and a half million people displaced and/or forced to migrate according to estimates of the Azerbaijani government (citing ICMPD 2005); approximately 50,000 Meskhetian Turks who fled Uzbekistan; 947,586 refugees or IDPs residing in Azerbaijan at the end of the armed conflict in 1994; an estimated 300,000 ethnic Azerbaijanis who left Georgia in the past 10 years and nearly 285,000 recorded in Georgia by its census of the early 2000s (citing Aliyev Alovsat, Migration Perspectives 2006). With the end of the armed conflict (1994) and the 1998 law granting Azerbaijani citizenship to the Azerbaijanis that fled Georgia.",
  "topic": "displacement",
  "version": "1.0.1",
  "sha256": "e616230c98a01b5b95c8a4359040d600ae5e130984a84216dc1b23499348a4e1",
  "units": [
    "persons",
    "years"
  ],
  "measures": [
    {
      "id": "refugees-and-idps",
      "label": "Refugees and internally displaced persons (IDPs)",
      "description": "Refugees and IDPs together; for the Azerbaijani government’s estimate, the people displaced and/or forced to migrate by the Nagorno-Karabakh conflict."
    },
    {
      "id": "meskhetian-turks",
      "label": "Meskhetian Turks"
    },
    {
      "id": "ethnic-azerbaijanis-left-georgia",
      "label": "Ethnic Azerbaijanis who left Georgia"
    },
    {
      "id": "departures-from-georgia-span",
      "label": "Span of years over which ethnic Azerbaijanis left Georgia"
    },
    {
      "id": "ethnic-azerbaijanis-in-georgia",
      "label": "Ethnic Azerbaijanis present in Georgia (census)"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, governmentOfAzerbaijan, icmpd2005, aliyev2006],
  "observations": [
    {
      "id": "refugees-and-idps-conflict",
      "measure": "refugees-and-idps",
      "qualifier": "approximate",
      "value": 1000000,
      "wording": "approximately",
      "unit": "persons",
      "period": "1994",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "led to the emergence of approximately one million refugees and internally displaced persons",
      "asWritten": "one million",
      "note": "The sentence gives no date; the period is 1994, the end of the armed conflict as the report dates it under \"Internally displaced persons\"."
    },
    {
      "id": "displaced-or-forced-migrants-conflict",
      "measure": "refugees-and-idps",
      "qualifier": "approximate",
      "value": 1500000,
      "wording": "nearly",
      "unit": "persons",
      "period": "1994",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "via": [
        {
          "source": "icmpd-2005",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 18
      },
      "citation": "ICMPD (2005)",
      "quote": "displacement and/or forced migration of nearly one million and a half people, according to estimates of the Azerbaijani government",
      "asWritten": "one million and a half",
      "note": "People displaced and/or forced to migrate by the Nagorno-Karabakh conflict, according to estimates of the Azerbaijani government. The sentence gives no date; the period is 1994, the end of the armed conflict as the report dates it two sentences later."
    },
    {
      "id": "meskhetian-turks-conflict",
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
      "note": "Meskhetian Turks who fled Uzbekistan and were granted asylum in Azerbaijan (\"Meshketian\" as the report spells it). The report dates it only \"at the same time\" as the displacement caused by the conflict; the period is 1994, the end of the armed conflict as the report dates it."
    },
    {
      "id": "refugees-and-idps-1994",
      "measure": "refugees-and-idps",
      "qualifier": "exact",
      "value": 947586,
      "unit": "persons",
      "period": "1994",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Internally displaced persons"
      },
      "quote": "947,586 refugees or IDPs were residing in Azerbaijan at the end of the armed conflict in 1994",
      "asWritten": "947,586"
    },
    {
      "id": "ethnic-azerbaijanis-left-georgia",
      "measure": "ethnic-azerbaijanis-left-georgia",
      "qualifier": "approximate",
      "value": 300000,
      "wording": "an estimated",
      "unit": "persons",
      "period": "1996/2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 19
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "an estimated 300,000 ethnic Azerbaijanis left Georgia in the past 10 years",
      "asWritten": "300,000",
      "note": "\"In the past 10 years\": the report does not say counted from when; the period 1996/2006 counts the ten years back from 2006, the year of the work cited in footnote 19."
    },
    {
      "id": "ethnic-azerbaijanis-left-georgia-span",
      "measure": "departures-from-georgia-span",
      "qualifier": "exact",
      "value": 10,
      "unit": "years",
      "period": "1996/2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 19
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "left Georgia in the past 10 years",
      "asWritten": "10",
      "note": "The span over which the 300,000 ethnic Azerbaijanis left Georgia; the period 1996/2006 is inferred as for that figure."
    },
    {
      "id": "ethnic-azerbaijanis-in-georgia-census",
      "measure": "ethnic-azerbaijanis-in-georgia",
      "qualifier": "approximate",
      "value": 285000,
      "wording": "nearly",
      "unit": "persons",
      "period": "2000/2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 19
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "the census carried out in Georgia in the early years of 2000 recorded the presence of nearly 285,000 ethnic Azerbaijanis in the country",
      "asWritten": "285,000",
      "note": "Recorded by the census carried out in Georgia \"in the early years of 2000\"; the report gives no year, and the period 2000/2004 stands for those words."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "armed-conflict-ends",
      "label": "End of the armed conflict (Nagorno-Karabakh)",
      "date": "1994",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Internally displaced persons"
      },
      "quote": "at the end of the armed conflict in 1994",
      "asWritten": "1994"
    },
    {
      "id": "citizenship-law-for-azerbaijanis-from-georgia",
      "label": "Law granting Azerbaijani citizenship to the Azerbaijanis that fled Georgia",
      "date": "1998",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Internally displaced persons",
        "footnote": 19
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "A law enacted by Azerbaijan in 1998 granted the Azerbaijanis that fled Georgia Azerbaijani citizenship",
      "asWritten": "1998"
    }
  ],
  "gaps": [],
  "notes": [
    "Most of these figures carry no date in the report. The conflict-related ones are given the period 1994, the end of the armed conflict as the report dates it; \"the past 10 years\" is counted back from 2006, the year of the work cited in footnote 19; \"the early years of 2000\" is given as 2000/2004. Each observation’s note says so.",
    "The report gives approximately one million refugees and IDPs (executive summary), nearly one million and a half people displaced and/or forced to migrate (Azerbaijani government, footnote 18) and 947,586 refugees or IDPs at the end of the armed conflict in 1994: three statements of different scope that are not added up or compared here.",
    "The report spells \"Meshketian Turks\" in this section and \"Meskhetian Turks\" in \"Refugees and asylum seekers\"; the measure is meskhetian-turks in both.",
    "Footnote 18 (ICMPD (2005)) stands at the end of the sentence on the one and a half million; footnote 19 (Aliyev Alovsat, Migration Perspectives 2006) at the end of the paragraph on ethnic Azerbaijanis from Georgia. The sentences on the Meskhetian Turks and on the 947,586 refugees or IDPs carry no footnote.",
    "The report says that those who arrived from Georgia before the 1998 law were still living in Azerbaijan without proper documentation; it gives no number of them."
  ]
});
