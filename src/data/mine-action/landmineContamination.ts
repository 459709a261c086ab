import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { unmas } from '../../sources/unmas.js';
import { ministryOfDefenseAzerbaijan } from '../../sources/ministryOfDefenseAzerbaijan.js';

/**
 * Landmine contamination of Azerbaijan around 2000: the mine-affected area (km²), the number of
 * contaminated regions and of regions with mines or minefields, the length of the front line (km) and
 * the partial 1998 survey of the Fizuli region. Read from Landmine Monitor Report 2000
 * (`002_404f944ac4efa99f.txt`), which attributes the figures to UNMAS and the Ministry of Defense.
 *
 * @example
 * ```ts
 * import { landmineContamination } from 'azerbaijan-data/mine-action';
 * landmineContamination.observations.find((o) => o.id === 'mine-affected-area')?.quote;
 * //=> 'UNMAS has estimated that 19,500 square kilometers of land is mine-affected.'
 * ```
 */
export const landmineContamination: Dataset<'landmine-contamination'> = /* @__PURE__ */ deepFreeze({
  "id": "landmine-contamination",
  "title": "Landmine contamination in Azerbaijan, as reported by Landmine Monitor 2000",
  "description": "The area of Azerbaijan estimated to be mine-affected (19,500 km², according to UNMAS), the number of regions believed to be contaminated (approximately twenty-four of sixty-five), the regions controlled by Armenians suspected of having mines (seven) and the regions with defensive minefields of the Azerbaijan Defense Forces (fourteen), according to UNMAS; the length of the front line of military contact (1,039 km), according to the Ministry of Defense; and the partial Level 1 survey of 260 of the 700 km² potentially mined in the Fizuli region in 1998, as reported by Landmine Monitor Report 2000.",
  "topic": "mine-action",
  "version": "1.0.0",
  "sha256": "27b18aeb31e3d2e2daad5068e5908bc9ec599a7c8cb91f77c9135dd218e95f53",
  "units": [
    "km2",
    "count",
    "km",
    "years"
  ],
  "measures": [
    {
      "id": "mine-affected-area",
      "label": "Land estimated to be mine-affected",
      "description": "Square kilometres of land in Azerbaijan estimated to be mine-affected."
    },
    {
      "id": "contaminated-regions",
      "label": "Regions believed to be contaminated by mines"
    },
    {
      "id": "regions-of-azerbaijan",
      "label": "Regions of Azerbaijan",
      "description": "The number of regions of Azerbaijan against which the contaminated regions are counted."
    },
    {
      "id": "armenian-controlled-regions-suspected-mined",
      "label": "Regions that UNMAS describes as controlled by Armenians and suspected of having mines"
    },
    {
      "id": "regions-with-defensive-minefields",
      "label": "Regions containing defensive minefields laid by the Azerbaijan Defense Forces"
    },
    {
      "id": "front-line-length",
      "label": "Length of the front line of military contact"
    },
    {
      "id": "area-surveyed-level-one",
      "label": "Area covered by a Level 1 (general) survey"
    },
    {
      "id": "area-potentially-mined",
      "label": "Area potentially mined"
    },
    {
      "id": "years-since-cessation-of-hostilities",
      "label": "Years since the cessation of hostilities"
    }
  ],
  "dimensions": [
    {
      "id": "region",
      "label": "Region of Azerbaijan",
      "values": [
        {
          "code": "fizuli",
          "label": "Fizuli region"
        }
      ]
    }
  ],
  "sources": [landmineMonitor2000, unmas, ministryOfDefenseAzerbaijan],
  "observations": [
    {
      "id": "mine-affected-area",
      "measure": "mine-affected-area",
      "qualifier": "exact",
      "value": 19500,
      "unit": "km2",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 14
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, p. 34.",
      "quote": "UNMAS has estimated that 19,500 square kilometers of land is mine-affected.",
      "asWritten": "19,500",
      "note": "An estimate of UNMAS; the footnote cites its Portfolio of Mine-Related Projects, which footnotes 11 and 12 date June 2000."
    },
    {
      "id": "contaminated-regions",
      "measure": "contaminated-regions",
      "qualifier": "approximate",
      "value": 24,
      "wording": "approximately",
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 15
      },
      "citation": "Ibid., p. 37. [Ibid. refers to footnote 14: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "approximately twenty-four of the sixty-five Azerbaijan regions are believed to be contaminated",
      "asWritten": "twenty-four"
    },
    {
      "id": "regions-of-azerbaijan",
      "measure": "regions-of-azerbaijan",
      "qualifier": "exact",
      "value": 65,
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 15
      },
      "citation": "Ibid., p. 37. [Ibid. refers to footnote 14: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "approximately twenty-four of the sixty-five Azerbaijan regions are believed to be contaminated",
      "asWritten": "sixty-five"
    },
    {
      "id": "armenian-controlled-regions-suspected-mined",
      "measure": "armenian-controlled-regions-suspected-mined",
      "qualifier": "exact",
      "value": 7,
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 15
      },
      "citation": "Ibid., p. 37. [Ibid. refers to footnote 14: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "seven Azeri regions controlled by Armenians are suspected of having mines",
      "asWritten": "seven"
    },
    {
      "id": "regions-with-defensive-minefields",
      "measure": "regions-with-defensive-minefields",
      "qualifier": "exact",
      "value": 14,
      "unit": "count",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 15
      },
      "citation": "Ibid., p. 37. [Ibid. refers to footnote 14: UNMAS, Portfolio of Mine-Related Projects, June 2000]",
      "quote": "fourteen other regions “contain defensive minefields laid by the Azerbaijan Defense Forces.”",
      "asWritten": "fourteen"
    },
    {
      "id": "front-line-length",
      "measure": "front-line-length",
      "qualifier": "exact",
      "value": 1039,
      "unit": "km",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "ministry-of-defense-azerbaijan",
      "locator": {
        "section": "Landmine Problem and Survey"
      },
      "quote": "the front line of military contact covers 1,039 kilometers",
      "asWritten": "1,039",
      "note": "The source adds that much of this territory is mined; it gives no footnote for this figure."
    },
    {
      "id": "fizuli-area-surveyed-1998",
      "measure": "area-surveyed-level-one",
      "qualifier": "exact",
      "value": 260,
      "unit": "km2",
      "period": "1998",
      "dimensions": {
        "region": "fizuli"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 13
      },
      "citation": "A partial Level 1 survey of 260 of the 700 square kilometers potentially mined in the Fizuli region was carried out in 1998 by BACTEC International. UNMAS, “Joint Assessment Mission Report: Azerbaijan,” p. 9",
      "quote": "A partial Level 1 survey of 260 of the 700 square kilometers potentially mined in the Fizuli region was carried out in 1998 by BACTEC International.",
      "asWritten": "260",
      "note": "Stated in footnote 13 itself; the survey was carried out by BACTEC International, and the footnote cites the UNMAS Joint Assessment Mission Report."
    },
    {
      "id": "fizuli-area-potentially-mined-1998",
      "measure": "area-potentially-mined",
      "qualifier": "exact",
      "value": 700,
      "unit": "km2",
      "period": "1998",
      "dimensions": {
        "region": "fizuli"
      },
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 13
      },
      "citation": "A partial Level 1 survey of 260 of the 700 square kilometers potentially mined in the Fizuli region was carried out in 1998 by BACTEC International. UNMAS, “Joint Assessment Mission Report: Azerbaijan,” p. 9",
      "quote": "A partial Level 1 survey of 260 of the 700 square kilometers potentially mined in the Fizuli region was carried out in 1998 by BACTEC International.",
      "asWritten": "700",
      "note": "Stated in footnote 13 itself, as the area potentially mined in the Fizuli region of which the 1998 survey covered a part."
    },
    {
      "id": "years-since-cessation-of-hostilities",
      "measure": "years-since-cessation-of-hostilities",
      "qualifier": "atLeast",
      "value": 5,
      "wording": "More than",
      "unit": "years",
      "period": "2000-06",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 12
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, June 2000, p. 34.",
      "quote": "More than five years after the cessation of hostilities",
      "asWritten": "five",
      "note": "UNMAS wrote this in June 2000; the source gives the cease-fire as May 1994."
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "contaminated-regions-within-all-regions",
      "description": "The approximately twenty-four contaminated regions are among the sixty-five regions of Azerbaijan",
      "part": "contaminated-regions",
      "whole": "regions-of-azerbaijan"
    },
    {
      "kind": "partOf",
      "id": "armenian-controlled-suspected-regions-within-all-regions",
      "description": "The seven regions that UNMAS describes as controlled by Armenians and suspected of having mines are regions of Azerbaijan",
      "part": "armenian-controlled-regions-suspected-mined",
      "whole": "regions-of-azerbaijan"
    },
    {
      "kind": "partOf",
      "id": "defensive-minefield-regions-within-all-regions",
      "description": "The fourteen regions with defensive minefields are regions of Azerbaijan",
      "part": "regions-with-defensive-minefields",
      "whole": "regions-of-azerbaijan"
    },
    {
      "kind": "partOf",
      "id": "fizuli-surveyed-within-potentially-mined",
      "description": "The 260 km² surveyed in 1998 are part of the 700 km² potentially mined in the Fizuli region",
      "part": "fizuli-area-surveyed-1998",
      "whole": "fizuli-area-potentially-mined-1998"
    }
  ],
  "events": [
    {
      "id": "fizuli-level-one-survey",
      "label": "Partial Level 1 survey of the Fizuli region carried out by BACTEC International",
      "date": "1998",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 13
      },
      "citation": "A partial Level 1 survey of 260 of the 700 square kilometers potentially mined in the Fizuli region was carried out in 1998 by BACTEC International. UNMAS, “Joint Assessment Mission Report: Azerbaijan,” p. 9",
      "quote": "Fizuli region was carried out in 1998 by BACTEC International.",
      "asWritten": "1998"
    }
  ],
  "gaps": [],
  "notes": [
    "The seven regions controlled by Armenians and the fourteen regions with defensive minefields add up to twenty-one, against approximately twenty-four regions believed to be contaminated. The source does not say whether the twenty-four comprise the seven and the fourteen, so no sum is declared; each of the three counts is declared a part of the sixty-five regions.",
    "The source says that a complete, nationwide survey had not been undertaken because of the political situation; the Fizuli figures (260 of 700 km², 1998) stand in footnote 13 and are attributed there to the UNMAS Joint Assessment Mission Report.",
    "The 700 km² potentially mined in the Fizuli region (1998, UNMAS Joint Assessment Mission) and the 19,500 km² mine-affected nationwide (2000, UNMAS Portfolio) come from different UNMAS documents and years; no relation is declared between them.",
    "The source spells the region \"Fizuli\" (footnote 13) and \"Fizulu\" (Mine Clearance and Funding).",
    "According to the Ministry of Defense, much of the front-line territory is mined, the ministry marks its minefields and keeps records and maps of all of them; the information is classified."
  ]
});
