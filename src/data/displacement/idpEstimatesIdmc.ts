import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { idmc } from '../../sources/idmc.js';
import { unhcr } from '../../sources/unhcr.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';

/**
 * Two estimates of the number of internally displaced persons (IDPs) in Azerbaijan, UNHCR’s of 2006
 * and the Government of Azerbaijan’s of March 2007, as the Internal Displacement Monitoring
 * Centre (IDMC) compiled them and the migration report (`003_d94e756ed0cfba1e.txt`) gives them.
 *
 * @example
 * ```ts
 * import { idpEstimatesIdmc } from 'azerbaijan-data/displacement';
 * idpEstimatesIdmc.observations.map((o) => o.value);
 * //=> [579000, 687000]
 * ```
 */
export const idpEstimatesIdmc: Dataset<'idp-estimates-idmc'> = /* @__PURE__ */ deepFreeze({
  "id": "idp-estimates-idmc",
  "title": "Estimates of internally displaced persons in Azerbaijan compiled by IDMC, 2006–2007",
  "description": "The number of internally displaced persons (IDPs) in Azerbaijan, in persons: 579,000 according to UNHCR’s estimate of 2006 and 687,000 according to the estimate of the Government of Azerbaijan of March 2007. The Geneva-based Internal Displacement Monitoring Centre (IDMC; the report writes \"International\") compiled the two and put the current number of IDPs somewhere between them, as the 2011–2012 country report on migration reports it.",
  "topic": "displacement",
  "version": "1.0.1",
  "sha256": "ba52e4fa39c8930fbe251e5ac31e42607beab8d1d3eda4bec03fdff94d679a2b",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "idps",
      "label": "Internally displaced persons (IDPs)"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, idmc, unhcr, governmentOfAzerbaijan],
  "observations": [
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
      "via": [
        {
          "source": "idmc",
          "role": "compiledBy"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "579,000 (UNHCR’s estimate in 2006)",
      "asWritten": "579,000",
      "note": "UNHCR’s estimate, as compiled by the Internal Displacement Monitoring Centre (IDMC, which the report names \"International Displacement Monitoring Centre\") as the lower end of the current number of IDPs."
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
      "via": [
        {
          "source": "idmc",
          "role": "compiledBy"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "687,000 which was the estimate of the Government of Azerbaijan in March 2007",
      "asWritten": "687,000",
      "note": "The Government of Azerbaijan’s estimate, as compiled by the Internal Displacement Monitoring Centre (IDMC, which the report names \"International Displacement Monitoring Centre\") as the upper end of the current number of IDPs."
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "IDMC, as the report gives it, says that the current number of IDPs \"could be somewhere between\" the two estimates; no figure between them is stated, and none is added here.",
    "The paragraph carries no footnote."
  ]
});
