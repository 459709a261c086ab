import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { unmas } from '../../sources/unmas.js';

/**
 * Estimated cost of the Azerbaijan Mine Action Program for its establishment and first year of
 * operation (almost $3.53 million) and its nine budget lines (USD), read from Landmine Monitor Report
 * 2000 (`002_404f944ac4efa99f.txt`), which cites the UNMAS Portfolio of Mine-Related Projects.
 *
 * @example
 * ```ts
 * import { mineActionBudget2000 } from 'azerbaijan-data/mine-action';
 * mineActionBudget2000.observations.find((o) => o.id === 'budget-equipment-material-procurement')?.asWritten;
 * //=> '$1,658,900'
 * ```
 */
export const mineActionBudget2000: Dataset<'mine-action-budget-2000'> = /* @__PURE__ */ deepFreeze({
  "id": "mine-action-budget-2000",
  "title": "Azerbaijan Mine Action Program: estimated first-year budget, 2000",
  "description": "The estimated cost of establishing the Azerbaijan Mine Action Program and of its first year of operation, almost $3.53 million (in million US dollars), and its breakdown into nine budget lines in US dollars, from training and supervision to equipment procurement, as reported by Landmine Monitor Report 2000 citing the UNMAS Portfolio of Mine-Related Projects (June 2000).",
  "topic": "mine-action",
  "version": "1.0.0",
  "sha256": "85328e515596271521ced766195664fb98e3a41fd7b3e656441a14bfe32fd0c7",
  "units": [
    "million-usd",
    "usd"
  ],
  "measures": [
    {
      "id": "estimated-cost",
      "label": "Estimated cost of establishing the programme and of its first year of operation"
    },
    {
      "id": "budget-line-amount",
      "label": "Amount of a budget line of the programme's first year",
      "description": "One line of the breakdown of the budget, in US dollars."
    }
  ],
  "dimensions": [
    {
      "id": "budget-line",
      "label": "Budget line",
      "values": [
        {
          "code": "international-training-supervision",
          "label": "International training and supervision agency"
        },
        {
          "code": "national-demining-ngo",
          "label": "National demining NGO"
        },
        {
          "code": "international-dog-support-training",
          "label": "International dog support and training contractor"
        },
        {
          "code": "national-quality-assurance-dog-support",
          "label": "National quality assurance and dog support NGO"
        },
        {
          "code": "mine-awareness",
          "label": "Mine awareness"
        },
        {
          "code": "victim-assistance",
          "label": "Victim assistance"
        },
        {
          "code": "general-survey-level-one",
          "label": "General survey (Level One)"
        },
        {
          "code": "facility-development",
          "label": "Facility development"
        },
        {
          "code": "equipment-material-procurement",
          "label": "Equipment and material procurement"
        }
      ]
    }
  ],
  "sources": [landmineMonitor2000, unmas],
  "observations": [
    {
      "id": "estimated-cost-first-year",
      "measure": "estimated-cost",
      "qualifier": "approximate",
      "value": 3.53,
      "wording": "almost",
      "unit": "million-usd",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 19
      },
      "citation": "Ibid, pp. 35-36. [Ibid. read as UNMAS, Portfolio of Mine-Related Projects, June 2000 (footnote 16): the footnote just before, 18, is an email, which has no pages]",
      "quote": "The estimated cost for establishing the program and the first year of operation is almost $3.53 million.",
      "asWritten": "$3.53",
      "note": "The cost of establishing the programme and its first year of operation; the source gives no calendar year, and 2000 is the year of the report and of the programme's start. Footnote 19 closes the paragraph on the four-phased plan. Attributed to UNMAS by reading its \"Ibid\" as the UNMAS Portfolio of Mine-Related Projects (see citation)."
    },
    {
      "id": "budget-international-training-supervision",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 120000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "international-training-supervision"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "international training and supervision agency ($120,000)",
      "asWritten": "$120,000"
    },
    {
      "id": "budget-national-demining-ngo",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 340000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "national-demining-ngo"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "national demining NGO ($340,000)",
      "asWritten": "$340,000"
    },
    {
      "id": "budget-international-dog-support-training",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 550000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "international-dog-support-training"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "international dog support and training contractor ($550,000)",
      "asWritten": "$550,000"
    },
    {
      "id": "budget-national-quality-assurance-dog-support",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 240000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "national-quality-assurance-dog-support"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "national quality assurance and dog support NGO ($240,000)",
      "asWritten": "$240,000"
    },
    {
      "id": "budget-mine-awareness",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 150000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "mine-awareness"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "mine awareness ($150,000)",
      "asWritten": "$150,000"
    },
    {
      "id": "budget-victim-assistance",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 150000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "victim-assistance"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "victim assistance ($150,000)",
      "asWritten": "$150,000"
    },
    {
      "id": "budget-general-survey-level-one",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 120000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "general-survey-level-one"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "general survey (Level One) ($120,000)",
      "asWritten": "$120,000"
    },
    {
      "id": "budget-facility-development",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 200000,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "facility-development"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "facility development ($200,000)",
      "asWritten": "$200,000"
    },
    {
      "id": "budget-equipment-material-procurement",
      "measure": "budget-line-amount",
      "qualifier": "exact",
      "value": 1658900,
      "unit": "usd",
      "period": "2000",
      "dimensions": {
        "budget-line": "equipment-material-procurement"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Mine Clearance and Funding",
        "footnote": 20
      },
      "citation": "Ibid, p. 36. [Ibid. refers to footnote 19: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "equipment and material procurement ($1,658,900)",
      "asWritten": "$1,658,900"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "budget-lines-sum-to-estimated-cost",
      "description": "The nine budget lines add up to the estimated cost of almost $3.53 million (taken as $3,530,000 in USD)",
      "total": {
        "value": 3530000,
        "label": "almost $3.53 million, in USD (the estimated cost as the source writes it, observation estimated-cost-first-year)"
      },
      "parts": [
        "budget-international-training-supervision",
        "budget-national-demining-ngo",
        "budget-international-dog-support-training",
        "budget-national-quality-assurance-dog-support",
        "budget-mine-awareness",
        "budget-victim-assistance",
        "budget-general-survey-level-one",
        "budget-facility-development",
        "budget-equipment-material-procurement"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1100,
        "note": "The nine lines add up to $3,528,900, $1,100 less than $3,530,000. The source writes the total as \"almost $3.53 million\", which is the sum rounded up to two decimals of a million; the gap is declared instead of being absorbed into a tolerance."
      }
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The total is kept as the source writes it, \"almost $3.53 million\", in million US dollars (value 3.53), and the nine lines as the source writes them, in US dollars. A relation compares numbers as stored, so the sum relation checks the lines against a stated whole of $3,530,000 (the same total written in US dollars) and declares the $1,100 by which they fall short of it: the source's \"almost\" says that the total is slightly less than $3.53 million.",
    "Footnotes 19 and 20 read \"Ibid\". The footnote just before them (18) is an email, which has no pages; the pages they give (35–36, 36) fall within the Azerbaijan chapter of the UNMAS Portfolio of Mine-Related Projects (June 2000) that footnotes 11, 12, 14 and 16 cite (pp. 34–37). The figures are therefore attributed to UNMAS.",
    "The same $3.53 million appears again, without \"almost\", as the budget against which $2.265 million had been raised by 10 March 2000: see the dataset mine-action-funding-2000."
  ]
});
