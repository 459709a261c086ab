import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { armenianGovernment } from '../../sources/armenianGovernment.js';
import { azerbaijanEmergencyMinistry } from '../../sources/azerbaijanEmergencyMinistry.js';
import { dwHumanitarianAid2023 } from '../../sources/dwHumanitarianAid2023.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';
import { reuters } from '../../sources/reuters.js';
import { riaNovosti } from '../../sources/riaNovosti.js';

/**
 * Humanitarian aid to Nagorno-Karabakh and related figures, as reported by DW on 22 September
 * 2023 (`001_3afa75854e57eea0.txt`): 20 tons of cargo, two trucks and two cars with bread
 * according to Azerbaijan, 120,000 people living in Nagorno-Karabakh, 40,000 refugee spaces in
 * Armenia, and the dated events around the cease-fire of 20 September 2023.
 *
 * @example
 * ```ts
 * import { humanitarianAid2023 } from 'azerbaijan-data/humanitarian-aid';
 * humanitarianAid2023.events.find((e) => e.id === 'ceasefire-2023')?.date;
 * //=> '2023-09-20'
 * ```
 */
export const humanitarianAid2023: Dataset<'humanitarian-aid-2023'> = /* @__PURE__ */ deepFreeze({
  "id": "humanitarian-aid-2023",
  "title": "Humanitarian aid to Nagorno-Karabakh and related figures, 22 September 2023, as reported by DW",
  "description": "Figures of the DW news article of 22 September 2023 on humanitarian aid that Azerbaijan said it had sent to Nagorno-Karabakh: 20 tons of humanitarian cargo (according to Azerbaijan), two trucks of food and hygiene products and two cars with bread (according to Azerbaijan's Emergency Ministry), the 120,000 people who live in Nagorno-Karabakh (as stated by DW), 40,000 spaces available for refugee accommodation in Armenia (according to Armenian Prime Minister Nikol Pashinyan, as cited by RIA Novosti) and seven Russian peacekeeping vehicles entering Nagorno-Karabakh (as reported by a Reuters journalist). The events are the dates the article reports, from the war of the 1990s and the abolition of Nagorno-Karabakh's autonomy in 1991 to the cease-fire of Wednesday 20 September 2023 and the statements of Friday 22 September 2023.",
  "topic": "humanitarian-aid",
  "version": "1.0.1",
  "sha256": "b4412ca25ad86069fbd57d7b5f281776427436b40b4ae397dce43f3ab92402f1",
  "units": [
    "tons",
    "count",
    "persons"
  ],
  "measures": [
    {
      "id": "humanitarian-cargo",
      "label": "Humanitarian cargo sent by Azerbaijan to Nagorno-Karabakh"
    },
    {
      "id": "aid-trucks",
      "label": "Trucks of food and hygiene products in the aid"
    },
    {
      "id": "aid-bread-cars",
      "label": "Cars with bread in the aid"
    },
    {
      "id": "nagorno-karabakh-population",
      "label": "People living in Nagorno-Karabakh"
    },
    {
      "id": "refugee-accommodation-spaces",
      "label": "Spaces available for refugee accommodation in Armenia"
    },
    {
      "id": "peacekeeping-vehicles",
      "label": "Russian peacekeeping vehicles seen entering Nagorno-Karabakh"
    }
  ],
  "dimensions": [],
  "sources": [dwHumanitarianAid2023, governmentOfAzerbaijan, azerbaijanEmergencyMinistry, armenianGovernment, riaNovosti, reuters],
  "observations": [
    {
      "id": "humanitarian-cargo",
      "measure": "humanitarian-cargo",
      "qualifier": "exact",
      "value": 20,
      "unit": "tons",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"
      },
      "quote": "Azerbaijan on Friday said it had sent 20 tons of humanitarian cargo to the disputed Nagorno-Karabakh region",
      "asWritten": "20",
      "note": "Humanitarian cargo that Azerbaijan said on Friday 22 September 2023 it had sent; the article's lead calls it \"tons of food aid and hygiene products\"."
    },
    {
      "id": "aid-trucks",
      "measure": "aid-trucks",
      "qualifier": "exact",
      "value": 2,
      "unit": "count",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "azerbaijan-emergency-ministry",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "the aid included two trucks full of food and hygiene products",
      "asWritten": "two",
      "note": "The period is the article's date, 22 September 2023 (a Friday)."
    },
    {
      "id": "aid-bread-cars",
      "measure": "aid-bread-cars",
      "qualifier": "exact",
      "value": 2,
      "unit": "count",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "azerbaijan-emergency-ministry",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "two cars with bread",
      "asWritten": "two",
      "note": "The period is the article's date, 22 September 2023 (a Friday)."
    },
    {
      "id": "nagorno-karabakh-population",
      "measure": "nagorno-karabakh-population",
      "qualifier": "exact",
      "value": 120000,
      "unit": "persons",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "The 120,000 people who live in Nagorno-Karabakh",
      "asWritten": "120,000",
      "note": "Stated by DW in the present tense. The period is the article's date, 22 September 2023 (a Friday)."
    },
    {
      "id": "refugee-accommodation-spaces",
      "measure": "refugee-accommodation-spaces",
      "qualifier": "exact",
      "value": 40000,
      "unit": "count",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "government-of-armenia",
      "via": [
        {
          "source": "ria-novosti",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Armenia open to thousands of refugees"
      },
      "quote": "there were 40,000 spaces available for refugee accommodation",
      "asWritten": "40,000",
      "note": "Stated by Armenian Prime Minister Nikol Pashinyan, as cited by the Russian news agency RIA Novosti. The period is the article's date, 22 September 2023 (a Friday)."
    },
    {
      "id": "peacekeeping-vehicles",
      "measure": "peacekeeping-vehicles",
      "qualifier": "exact",
      "value": 7,
      "unit": "count",
      "period": "2023-09-22",
      "dimensions": {},
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "reuters",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "A Reuters journalist reported seeing seven Russian peacekeeping vehicles enter Nagorno-Karabakh",
      "asWritten": "seven",
      "note": "Vehicles entering Nagorno-Karabakh through an Armenian checkpoint; the article does not say on which day. The period is the article's date, 22 September 2023 (a Friday)."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "war-1990s",
      "label": "War after which \"ethnic Armenian separatists\", as DW puts it, governed Nagorno-Karabakh, as dated by DW",
      "date": "1990/1999",
      "dateBasis": "stated",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"
      },
      "quote": "had been governed by ethnic Armenian separatists since a war in the 1990s",
      "asWritten": "1990s",
      "note": "DW gives the decade only, \"following the dissolution of the Soviet Union\"."
    },
    {
      "id": "ceasefire-2023",
      "label": "Cease-fire reached between Azerbaijan and the \"ethnic Armenian separatists\", as DW puts it",
      "date": "2023-09-20",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"
      },
      "quote": "A cease-fire between the two parties was reached on Wednesday",
      "asWritten": "Wednesday",
      "note": "DW writes \"on Wednesday\": read against the article's date, Friday 22 September 2023."
    },
    {
      "id": "negotiations-2023",
      "label": "Negotiations between \"Armenian separatists\", as DW puts it, and the Azerbaijani government",
      "date": "2023-09-21",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"
      },
      "quote": "on Thursday Armenian separatists were in negotiations with the Azerbaijani government",
      "asWritten": "Thursday",
      "note": "DW writes \"on Thursday\": read against the article's date, Friday 22 September 2023."
    },
    {
      "id": "aid-announced",
      "label": "Azerbaijan says it has sent 20 tons of humanitarian cargo to Nagorno-Karabakh",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"
      },
      "quote": "Azerbaijan on Friday said it had sent 20 tons of humanitarian cargo",
      "asWritten": "Friday",
      "note": "DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    },
    {
      "id": "agdam-retaken-2020",
      "label": "Agdam region retaken by Baku, as reported by DW",
      "date": "2020",
      "dateBasis": "stated",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "had been occupied by Armenian separatist forces until it was retaken by Baku in 2020",
      "asWritten": "2020"
    },
    {
      "id": "blockade-2022",
      "label": "Blockade by Azerbaijan of the main road connecting Nagorno-Karabakh with Armenia, as reported by DW",
      "date": "2022",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "since Azerbaijan implemented a blockade on the main road connecting the region with Armenia last year",
      "asWritten": "last year",
      "note": "DW writes \"last year\": read against the article's date, 2023."
    },
    {
      "id": "convoy-agreement-reported",
      "label": "Agreement for a humanitarian convoy to enter Nagorno-Karabakh from Armenia through the Lachin corridor, as reported by its ethnic Armenian leadership",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "reuters",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "Nagorno-Karabakh's ethnic Armenian leadership told the Reuters news agency on Friday that an agreement had been reached for a humanitarian convoy",
      "asWritten": "Friday",
      "note": "Told to Reuters by the ethnic Armenian leadership of Nagorno-Karabakh. DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    },
    {
      "id": "ceasefire-agreement-2020",
      "label": "Cease-fire agreement under which a Russian peacekeeping force entered the Lachin corridor",
      "date": "2020",
      "dateBasis": "stated",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "What aid has Azerbaijan sent to Nagorno-Karabakh?"
      },
      "quote": "a Russian peacekeeping force that entered the area as part of a 2020 cease-fire agreement",
      "asWritten": "2020"
    },
    {
      "id": "autonomy-abolished-1991",
      "label": "Baku abolishes Nagorno-Karabakh's autonomy, as reported by DW",
      "date": "1991",
      "dateBasis": "stated",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Baku to offer 'amnesty' — presidential adviser"
      },
      "quote": "Baku abolished Nagorno-Karabakh's autonomy in 1991 after regional lawmakers voted to join Armenia",
      "asWritten": "1991"
    },
    {
      "id": "no-results-in-talks",
      "label": "\"Armenian separatist leaders\", as DW puts it, say there are no concrete results yet in talks on security guarantees or amnesty",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Baku to offer 'amnesty' — presidential adviser"
      },
      "quote": "Armenian separatist leaders said on Friday that there were as of yet no concrete results in talks on security guarantees or amnesty",
      "asWritten": "Friday",
      "note": "DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    },
    {
      "id": "refugee-preparations-announced",
      "label": "Armenian Prime Minister Nikol Pashinyan says preparations have been made to accommodate Armenian refugees from Nagorno-Karabakh",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "attribution": "government-of-armenia",
      "locator": {
        "section": "Armenia open to thousands of refugees"
      },
      "quote": "Also on Friday, Armenian Prime Minister Nikol Pashinyan said that preparations had been made to accommodate tens of thousands of Armenian refugees",
      "asWritten": "Friday",
      "note": "DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    },
    {
      "id": "mass-rallies-2023-09-20",
      "label": "Mass rallies break out in Armenia after \"Nagorno-Karabakh separatist forces\", as DW puts it, agree to lay down their arms",
      "date": "2023-09-20",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Opposition rallies continue in Yerevan"
      },
      "quote": "Mass rallies broke out on Wednesday after Nagorno-Karabakh separatist forces agreed to lay down their arms",
      "asWritten": "Wednesday",
      "note": "DW writes \"on Wednesday\": read against the article's date, Friday 22 September 2023."
    },
    {
      "id": "yerevan-protests-2023-09-22",
      "label": "Anti-government protests in Yerevan over the government's handling of the Nagorno-Karabakh conflict",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Opposition rallies continue in Yerevan"
      },
      "quote": "Anti-government protesters took to the streets in Armenia's capital on Friday",
      "asWritten": "Friday",
      "note": "DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    },
    {
      "id": "yerevan-streets-blocked-2023-09-22",
      "label": "Protesters block streets across Yerevan",
      "date": "2023-09-22",
      "dateBasis": "inferred",
      "source": "dw-2023-09-22-azerbaijan-humanitarian-aid",
      "locator": {
        "section": "Opposition rallies continue in Yerevan"
      },
      "quote": "On Friday, smaller groups of protesters blocked streets across Yerevan",
      "asWritten": "Friday",
      "note": "DW writes \"on Friday\": read as the article's date, Friday 22 September 2023."
    }
  ],
  "gaps": [],
  "notes": [
    "Every figure's period is the article's date, 22 September 2023: the article reports the figures in its statements of that Friday and gives no other date for them.",
    "The weekdays of the article (\"on Wednesday\", \"on Thursday\", \"on Friday\") are read against its date, Friday 22 September 2023: the events dated from them are marked inferred; so is the blockade of \"last year\" (2022).",
    "DW also writes of \"tens of thousands of Armenian refugees\" that Armenia prepared to accommodate (and, in a picture caption, that Yerevan \"could take in tens of thousands\"), of \"thousands of refugees\" (a heading) and of \"tons of food aid\" (the lead): vague quantities, kept in words only, without a number.",
    "The 40,000 spaces are a statement of Armenian Prime Minister Nikol Pashinyan as cited by the Russian news agency RIA Novosti; the seven vehicles were reported by a Reuters journalist; the trucks and cars by Azerbaijan's Emergency Ministry.",
    "The article writes \"Agdam\" for Aghdam and \"Khankedi\" for Khankendi (Stepanakert); the gazetteer (findPlace) resolves both.",
    "The headings \"No deal after talks in Nagorno-Karabakh\" and \"Ethnic Armenians flee Nagorno-Karabakh as ceasefire fails\" are links to other DW articles; the statements after them are located under the preceding section heading."
  ]
});
