import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { mfaAzerbaijan } from '../../sources/mfaAzerbaijan.js';
import { iomCountryProfile2008 } from '../../sources/iomCountryProfile2008.js';

/**
 * Refugee status determination in Azerbaijan in 2007: applicants, applications approved, persons
 * granted refugee status and applicants denied, according to the Ministry of Foreign Affairs as the
 * migration report (`003_d94e756ed0cfba1e.txt`) gives it, citing the IOM country profile.
 *
 * @example
 * ```ts
 * import { refugeeStatusDetermination2007 } from 'azerbaijan-data/displacement';
 * refugeeStatusDetermination2007.observations.find((o) => o.id === 'refugee-status-applicants-2007')?.value;
 * //=> 708
 * ```
 */
export const refugeeStatusDetermination2007: Dataset<'refugee-status-determination-2007'> = /* @__PURE__ */ deepFreeze({
  "id": "refugee-status-determination-2007",
  "title": "Refugee status determination in Azerbaijan, 2007",
  "description": "Persons who applied for refugee status to the Refugee Status Determination Department (part of the State Migration Service) in 2007, asylum applications approved, persons granted refugee status and applicants denied refugee status in 2007, according to the information given by the Ministry of Foreign Affairs of Azerbaijan in February 2008, as the 2011–2012 country report on migration reports it with a reference to the IOM country profile \"Migration in the Republic of Azerbaijan\" (2008). Applications are counted in number of applications, people in persons.",
  "topic": "displacement",
  "version": "1.0.1",
  "sha256": "da2e47fabfdbc0db191ff7781ef4d7d130e1df2b4c1d7e53989db6aae73574a6",
  "units": [
    "persons",
    "count"
  ],
  "measures": [
    {
      "id": "refugee-status-applicants",
      "label": "Persons who applied for refugee status"
    },
    {
      "id": "asylum-applications-approved",
      "label": "Asylum applications approved"
    },
    {
      "id": "persons-granted-refugee-status",
      "label": "Persons granted refugee status"
    },
    {
      "id": "applicants-denied-refugee-status",
      "label": "Applicants denied refugee status"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, mfaAzerbaijan, iomCountryProfile2008],
  "observations": [
    {
      "id": "refugee-status-applicants-2007",
      "measure": "refugee-status-applicants",
      "qualifier": "exact",
      "value": 708,
      "unit": "persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "via": [
        {
          "source": "iom-country-profile-2008",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 16
      },
      "citation": "Migration in the Republic of Azerbaijan, A Country Profile (IOM)",
      "quote": "708 persons applied for refugee status from the Refugee Status Determination Department",
      "asWritten": "708"
    },
    {
      "id": "asylum-applications-approved-2007",
      "measure": "asylum-applications-approved",
      "qualifier": "exact",
      "value": 62,
      "unit": "count",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "via": [
        {
          "source": "iom-country-profile-2008",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 16
      },
      "citation": "Migration in the Republic of Azerbaijan, A Country Profile (IOM)",
      "quote": "In 2007, 62 asylum applications were approved",
      "asWritten": "62"
    },
    {
      "id": "persons-granted-refugee-status-2007",
      "measure": "persons-granted-refugee-status",
      "qualifier": "exact",
      "value": 90,
      "unit": "persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "via": [
        {
          "source": "iom-country-profile-2008",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 16
      },
      "citation": "Migration in the Republic of Azerbaijan, A Country Profile (IOM)",
      "quote": "with refugee status granted to 90 persons",
      "asWritten": "90"
    },
    {
      "id": "applicants-denied-refugee-status-2007",
      "measure": "applicants-denied-refugee-status",
      "qualifier": "exact",
      "value": 570,
      "unit": "persons",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "via": [
        {
          "source": "iom-country-profile-2008",
          "role": "citedIn"
        }
      ],
      "locator": {
        "section": "Refugees and asylum seekers",
        "footnote": 16
      },
      "citation": "Migration in the Republic of Azerbaijan, A Country Profile (IOM)",
      "quote": "570 applicants were denied refugee status",
      "asWritten": "570"
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The approved applications (62) are counted in applications and the persons granted refugee status (90) in persons: one approved application can cover more than one person, so the two are not the same count.",
    "The figures do not add up to the 708 applicants: 62 approved applications and 570 denied applicants make 632, 76 fewer than 708; 90 persons granted and 570 denied make 660, 48 fewer than 708. The report does not say whether every 2007 application was decided in 2007 or whether the 2007 decisions concern the 2007 applications only, so no sum is declared between them.",
    "Footnote 16 (Migration in the Republic of Azerbaijan, A Country Profile (IOM)) stands at the end of the second sentence of the paragraph and is taken as the citation of the whole account of 2007."
  ]
});
