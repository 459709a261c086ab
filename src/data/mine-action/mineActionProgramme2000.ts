import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { anama } from '../../sources/anama.js';
import { unmas } from '../../sources/unmas.js';
import { unicef } from '../../sources/unicef.js';
import { minesAdvisoryGroup } from '../../sources/minesAdvisoryGroup.js';
import { zerkalo } from '../../sources/zerkalo.js';

/**
 * The Azerbaijan mine action programme as of 2000: planned training courses and trainees, the area
 * to demine in 2000 (m²), the phases of the National Mine Action Plan, its beneficiaries and the
 * reach of mine awareness, UNICEF's mine awareness request (USD), and the dates of ANAMA's founding
 * and of the start of training and demining, read from Landmine Monitor Report 2000
 * (`002_404f944ac4efa99f.txt`).
 *
 * @example
 * ```ts
 * import { mineActionProgramme2000 } from 'azerbaijan-data/mine-action';
 * mineActionProgramme2000.events.find((e) => e.id === 'anama-established')?.date;
 * //=> '1998-07-18'
 * ```
 */
export const mineActionProgramme2000: Dataset<'mine-action-programme-2000'> = /* @__PURE__ */ deepFreeze({
  "id": "mine-action-programme-2000",
  "title": "Azerbaijan mine action programme: plans and milestones, 1998–2000",
  "description": "Plans and milestones of mine action in Azerbaijan as reported by Landmine Monitor Report 2000: ANAMA established on 18 July 1998; 24 demining training courses for 115 individuals planned (according to ANAMA) and more than 5 million m² to be demined in 2000; a four-phased National Mine Action Plan; 350,000 ultimate beneficiaries of clearance; some 110,000 people to be reached by mine awareness (according to ANAMA); a request by UNICEF for $300,000 for mine awareness in February–December 2000; and the start of deminer training (March 2000) and of demining operations (planned for June or July 2000).",
  "topic": "mine-action",
  "version": "1.0.1",
  "sha256": "57ee5eff25c3667cbbd7a604f98f7e5680740e18d4d71b0dabd5500923081e2d",
  "units": [
    "count",
    "persons",
    "m2",
    "usd"
  ],
  "measures": [
    {
      "id": "demining-training-courses",
      "label": "Demining training courses planned"
    },
    {
      "id": "demining-trainees",
      "label": "Individuals to be trained in demining courses"
    },
    {
      "id": "area-to-demine",
      "label": "Area planned to be demined"
    },
    {
      "id": "plan-phases",
      "label": "Phases of the National Mine Action Plan"
    },
    {
      "id": "clearance-beneficiaries",
      "label": "Ultimate beneficiaries of clearance efforts"
    },
    {
      "id": "mine-awareness-reach",
      "label": "People to be reached by mine awareness programmes"
    },
    {
      "id": "funding-requested",
      "label": "Funding requested for mine awareness"
    },
    {
      "id": "humanitarian-mine-action-projects",
      "label": "Humanitarian mine action projects implemented by NGOs"
    }
  ],
  "dimensions": [],
  "sources": [landmineMonitor2000, anama, unmas, unicef, minesAdvisoryGroup, zerkalo],
  "observations": [
    {
      "id": "demining-training-courses-planned",
      "measure": "demining-training-courses",
      "qualifier": "exact",
      "value": 24,
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "anama",
      "via": [
        {
          "source": "zerkalo",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 17
      },
      "citation": "Interview with ANAMA Director Ilyas Badalov, Zerkalo, 10 March 2000.",
      "quote": "It is planned to conduct 24 demining training courses for 115 individuals.",
      "asWritten": "24",
      "note": "Planned, as of an interview with the ANAMA director published on 10 March 2000."
    },
    {
      "id": "demining-trainees-planned",
      "measure": "demining-trainees",
      "qualifier": "exact",
      "value": 115,
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "anama",
      "via": [
        {
          "source": "zerkalo",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 17
      },
      "citation": "Interview with ANAMA Director Ilyas Badalov, Zerkalo, 10 March 2000.",
      "quote": "It is planned to conduct 24 demining training courses for 115 individuals.",
      "asWritten": "115",
      "note": "Planned, as of an interview with the ANAMA director published on 10 March 2000."
    },
    {
      "id": "area-to-demine-2000",
      "measure": "area-to-demine",
      "qualifier": "atLeast",
      "value": 5000000,
      "wording": "more than",
      "unit": "m2",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding"
      },
      "quote": "In 2000 it is planned to demine more than 5 million square meters of territory.",
      "asWritten": "5 million",
      "note": "Planned. No footnote covers this sentence: it follows footnote 17, and the next footnote (18) stands in the following paragraph."
    },
    {
      "id": "national-mine-action-plan-phases",
      "measure": "plan-phases",
      "qualifier": "exact",
      "value": 4,
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 19
      },
      "citation": "Ibid, pp. 35-36. [Ibid. read as UNMAS, Portfolio of Mine-Related Projects, June 2000 (footnote 16): the footnote just before, 18, is an email, which has no pages]",
      "quote": "The National Mine Action Plan delineates a four-phased approach to the mine problem.",
      "asWritten": "four",
      "note": "Footnote 19 closes the paragraph. UNDP is assisting ANAMA with the first phase, which aims to establish the capacity to deal with the mine problem in government-controlled territory."
    },
    {
      "id": "clearance-beneficiaries",
      "measure": "clearance-beneficiaries",
      "qualifier": "exact",
      "value": 350000,
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding"
      },
      "quote": "The ultimate beneficiaries of clearance efforts in Azerbaijan will be the 350,000 inhabitants",
      "asWritten": "350,000",
      "note": "Including refugees, IDPs living in tent camps and people who never left their place of residence in the conflict-ridden and contaminated areas. The source gives no footnote and no year for this figure."
    },
    {
      "id": "mine-awareness-reach-planned",
      "measure": "mine-awareness-reach",
      "qualifier": "approximate",
      "value": 110000,
      "wording": "some",
      "unit": "persons",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "anama",
      "via": [
        {
          "source": "zerkalo",
          "role": "reportedBy"
        }
      ],
      "locator": {
        "section": "Mine Awareness",
        "footnote": 23
      },
      "citation": "Interview with ANAMA Director Ilyas Badalov, Zerkalo, 10 March 2000.",
      "quote": "the number of people who will be reached by the mine awareness programs will be some 110,000 individuals",
      "asWritten": "110,000",
      "note": "A preliminary estimate of the people the mine awareness programmes of the National Mine Action Plan will reach."
    },
    {
      "id": "unicef-mine-awareness-request",
      "measure": "funding-requested",
      "qualifier": "exact",
      "value": 300000,
      "unit": "usd",
      "period": "2000-02/2000-12",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unicef",
      "via": [
        {
          "source": "unmas",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Mine Awareness",
        "footnote": 26
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, p. 37.",
      "quote": "requested $300,000 for mine awareness in Azerbaijan between February-December 2000",
      "asWritten": "$300,000",
      "note": "Requested by UNICEF in partnership with ministries, the national Agency for Rehabilitation and Reconstruction of Areas, ANAMA, other UN agencies, the ICRC and NGOs; the footnote cites the UNMAS Portfolio of Mine-Related Projects."
    },
    {
      "id": "acbl-humanitarian-mine-action-projects",
      "measure": "humanitarian-mine-action-projects",
      "qualifier": "exact",
      "value": 2,
      "unit": "count",
      "period": "1999-08/2000-07",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Awareness"
      },
      "quote": "are implementing two projects for humanitarian mine action during August 1999- July 2000.",
      "asWritten": "two",
      "note": "Implemented by the ACBL and the Institute of Peace and Democracy with financial support from the Landmines Project of the Open Society Institute Development Foundation. No footnote."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "anama-established",
      "label": "Azerbaijan National Agency for Mine Action (ANAMA) established",
      "date": "1998-07-18",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 16
      },
      "citation": "Interview with ANAMA Director Ilyas Badalov, Zerkalo, 10 March 2000; Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com; UNMAS, Portfolio of Mine-Related Projects, p. 35.",
      "quote": "On 18 July 1998 the civilian Azerbaijan National Agency for Mine Action (ANAMA) was established",
      "asWritten": "18 July 1998",
      "note": "Footnote 16 closes the next sentence of the same paragraph, the first footnote after this date."
    },
    {
      "id": "national-mine-action-plan-developed",
      "label": "ANAMA had developed a National Mine Action Plan and initiated a National Mine Database (as of this date)",
      "date": "2000-03",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 16
      },
      "citation": "Interview with ANAMA Director Ilyas Badalov, Zerkalo, 10 March 2000; Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com; UNMAS, Portfolio of Mine-Related Projects, p. 35.",
      "quote": "As of March 2000, it had developed a National Mine Action Plan",
      "asWritten": "March 2000",
      "note": "A state as of March 2000, not the date on which the plan was completed. The key developments at the head of the report say the same."
    },
    {
      "id": "national-deminer-training-started",
      "label": "Training of national deminers started",
      "date": "2000-03",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Key developments since March 1999"
      },
      "quote": "Training of national deminers started in March 2000",
      "asWritten": "March 2000"
    },
    {
      "id": "mag-deminer-training",
      "label": "Mines Advisory Group (MAG) started training deminers",
      "date": "2000-03",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "mines-advisory-group",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 18
      },
      "citation": "Email from Tim Carstairs, Communications Manager, Mines Advisory Group to Landmine Monitor (Mary Wareham, Human Rights Watch), 28 July 2000.",
      "quote": "British-based Mines Advisory Group (MAG) stated training of deminers in March 2000.",
      "asWritten": "March 2000",
      "note": "The source writes \"stated training\", which reads as \"started training\"; the key developments say that training of national deminers started in March 2000."
    },
    {
      "id": "demining-expected-fizulu",
      "label": "Demining operations expected to start in Fizulu",
      "date": "2000-06",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Clearance and Funding"
      },
      "quote": "Demining operations were expected to start in June 2000 in Fizulu.",
      "asWritten": "June 2000",
      "note": "An expected date. The key developments at the head of the report give July 2000 for the start of demining operations."
    },
    {
      "id": "demining-operations-start",
      "label": "Demining operations start (as planned at the time of the report)",
      "date": "2000-07",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Key developments since March 1999"
      },
      "quote": "demining operations start in July 2000",
      "asWritten": "July 2000",
      "note": "A planned date. The section Mine Clearance and Funding says that demining operations were expected to start in June 2000 in Fizulu."
    },
    {
      "id": "acbl-projects-period",
      "label": "ACBL and the Institute of Peace and Democracy implement two humanitarian mine action projects",
      "date": "1999-08/2000-07",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Awareness"
      },
      "quote": "are implementing two projects for humanitarian mine action during August 1999- July 2000.",
      "asWritten": "August 1999- July 2000"
    }
  ],
  "gaps": [],
  "notes": [
    "Most figures are plans or estimates made in the first half of 2000, not results.",
    "The source gives two dates for the start of demining operations: July 2000 in its key developments and \"expected to start in June 2000 in Fizulu\" in the section Mine Clearance and Funding. Both are recorded as events.",
    "Footnotes 17 and 23 cite an interview with the ANAMA director, Ilyas Badalov, in the newspaper Zerkalo (10 March 2000), and footnote 16 that interview, Zerkalo of 11 March 2000 and the UNMAS Portfolio of Mine-Related Projects; figures under footnotes 17 and 23 are attributed to ANAMA, those under footnote 16 to no single body.",
    "Where a paragraph carries one footnote at its end, the footnote is placed on the figures and dates of that paragraph that stand before it and after any earlier footnote.",
    "The source says that the beneficiaries of clearance include a large percentage of women and children, without a figure.",
    "The source says that several teams of deminers are operational under MAG technical supervision, employed by the local NGO Relief Azerbaijan and funded by UNDP through UNOPS; it gives no number of teams."
  ]
});
