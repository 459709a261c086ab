import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';
import { societyOfInvalidsKarabakh } from '../../sources/societyOfInvalidsKarabakh.js';
import { yeniMusavat } from '../../sources/yeniMusavat.js';
import { azadliq } from '../../sources/azadliq.js';

/**
 * People injured and disabled in the Karabakh conflict (persons, percent): registered injured with
 * their military and civilian shares, according to the government, and invalids with the share of
 * mine victims among them, according to the Society of the Invalids of the Karabakh conflict, read
 * from Landmine Monitor Report 2000 (`002_404f944ac4efa99f.txt`).
 *
 * @example
 * ```ts
 * import { landmineCasualties } from 'azerbaijan-data/mine-action';
 * landmineCasualties.observations.find((o) => o.id === 'conflict-invalids')?.qualifier;
 * //=> 'atLeast'
 * ```
 */
export const landmineCasualties: Dataset<'landmine-casualties'> = /* @__PURE__ */ deepFreeze({
  "id": "landmine-casualties",
  "title": "Landmine and conflict casualties in Azerbaijan, 1998",
  "description": "People injured in the Karabakh conflict and registered in Azerbaijan (5,561, of whom 78% military and 22% civilian), based on official data provided by the government as reported in the newspaper Yeni Musavat (August 1998); and invalids from the conflict (more than 7,000, of whom more than 70% mine victims), according to the Society of the Invalids of the Karabakh conflict as reported in the newspaper Azadliq (August 1998). As reported by Landmine Monitor Report 2000, with the date from which Azerbaijan has had a law for the protection and rehabilitation of disabled people (April 1997).",
  "topic": "mine-action",
  "version": "1.0.1",
  "sha256": "017ef369b7c4b82e3378bfae50644ef36987a7cf6ea7405f32e6e9322a8726a9",
  "units": [
    "persons",
    "percent"
  ],
  "measures": [
    {
      "id": "registered-conflict-injured",
      "label": "People injured in the Karabakh conflict registered in the country"
    },
    {
      "id": "registered-injured-share",
      "label": "Share of the registered injured, by status",
      "description": "Percent of the people injured in the Karabakh conflict registered in the country."
    },
    {
      "id": "conflict-invalids",
      "label": "Invalids from the Karabakh conflict"
    },
    {
      "id": "mine-victim-share-of-invalids",
      "label": "Share of mine victims among the invalids from the conflict"
    }
  ],
  "dimensions": [
    {
      "id": "status",
      "label": "Status of the injured person",
      "values": [
        {
          "code": "military",
          "label": "Military"
        },
        {
          "code": "civilian",
          "label": "Civilian"
        }
      ]
    }
  ],
  "sources": [landmineMonitor2000, governmentOfAzerbaijan, societyOfInvalidsKarabakh, yeniMusavat, azadliq],
  "observations": [
    {
      "id": "registered-conflict-injured",
      "measure": "registered-conflict-injured",
      "qualifier": "exact",
      "value": 5561,
      "unit": "persons",
      "period": "1998",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "via": [
        {
          "source": "yeni-musavat",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance",
        "footnote": 27
      },
      "citation": "Yeni Musavat, 13-19 August 1998.",
      "quote": "Based on official data provided by the government, 5,561 people injured in the Karabakh conflict have been registered",
      "asWritten": "5,561",
      "note": "People injured in the Karabakh conflict and registered in the country, based on official data provided by the government; the footnote cites the newspaper Yeni Musavat of 13–19 August 1998. The source says that many of them are mine victims, without a number."
    },
    {
      "id": "registered-injured-military-share",
      "measure": "registered-injured-share",
      "qualifier": "exact",
      "value": 78,
      "unit": "percent",
      "period": "1998",
      "dimensions": {
        "status": "military"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "via": [
        {
          "source": "yeni-musavat",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance",
        "footnote": 27
      },
      "citation": "Yeni Musavat, 13-19 August 1998.",
      "quote": "5,561 people injured in the Karabakh conflict have been registered in the country; of these, 78% are military and 22% civilian.",
      "asWritten": "78%"
    },
    {
      "id": "registered-injured-civilian-share",
      "measure": "registered-injured-share",
      "qualifier": "exact",
      "value": 22,
      "unit": "percent",
      "period": "1998",
      "dimensions": {
        "status": "civilian"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "via": [
        {
          "source": "yeni-musavat",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance",
        "footnote": 27
      },
      "citation": "Yeni Musavat, 13-19 August 1998.",
      "quote": "5,561 people injured in the Karabakh conflict have been registered in the country; of these, 78% are military and 22% civilian.",
      "asWritten": "22%"
    },
    {
      "id": "conflict-invalids",
      "measure": "conflict-invalids",
      "qualifier": "atLeast",
      "value": 7000,
      "wording": "more than",
      "unit": "persons",
      "period": "1998",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "society-of-invalids-karabakh",
      "via": [
        {
          "source": "azadliq",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance",
        "footnote": 28
      },
      "citation": "Azadliq (Independent,), Baku, 12 August 1998 (in Azeri).",
      "quote": "Data from the Society of the Invalids of the Karabakh conflict indicate there are more than 7,000 invalids",
      "asWritten": "7,000",
      "note": "Invalids from the Karabakh conflict; the footnote cites the newspaper Azadliq of 12 August 1998 (in Azeri)."
    },
    {
      "id": "conflict-invalids-mine-victim-share",
      "measure": "mine-victim-share-of-invalids",
      "qualifier": "atLeast",
      "value": 70,
      "wording": "more than",
      "unit": "percent",
      "period": "1998",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "society-of-invalids-karabakh",
      "via": [
        {
          "source": "azadliq",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance",
        "footnote": 28
      },
      "citation": "Azadliq (Independent,), Baku, 12 August 1998 (in Azeri).",
      "quote": "more than 7,000 invalids from the conflict and that more than 70% of them are mine victims.",
      "asWritten": "70%"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "military-plus-civilian-shares",
      "description": "Military (78%) and civilian (22%) shares of the 5,561 registered injured make up the whole (100%)",
      "total": {
        "value": 100,
        "label": "All people injured in the Karabakh conflict registered in the country (100%)"
      },
      "parts": [
        "registered-injured-military-share",
        "registered-injured-civilian-share"
      ],
      "tolerance": 1
    }
  ],
  "events": [
    {
      "id": "disability-law-in-force",
      "label": "Azerbaijan has had a law for the protection and rehabilitation of disabled people",
      "date": "1997-04",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Landmine Casualties and Survivor Assistance"
      },
      "quote": "Since April of 1997, Azerbaijan has had a law for the protection and rehabilitation of disabled.",
      "asWritten": "April of 1997",
      "note": "The source gives neither the law's title nor its number, and no footnote."
    }
  ],
  "gaps": [],
  "notes": [
    "The period 1998 is the date of the newspapers that footnotes 27 (Yeni Musavat, 13–19 August 1998) and 28 (Azadliq, 12 August 1998) cite; the figures are counts up to then.",
    "The 5,561 registered injured (government data) and the more than 7,000 invalids (Society of the Invalids of the Karabakh conflict) are different counts from different bodies; no relation is declared between them.",
    "The source says that many of the registered injured are mine victims, without a number, and that the ICRC and the government each run an orthopedic/prosthetic center in Baku.",
    "For more on casualties and survivor assistance the source refers to Landmine Monitor Report 1999, pp. 768–769; that cross-reference is not a figure."
  ]
});
