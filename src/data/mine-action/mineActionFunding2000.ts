import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { anama } from '../../sources/anama.js';
import { zerkalo } from '../../sources/zerkalo.js';

/**
 * Funds raised for the Azerbaijan Mine Action Program by 10 March 2000 ($2.265 million of a $3.53
 * million budget) and the five contributions (USD), according to ANAMA, as reported by Landmine
 * Monitor Report 2000 (`002_404f944ac4efa99f.txt`) citing the newspaper Zerkalo.
 *
 * @example
 * ```ts
 * import { mineActionFunding2000 } from 'azerbaijan-data/mine-action';
 * mineActionFunding2000.observations.find((o) => o.id === 'contribution-canada')?.value;
 * //=> 65000
 * ```
 */
export const mineActionFunding2000: Dataset<'mine-action-funding-2000'> = /* @__PURE__ */ deepFreeze({
  "id": "mine-action-funding-2000",
  "title": "Funding raised for the Azerbaijan Mine Action Program, 10 March 2000",
  "description": "The funds raised for the Azerbaijan Mine Action Program by 10 March 2000, $2.265 million of its $3.53 million budget (in million US dollars), and the contributions of the five donors in US dollars: the Azeri government ($600,000), UNDP ($500,000), the World Bank ($600,000), the Japanese government ($500,000) and Canada ($65,000). According to ANAMA at its meeting with donors, as reported by Landmine Monitor Report 2000 citing the newspaper Zerkalo (11 March 2000).",
  "topic": "mine-action",
  "version": "1.0.1",
  "sha256": "bd61a8920a488ddde535ff03b4e5ac3127b3f1e3462f30b0e1e98dd40cfc2c91",
  "units": [
    "million-usd",
    "usd"
  ],
  "measures": [
    {
      "id": "funds-raised",
      "label": "Funds raised for the programme"
    },
    {
      "id": "programme-budget",
      "label": "Budget of the programme"
    },
    {
      "id": "contribution",
      "label": "Contribution of a donor to the programme"
    }
  ],
  "dimensions": [
    {
      "id": "donor",
      "label": "Donor",
      "values": [
        {
          "code": "government-of-azerbaijan",
          "label": "Government of Azerbaijan"
        },
        {
          "code": "undp",
          "label": "United Nations Development Programme (UNDP)"
        },
        {
          "code": "world-bank",
          "label": "World Bank"
        },
        {
          "code": "government-of-japan",
          "label": "Government of Japan"
        },
        {
          "code": "canada",
          "label": "Canada"
        }
      ]
    }
  ],
  "sources": [landmineMonitor2000, anama, zerkalo],
  "observations": [
    {
      "id": "funds-raised",
      "measure": "funds-raised",
      "qualifier": "exact",
      "value": 2.265,
      "unit": "million-usd",
      "period": "2000-03-10",
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "It announced that $2.265 million of the $3.53 million budget had been raised.",
      "asWritten": "$2.265",
      "note": "Announced by ANAMA at its meeting with the donors of the Azerbaijan Mine Action Program on 10 March 2000."
    },
    {
      "id": "programme-budget",
      "measure": "programme-budget",
      "qualifier": "exact",
      "value": 3.53,
      "unit": "million-usd",
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "It announced that $2.265 million of the $3.53 million budget had been raised.",
      "asWritten": "$3.53",
      "note": "Written here without \"almost\"; the same budget is written \"almost $3.53 million\" two paragraphs earlier (dataset mine-action-budget-2000)."
    },
    {
      "id": "contribution-government-of-azerbaijan",
      "measure": "contribution",
      "qualifier": "exact",
      "value": 600000,
      "unit": "usd",
      "period": "2000-03-10",
      "dimensions": {
        "donor": "government-of-azerbaijan"
      },
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "Of this sum the Azeri government contributed $600,000",
      "asWritten": "$600,000"
    },
    {
      "id": "contribution-undp",
      "measure": "contribution",
      "qualifier": "exact",
      "value": 500000,
      "unit": "usd",
      "period": "2000-03-10",
      "dimensions": {
        "donor": "undp"
      },
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "Of this sum the Azeri government contributed $600,000, UNDP $500,000",
      "asWritten": "$500,000"
    },
    {
      "id": "contribution-world-bank",
      "measure": "contribution",
      "qualifier": "exact",
      "value": 600000,
      "unit": "usd",
      "period": "2000-03-10",
      "dimensions": {
        "donor": "world-bank"
      },
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "Of this sum the Azeri government contributed $600,000, UNDP $500,000, the World Bank $600,000",
      "asWritten": "$600,000"
    },
    {
      "id": "contribution-government-of-japan",
      "measure": "contribution",
      "qualifier": "exact",
      "value": 500000,
      "unit": "usd",
      "period": "2000-03-10",
      "dimensions": {
        "donor": "government-of-japan"
      },
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "Of this sum the Azeri government contributed $600,000, UNDP $500,000, the World Bank $600,000, the Japanese government $500,000",
      "asWritten": "$500,000"
    },
    {
      "id": "contribution-canada",
      "measure": "contribution",
      "qualifier": "exact",
      "value": 65000,
      "unit": "usd",
      "period": "2000-03-10",
      "dimensions": {
        "donor": "canada"
      },
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "Of this sum the Azeri government contributed $600,000, UNDP $500,000, the World Bank $600,000, the Japanese government $500,000, and Canada $65,000",
      "asWritten": "$65,000"
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "raised-within-budget",
      "description": "The $2.265 million raised is part of the $3.53 million budget",
      "part": "funds-raised",
      "whole": "programme-budget"
    },
    {
      "kind": "sum",
      "id": "contributions-sum-to-funds-raised",
      "description": "The five contributions add up to the $2.265 million raised (taken as $2,265,000 in USD)",
      "total": {
        "value": 2265000,
        "label": "$2.265 million raised, in USD (observation funds-raised)"
      },
      "parts": [
        "contribution-government-of-azerbaijan",
        "contribution-undp",
        "contribution-world-bank",
        "contribution-government-of-japan",
        "contribution-canada"
      ],
      "tolerance": 0
    }
  ],
  "events": [
    {
      "id": "anama-donor-meeting",
      "label": "ANAMA met with the donors of the Azerbaijan Mine Action Program",
      "date": "2000-03-10",
      "dateBasis": "stated",
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
        "footnote": 21
      },
      "citation": "Zerkalo (newspaper), 11 March 2000, available at: http://www.zerkalo-daily.com.",
      "quote": "On 10 March 2000, АNАМА met with donors of the Azerbaijan Mine Action Program.",
      "asWritten": "10 March 2000"
    }
  ],
  "gaps": [],
  "notes": [
    "The five contributions add up exactly to $2,265,000. The total is kept as the source writes it ($2.265 million, in million US dollars) and the contributions in US dollars, so the sum relation checks them against a stated whole of $2,265,000.",
    "The figures are ANAMA's announcement; the source's footnote 21 cites the newspaper Zerkalo of 11 March 2000 (listed among the sources)."
  ]
});
