import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { worldBankReport2011 } from '../../sources/worldBankReport2011.js';

/**
 * Refugee population of Azerbaijan by country or territory of origin and by country or territory of
 * asylum in 2010, according to a World Bank report released in 2011 as the migration report
 * (`003_d94e756ed0cfba1e.txt`) gives it.
 *
 * @example
 * ```ts
 * import { refugeePopulation2010 } from 'azerbaijan-data/displacement';
 * refugeePopulation2010.observations.find((o) => o.id === 'refugee-population-by-country-of-asylum-2010')?.value;
 * //=> 1891
 * ```
 */
export const refugeePopulation2010: Dataset<'refugee-population-2010'> = /* @__PURE__ */ deepFreeze({
  "id": "refugee-population-2010",
  "title": "Refugee population by country of origin and of asylum, Azerbaijan, 2010",
  "description": "The refugee population with Azerbaijan as country or territory of origin (16,753) and with Azerbaijan as country or territory of asylum (1,891) in 2010, in persons, according to a World Bank report released in 2011 as the 2011–2012 country report on migration reports it.",
  "topic": "displacement",
  "version": "1.0.0",
  "sha256": "a131c182a8dccd164cbb72ce6dffa16f4461bdab0cbe52d87233bee3a3018e22",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "refugee-population-by-country-of-origin",
      "label": "Refugee population by country or territory of origin",
      "description": "Refugees whose country or territory of origin is Azerbaijan."
    },
    {
      "id": "refugees",
      "label": "Refugees (refugee population by country or territory of asylum)",
      "description": "Refugees whose country or territory of asylum is Azerbaijan."
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, worldBankReport2011],
  "observations": [
    {
      "id": "refugee-population-by-country-of-origin-2010",
      "measure": "refugee-population-by-country-of-origin",
      "qualifier": "exact",
      "value": 16753,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-report-2011",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "the refugee population by country or territory of origin in Azerbaijan was last reported at 16753.00 in 2010",
      "asWritten": "16753.00"
    },
    {
      "id": "refugee-population-by-country-of-asylum-2010",
      "measure": "refugees",
      "qualifier": "exact",
      "value": 1891,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-report-2011",
      "locator": {
        "section": "Refugees and asylum seekers"
      },
      "quote": "the refugee population by country or territory of asylum in Azerbaijan was last reported at 1891.00 in 2010",
      "asWritten": "1891.00"
    }
  ],
  "relations": [],
  "events": [],
  "gaps": [],
  "notes": [
    "The report writes both figures with two decimals (\"16753.00\", \"1891.00\") and \"last reported at\"; it names neither the World Bank report nor a page, and gives no footnote.",
    "Each of the two sentences ends with a colon followed by empty lines; the text holds nothing further there."
  ]
});
