import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateMigrationService } from '../../sources/stateMigrationService.js';

/**
 * Foreigners in Azerbaijan on 1 April 2011 by group (migrant workers, students, relatives of Azerbaijani
 * nationals), in persons and percent, according to the State Migration Service as cited in the migration
 * report (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { foreignersByPurpose2011 } from 'azerbaijan-data/migration';
 * foreignersByPurpose2011.observations.find((o) => o.id === 'foreigners-total')?.asWritten;
 * //=> '452,475'
 * ```
 */
export const foreignersByPurpose2011: Dataset<'foreigners-by-purpose-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "foreigners-by-purpose-2011",
  "title": "Foreigners in Azerbaijan by group, 1 April 2011",
  "description": "The number of foreigners in Azerbaijan on 1 April 2011 (452,475 persons) and the groups the report lists within it: migrant workers, students and relatives of Azerbaijani nationals, each as a number of persons and as a percentage. According to the report, the remaining number consists of refugees and asylum seekers; it gives no figure for them. The report attributes the figures to the State Migration Service.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "fa285f6a54c71fc1396d9eb7d193b2f8baba22ce0fb32cb2de48173e91f9d2c3",
  "units": [
    "persons",
    "percent"
  ],
  "measures": [
    {
      "id": "foreigners",
      "label": "Foreigners in Azerbaijan"
    },
    {
      "id": "foreigners-share",
      "label": "Foreigners in Azerbaijan, percentage of all foreigners"
    }
  ],
  "dimensions": [
    {
      "id": "purpose",
      "label": "Group of foreigners",
      "values": [
        {
          "code": "migrant-workers",
          "label": "Migrant workers"
        },
        {
          "code": "students",
          "label": "Students"
        },
        {
          "code": "relatives-of-azerbaijani-nationals",
          "label": "Relatives of Azerbaijani nationals"
        }
      ]
    }
  ],
  "sources": [migrationReport, stateMigrationService],
  "observations": [
    {
      "id": "foreigners-total",
      "measure": "foreigners",
      "qualifier": "exact",
      "value": 452475,
      "unit": "persons",
      "period": "2011-04-01",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "there are 452,475 foreigners in Azerbaijan (by 01 April 2011)",
      "asWritten": "452,475"
    },
    {
      "id": "foreigners-migrant-workers",
      "measure": "foreigners",
      "qualifier": "exact",
      "value": 113118,
      "unit": "persons",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "migrant-workers"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "migrant workers – 25 % (113,118)",
      "asWritten": "113,118"
    },
    {
      "id": "foreigners-migrant-workers-share",
      "measure": "foreigners-share",
      "qualifier": "exact",
      "value": 25,
      "unit": "percent",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "migrant-workers"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "migrant workers – 25 % (113,118)",
      "asWritten": "25"
    },
    {
      "id": "foreigners-students",
      "measure": "foreigners",
      "qualifier": "exact",
      "value": 90945,
      "unit": "persons",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "students"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "students – 20 % (90,945)",
      "asWritten": "90,945"
    },
    {
      "id": "foreigners-students-share",
      "measure": "foreigners-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "students"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "students – 20 % (90,945)",
      "asWritten": "20"
    },
    {
      "id": "foreigners-relatives-of-azerbaijani-nationals",
      "measure": "foreigners",
      "qualifier": "exact",
      "value": 81445,
      "unit": "persons",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "relatives-of-azerbaijani-nationals"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "relatives of Azerbaijani nationals – 18 % (81,445)",
      "asWritten": "81,445"
    },
    {
      "id": "foreigners-relatives-of-azerbaijani-nationals-share",
      "measure": "foreigners-share",
      "qualifier": "exact",
      "value": 18,
      "unit": "percent",
      "period": "2011-04-01",
      "dimensions": {
        "purpose": "relatives-of-azerbaijani-nationals"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "relatives of Azerbaijani nationals – 18 % (81,445)",
      "asWritten": "18"
    }
  ],
  "relations": [
    {
      "kind": "share",
      "id": "foreigners-migrant-workers-share-of-total",
      "description": "Migrant workers: percent = 100 × migrant workers / all foreigners (the percent is a whole number)",
      "percent": "foreigners-migrant-workers-share",
      "part": "foreigners-migrant-workers",
      "whole": "foreigners-total",
      "tolerance": 0.5
    },
    {
      "kind": "share",
      "id": "foreigners-students-share-of-total",
      "description": "Students: percent = 100 × students / all foreigners (the percent is a whole number)",
      "percent": "foreigners-students-share",
      "part": "foreigners-students",
      "whole": "foreigners-total",
      "tolerance": 0.5
    },
    {
      "kind": "share",
      "id": "foreigners-relatives-of-azerbaijani-nationals-share-of-total",
      "description": "Relatives of Azerbaijani nationals: percent = 100 × relatives of azerbaijani nationals / all foreigners (the percent is a whole number)",
      "percent": "foreigners-relatives-of-azerbaijani-nationals-share",
      "part": "foreigners-relatives-of-azerbaijani-nationals",
      "whole": "foreigners-total",
      "tolerance": 0.5
    },
    {
      "kind": "sum",
      "id": "foreigners-by-purpose",
      "description": "All foreigners = migrant workers + students + relatives of Azerbaijani nationals + the remaining number, which the report says consists of refugees and asylum seekers",
      "total": "foreigners-total",
      "parts": [
        "foreigners-migrant-workers",
        "foreigners-students",
        "foreigners-relatives-of-azerbaijani-nationals"
      ],
      "remainder": {
        "label": "Refugees and asylum seekers (the remaining number, as the report says)",
        "value": 166967
      },
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "foreigners-shares-by-purpose",
      "description": "100 percent = the shares of migrant workers, students and relatives of Azerbaijani nationals + the remaining share, which the report says consists of refugees and asylum seekers",
      "total": {
        "value": 100,
        "label": "All foreigners in Azerbaijan on 1 April 2011"
      },
      "parts": [
        "foreigners-migrant-workers-share",
        "foreigners-students-share",
        "foreigners-relatives-of-azerbaijani-nationals-share"
      ],
      "remainder": {
        "label": "Refugees and asylum seekers (the remaining share, as the report says)",
        "value": 37
      },
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [],
  "notes": [
    "The report gives no figure for refugees and asylum seekers, which it says make up the remaining number; the sum relations state that rest as 166,967 persons and 37 percent, computed from the report's figures."
  ]
});
