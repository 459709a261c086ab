import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { mfaAzerbaijan } from '../../sources/mfaAzerbaijan.js';

/**
 * Refugees, internally displaced persons and asylum seekers in Azerbaijan as of February 2008, with
 * the four groups they are made of, according to the Ministry of Foreign Affairs as the migration
 * report (`003_d94e756ed0cfba1e.txt`) gives them.
 *
 * @example
 * ```ts
 * import { refugeesIdpsAsylumSeekers2008 } from 'azerbaijan-data/displacement';
 * refugeesIdpsAsylumSeekers2008.observations.find((o) => o.id === 'refugees-idps-asylum-seekers-2008-02')?.asWritten;
 * //=> '989, 586'
 * ```
 */
export const refugeesIdpsAsylumSeekers2008: Dataset<'refugees-idps-asylum-seekers-2008'> = /* @__PURE__ */ deepFreeze({
  "id": "refugees-idps-asylum-seekers-2008",
  "title": "Refugees, IDPs and asylum seekers in Azerbaijan, February 2008",
  "description": "The number of refugees, internally displaced persons (IDPs) and asylum seekers in Azerbaijan as of February 2008, and the four groups the report names within it: Azerbaijanis from Armenia and Meskhetian Turks from Central Asia (both \"deported\", as the ministry words it), IDPs (\"up to\") and asylum seekers from other countries (\"close to\"), in persons, according to the information from the Ministry of Foreign Affairs of Azerbaijan as the 2011–2012 country report on migration reports it.",
  "topic": "displacement",
  "version": "1.0.0",
  "sha256": "06cd9d1ae84703c504de137fa66b14a878b016e2f03682fe5bced4681753d849",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "refugees-idps-asylum-seekers",
      "label": "Refugees, IDPs and asylum seekers"
    },
    {
      "id": "azerbaijanis-from-armenia",
      "label": "Azerbaijanis from Armenia (\"deported\", as the Ministry of Foreign Affairs words it)"
    },
    {
      "id": "meskhetian-turks",
      "label": "Meskhetian Turks"
    },
    {
      "id": "idps",
      "label": "Internally displaced persons (IDPs)"
    },
    {
      "id": "asylum-seekers",
      "label": "Asylum seekers"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, mfaAzerbaijan],
  "observations": [
    {
      "id": "refugees-idps-asylum-seekers-2008-02",
      "measure": "refugees-idps-asylum-seekers",
      "qualifier": "exact",
      "value": 989586,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "there were 989, 586 refugees, IDPs and asylum seekers in Azerbaijan",
      "asWritten": "989, 586",
      "note": "The report writes the figure with a space after the comma (\"989, 586\")."
    },
    {
      "id": "azerbaijanis-from-armenia-2008-02",
      "measure": "azerbaijanis-from-armenia",
      "qualifier": "exact",
      "value": 250000,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "250,000 Azerbaijanis deported from the Republic of Armenia",
      "asWritten": "250,000"
    },
    {
      "id": "meskhetian-turks-2008-02",
      "measure": "meskhetian-turks",
      "qualifier": "exact",
      "value": 50000,
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "50,000 Meskhetian Turks deported from Central Asia during the conflict with Armenia",
      "asWritten": "50,000"
    },
    {
      "id": "idps-2008-02",
      "measure": "idps",
      "qualifier": "atMost",
      "value": 700000,
      "wording": "up to",
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "up to 700,000 IDPs",
      "asWritten": "700,000"
    },
    {
      "id": "asylum-seekers-2008-02",
      "measure": "asylum-seekers",
      "qualifier": "approximate",
      "value": 3000,
      "wording": "close to",
      "unit": "persons",
      "period": "2008-02",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "mfa-azerbaijan",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "close to 3,000 asylum seekers from other countries",
      "asWritten": "3,000"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "refugees-idps-asylum-seekers-by-group-2008-02",
      "description": "Refugees, IDPs and asylum seekers (989, 586) = Azerbaijanis from Armenia + Meskhetian Turks + IDPs + asylum seekers",
      "total": "refugees-idps-asylum-seekers-2008-02",
      "parts": [
        "azerbaijanis-from-armenia-2008-02",
        "meskhetian-turks-2008-02",
        "idps-2008-02",
        "asylum-seekers-2008-02"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": -13414,
        "note": "The four groups as written (250,000 + 50,000 + up to 700,000 + close to 3,000) add up to 1,003,000, 13,414 more than the stated total of 989, 586. Two of the parts are qualified (\"up to\", \"close to\"), so their sum is not an exact count either."
      }
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The four groups the report lists do not add up to its total: 1,003,000 against 989, 586 (13,414 more than the total). The IDP figure is an upper bound (\"up to 700,000\") and the asylum-seeker figure an approximation (\"close to 3,000\").",
    "The sentence carries no footnote of its own; footnote 16 (the IOM country profile) stands at the end of the sentence before it."
  ]
});
