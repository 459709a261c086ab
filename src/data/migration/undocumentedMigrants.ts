import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { citizensLaborRightsProtectionLeague } from '../../sources/citizensLaborRightsProtectionLeague.js';

/**
 * Undocumented migrants living in Azerbaijan (a range) and those of them who have work permits, according to
 * NGO data and the mass media as cited in the migration report (`003_d94e756ed0cfba1e.txt`), which names
 * the report of the Citizens` Labor Rights Protection League.
 *
 * @example
 * ```ts
 * import { undocumentedMigrants } from 'azerbaijan-data/migration';
 * undocumentedMigrants.observations.find((o) => o.id === 'undocumented-migrants')?.asWritten;
 * //=> '30,000 – 50,000'
 * ```
 */
export const undocumentedMigrants: Dataset<'undocumented-migrants'> = /* @__PURE__ */ deepFreeze({
  "id": "undocumented-migrants",
  "title": "Undocumented migrants living in Azerbaijan",
  "description": "The number of undocumented migrants living in Azerbaijan, approximately 30,000 to 50,000 persons, of whom nearly 5,000 have work permits, according to NGO data and information in the mass media as cited in the migration report, which refers to the report of the Citizens` Labor Rights Protection League (PU). The report gives no date for the figures.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "d03e9d7eb51be2af1c581523793c56a19b41d12b1e76fa7981fa67f6c3d7ac26",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "undocumented-migrants",
      "label": "Undocumented migrants living in Azerbaijan"
    },
    {
      "id": "undocumented-migrants-with-work-permits",
      "label": "Undocumented migrants living in Azerbaijan who have work permits"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, citizensLaborRightsProtectionLeague],
  "observations": [
    {
      "id": "undocumented-migrants",
      "measure": "undocumented-migrants",
      "qualifier": "range",
      "low": 30000,
      "high": 50000,
      "wording": "approximately",
      "unit": "persons",
      "period": "2009/2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "citizens-labor-rights-protection-league",
      "locator": {
        "section": "Irregular migration",
        "footnote": 13
      },
      "citation": "Report of Citizens` Labor Rights Protection League (PU) on situation with provision of the rights of migrants workers and their family members in Azerbaijan",
      "quote": "approximately 30,000 – 50,000 undocumented migrants living in Azerbaijan",
      "asWritten": "30,000 – 50,000",
      "note": "The sentence cites \"NGO data and information available in the mass media\" (footnote 12: http://www.hafta-ichi.com/newv/2009/04/24/read=5657) and, in footnote 13, the report of the Citizens` Labor Rights Protection League. The report dates neither figure; the period runs from the date in the address of the media item it cites in footnote 12 (24 April 2009) to the year of the report."
    },
    {
      "id": "undocumented-migrants-with-work-permits",
      "measure": "undocumented-migrants-with-work-permits",
      "qualifier": "approximate",
      "value": 5000,
      "wording": "Nearly",
      "unit": "persons",
      "period": "2009/2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "citizens-labor-rights-protection-league",
      "locator": {
        "section": "Irregular migration",
        "footnote": 13
      },
      "citation": "Report of Citizens` Labor Rights Protection League (PU) on situation with provision of the rights of migrants workers and their family members in Azerbaijan",
      "quote": "5,000 of them have work permits",
      "asWritten": "5,000",
      "note": "In the report the word \"Nearly\" stands before a page break and its footnotes, so the quote starts at the figure. \"Them\" are the 30,000 – 50,000 undocumented migrants; the report adds that the remaining ones are illegally working in Azerbaijan. The report dates neither figure; the period runs from the date in the address of the media item it cites in footnote 12 (24 April 2009) to the year of the report."
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The undocumented migrants are a range (30,000 – 50,000), so no relation with the nearly 5,000 who have work permits is declared: a range has no single value to compare with.",
    "The report dates neither figure; the period runs from the date in the address of the media item it cites in footnote 12 (24 April 2009) to the year of the report."
  ]
});
