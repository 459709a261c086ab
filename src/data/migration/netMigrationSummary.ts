import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateStatisticsCommittee } from '../../sources/stateStatisticsCommittee.js';

/**
 * Net migration of Azerbaijan in 1991 and 2010 as the executive summary of the migration report
 * (`003_d94e756ed0cfba1e.txt`) states it, citing the State Statistical Committee.
 *
 * @example
 * ```ts
 * import { netMigrationSummary } from 'azerbaijan-data/migration';
 * netMigrationSummary.observations.find((o) => o.id === 'net-migration-2010-persons')?.asWritten;
 * //=> '1,400'
 * ```
 */
export const netMigrationSummary: Dataset<'net-migration-summary'> = /* @__PURE__ */ deepFreeze({
  "id": "net-migration-summary",
  "title": "Net migration 1991 and 2010 (executive summary)",
  "description": "Net migration of Azerbaijan (arrivals minus departures) in 1991 (-40.1) and 2010 (+1.4, which the report restates as approximately 1,400 persons), as stated in the executive summary of the migration report, according to the State Statistical Committee. The summary writes -40.1 and +1.4 without a unit; they are the thousand-person figures of Table 1 of the same report.",
  "topic": "migration",
  "version": "1.0.0",
  "sha256": "9ea2c2843ceceeae49446e47dedcf5676ee52f60b5d56cec1fb2c102f153faef",
  "units": [
    "thousand-persons",
    "persons"
  ],
  "measures": [
    {
      "id": "net-migration",
      "label": "Net migration",
      "description": "Arrivals minus departures."
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, stateStatisticsCommittee],
  "observations": [
    {
      "id": "net-migration-1991",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": -40.1,
      "unit": "thousand-persons",
      "period": "1991",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "while net migration in 1991 was -40.1",
      "asWritten": "-40.1",
      "note": "The report writes the figure without a unit; it is the net migration of 1991 in Table 1 of the same report (thousand persons)."
    },
    {
      "id": "net-migration-2010",
      "measure": "net-migration",
      "qualifier": "exact",
      "value": 1.4,
      "unit": "thousand-persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "in 2010 – it reached +1.4",
      "asWritten": "+1.4",
      "note": "The report writes the figure without a unit; it is the net migration of 2010 in Table 1 of the same report (thousand persons), which the report restates as approximately 1,400 persons."
    },
    {
      "id": "net-migration-2010-persons",
      "measure": "net-migration",
      "qualifier": "approximate",
      "value": 1400,
      "wording": "approximately",
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "reached +1.4, i.e. approximately 1,400 persons positive",
      "asWritten": "1,400"
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The summary writes \"-40.1\" and \"+1.4\" without a unit; they are read in thousand persons, the unit of Table 1 of the same report (dataset international-migration, where they also stand).",
    "The 2010 figure is stated twice: as +1.4 (thousand persons) and as approximately 1,400 persons."
  ]
});
