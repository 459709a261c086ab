import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateMigrationService } from '../../sources/stateMigrationService.js';

/**
 * Statistics of the State Migration Service for 1 January – 30 November 2011 (the report writes "31
 * November"): applications, violations of immigration legislation, regularizations, return decisions and
 * removals, each as a total and per month, as cited in the migration report (`003_d94e756ed0cfba1e.txt`).
 *
 * @example
 * ```ts
 * import { stateMigrationService2011 } from 'azerbaijan-data/migration';
 * stateMigrationService2011.observations.find((o) => o.id === 'removals')?.asWritten;
 * //=> '1,804'
 * ```
 */
export const stateMigrationService2011: Dataset<'state-migration-service-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "state-migration-service-2011",
  "title": "State Migration Service statistics, January–November 2011",
  "description": "Counts for 1 January to 30 November 2011 of applications received, violations of immigration legislation, regularizations, return decisions issued and removals, each with the per-month figure the report gives beside it, according to the State Migration Service as cited in the migration report.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "edfaf3de5b843a71eba4a97257253b8cced34dfa950a2919d43ed7ce727227d5",
  "units": [
    "count",
    "count-per-month"
  ],
  "measures": [
    {
      "id": "applications-received",
      "label": "Number of applications received"
    },
    {
      "id": "applications-received-per-month",
      "label": "Number of applications received, per month"
    },
    {
      "id": "immigration-law-violations",
      "label": "Number of violations of immigration legislation"
    },
    {
      "id": "immigration-law-violations-per-month",
      "label": "Number of violations of immigration legislation, per month"
    },
    {
      "id": "regularizations",
      "label": "Number of regularizations"
    },
    {
      "id": "regularizations-per-month",
      "label": "Number of regularizations, per month"
    },
    {
      "id": "return-decisions-issued",
      "label": "Number of return decisions issued"
    },
    {
      "id": "return-decisions-issued-per-month",
      "label": "Number of return decisions issued, per month"
    },
    {
      "id": "removals",
      "label": "Number of removals"
    },
    {
      "id": "removals-per-month",
      "label": "Number of removals, per month"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, stateMigrationService],
  "observations": [
    {
      "id": "applications-received",
      "measure": "applications-received",
      "qualifier": "exact",
      "value": 48250,
      "unit": "count",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of applications received 48,250 (per month: 4,386.4)",
      "asWritten": "48,250"
    },
    {
      "id": "applications-received-per-month",
      "measure": "applications-received-per-month",
      "qualifier": "exact",
      "value": 4386.4,
      "unit": "count-per-month",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of applications received 48,250 (per month: 4,386.4)",
      "asWritten": "4,386.4"
    },
    {
      "id": "immigration-law-violations",
      "measure": "immigration-law-violations",
      "qualifier": "exact",
      "value": 11154,
      "unit": "count",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of violations of immigration legislation 11,154 (per month: 1,014)",
      "asWritten": "11,154"
    },
    {
      "id": "immigration-law-violations-per-month",
      "measure": "immigration-law-violations-per-month",
      "qualifier": "exact",
      "value": 1014,
      "unit": "count-per-month",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of violations of immigration legislation 11,154 (per month: 1,014)",
      "asWritten": "1,014"
    },
    {
      "id": "regularizations",
      "measure": "regularizations",
      "qualifier": "exact",
      "value": 2139,
      "unit": "count",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of regularizations 2,139 (per month: 194.4)",
      "asWritten": "2,139"
    },
    {
      "id": "regularizations-per-month",
      "measure": "regularizations-per-month",
      "qualifier": "exact",
      "value": 194.4,
      "unit": "count-per-month",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of regularizations 2,139 (per month: 194.4)",
      "asWritten": "194.4"
    },
    {
      "id": "return-decisions-issued",
      "measure": "return-decisions-issued",
      "qualifier": "exact",
      "value": 7211,
      "unit": "count",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of return decisions issued 7,211 (per month: 655.5)",
      "asWritten": "7,211"
    },
    {
      "id": "return-decisions-issued-per-month",
      "measure": "return-decisions-issued-per-month",
      "qualifier": "exact",
      "value": 655.5,
      "unit": "count-per-month",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of return decisions issued 7,211 (per month: 655.5)",
      "asWritten": "655.5"
    },
    {
      "id": "removals",
      "measure": "removals",
      "qualifier": "exact",
      "value": 1804,
      "unit": "count",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of removals 1,804 (per month: 164)",
      "asWritten": "1,804"
    },
    {
      "id": "removals-per-month",
      "measure": "removals-per-month",
      "qualifier": "exact",
      "value": 164,
      "unit": "count-per-month",
      "period": "2011-01-01/2011-11-30",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-migration-service",
      "locator": {
        "section": "Legal migration"
      },
      "quote": "Number of removals 1,804 (per month: 164)",
      "asWritten": "164"
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The report writes the period as \"from 1 January to 31 November of 2011\"; 31 November does not exist and the period is read as 1 January to 30 November 2011.",
    "Each per-month figure is the total divided by the 11 months of the period, as the report writes it: 48,250 / 11 = 4,386.4; 11,154 / 11 = 1,014; 2,139 / 11 = 194.45…, which rounds to 194.5 but which the report writes 194.4; 7,211 / 11 = 655.5; 1,804 / 11 = 164. The dataset schema has no relation for a division by a number of months, so this is not declared as a relation."
  ]
});
