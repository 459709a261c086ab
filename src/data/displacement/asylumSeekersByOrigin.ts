import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { aliyev2006 } from '../../sources/aliyev2006.js';

/**
 * People seeking refuge in Azerbaijan by country of citizenship (ethnic Chechens with Russian
 * citizenship, Afghans, Iranians), as the migration report (`003_d94e756ed0cfba1e.txt`) gives them
 * after Aliyev Alovsat, "Migration to and from Azerbaijan" (Migration Perspectives 2006).
 *
 * @example
 * ```ts
 * import { asylumSeekersByOrigin } from 'azerbaijan-data/displacement';
 * asylumSeekersByOrigin.observations.find((o) => o.id === 'asylum-seekers-chechens')?.wording;
 * //=> 'some'
 * ```
 */
export const asylumSeekersByOrigin: Dataset<'asylum-seekers-by-origin'> = /* @__PURE__ */ deepFreeze({
  "id": "asylum-seekers-by-origin",
  "title": "People seeking refuge in Azerbaijan by country of citizenship",
  "description": "People seeking refuge in Azerbaijan, in persons: some 8,000 ethnic Chechens with Russian citizenship, 7,500 citizens of Afghanistan and 3,000 Iranians, as the 2011–2012 country report on migration states them with a reference to Aliyev Alovsat, \"Migration to and from Azerbaijan\", Migration Perspectives 2006.",
  "topic": "displacement",
  "version": "1.0.0",
  "sha256": "6c3e896943c5264715d6b070698b200bc9cb61f3709e75bd2b10412bf2bedf80",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "asylum-seekers",
      "label": "Asylum seekers (persons seeking refuge in Azerbaijan)"
    }
  ],
  "dimensions": [
    {
      "id": "country",
      "label": "Country of citizenship",
      "codelist": "ISO 3166-1 alpha-2",
      "values": [
        {
          "code": "RU",
          "label": "Russian Federation (ethnic Chechens with Russian citizenship)"
        },
        {
          "code": "AF",
          "label": "Afghanistan"
        },
        {
          "code": "IR",
          "label": "Iran"
        }
      ]
    }
  ],
  "sources": [migrationReport, aliyev2006],
  "observations": [
    {
      "id": "asylum-seekers-chechens",
      "measure": "asylum-seekers",
      "qualifier": "approximate",
      "value": 8000,
      "wording": "some",
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "RU"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 17
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "some 8,000 ethnic Chechens with Russian citizenship",
      "asWritten": "8,000",
      "note": "The report gives no date for the figure; the period is the year of the work cited in footnote 17 (Migration Perspectives 2006)."
    },
    {
      "id": "asylum-seekers-af",
      "measure": "asylum-seekers",
      "qualifier": "exact",
      "value": 7500,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "AF"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 17
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "7,500 citizens of Afghanistan",
      "asWritten": "7,500",
      "note": "The report gives no date for the figure; the period is the year of the work cited in footnote 17 (Migration Perspectives 2006)."
    },
    {
      "id": "asylum-seekers-ir",
      "measure": "asylum-seekers",
      "qualifier": "exact",
      "value": 3000,
      "unit": "persons",
      "period": "2006",
      "dimensions": {
        "country": "IR"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "aliyev-2006",
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 17
      },
      "citation": "Aliyev Alovsat, “Migration to and from Azerbaijan”, Migration Perspectives 2006",
      "quote": "3,000 Iranians were seeking refuge in Azerbaijan",
      "asWritten": "3,000",
      "note": "The report gives no date for the figure; the period is the year of the work cited in footnote 17 (Migration Perspectives 2006)."
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The report adds that smaller groups were said to be from Iraq, Turkey, Pakistan, Sudan and Kyrgyzstan, with no figures; none is invented.",
    "The Russian citizens counted are the ethnic Chechens only: the report gives no figure for other Russian citizens.",
    "The report gives no total and no date for these figures. It writes them after the Ministry of Foreign Affairs figures of February 2008 (\"close to 3,000 asylum seekers from other countries\", dataset refugees-idps-asylum-seekers-2008), but cites a 2006 work for them (footnote 17); the period is set to 2006, the year of that work."
  ]
});
