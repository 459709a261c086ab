import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { worldBankFactbook2011 } from '../../sources/worldBankFactbook2011.js';

/**
 * Inward and outward remittance flows of Azerbaijan, 2003–2010 (million US$), with their components
 * (workers’ remittances, compensation of employees, migrants’ transfers): every cell of Table 5 of
 * the migration report (`003_d94e756ed0cfba1e.txt`), which cites the World Bank’s Migration and
 * Remittances Factbook 2011.
 *
 * @example
 * ```ts
 * import { remittanceFlows } from 'azerbaijan-data/remittances';
 * remittanceFlows.observations.find((o) => o.id === 'inward-remittances-2010')?.value;
 * //=> 1472
 * ```
 */
export const remittanceFlows: Dataset<'remittance-flows'> = /* @__PURE__ */ deepFreeze({
  "id": "remittance-flows",
  "title": "Inward and outward remittance flows of Azerbaijan, 2003–2010",
  "description": "Remittance flows into and out of Azerbaijan for each year 2003–2010, in millions of US dollars, each with its three components: workers’ remittances, compensation of employees and migrants’ transfers. From Table 5 of the 2011–2012 country report on migration, which cites the World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65. For 2010 the table gives the inward flows only.",
  "topic": "remittances",
  "version": "1.0.0",
  "sha256": "f03f014757da3b58c783307fe6122123b90615aa2b8af4d67906fcbe86f99016",
  "units": [
    "million-usd"
  ],
  "measures": [
    {
      "id": "inward-remittances",
      "label": "Inward remittance flows"
    },
    {
      "id": "inward-workers-remittances",
      "label": "Inward remittance flows: workers’ remittances"
    },
    {
      "id": "inward-compensation-of-employees",
      "label": "Inward remittance flows: compensation of employees"
    },
    {
      "id": "inward-migrants-transfers",
      "label": "Inward remittance flows: migrants’ transfers"
    },
    {
      "id": "outward-remittances",
      "label": "Outward remittance flows"
    },
    {
      "id": "outward-workers-remittances",
      "label": "Outward remittance flows: workers’ remittances"
    },
    {
      "id": "outward-compensation-of-employees",
      "label": "Outward remittance flows: compensation of employees"
    },
    {
      "id": "outward-migrants-transfers",
      "label": "Outward remittance flows: migrants’ transfers"
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, worldBankFactbook2011],
  "observations": [
    {
      "id": "inward-remittances-2003",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 171,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171",
      "asWritten": "171"
    },
    {
      "id": "inward-remittances-2004",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 228,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228",
      "asWritten": "228"
    },
    {
      "id": "inward-remittances-2005",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 693,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693",
      "asWritten": "693"
    },
    {
      "id": "inward-remittances-2006",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 813,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693 813",
      "asWritten": "813"
    },
    {
      "id": "inward-remittances-2007",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 1287,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693 813 1,287",
      "asWritten": "1,287"
    },
    {
      "id": "inward-remittances-2008",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 1554,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693 813 1,287 1,554",
      "asWritten": "1,554"
    },
    {
      "id": "inward-remittances-2009",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 1273,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693 813 1,287 1,554 1,273",
      "asWritten": "1,273"
    },
    {
      "id": "inward-remittances-2010",
      "measure": "inward-remittances",
      "qualifier": "exact",
      "value": 1472,
      "unit": "million-usd",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows",
        "column": "2010",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Inward remittance flows 171 228 693 813 1,287 1,554 1,273 1,472",
      "asWritten": "1,472"
    },
    {
      "id": "inward-workers-remittances-2003",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 154,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154",
      "asWritten": "154"
    },
    {
      "id": "inward-workers-remittances-2004",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 191,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191",
      "asWritten": "191"
    },
    {
      "id": "inward-workers-remittances-2005",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 490,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191 490",
      "asWritten": "490"
    },
    {
      "id": "inward-workers-remittances-2006",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 662,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191 490 662",
      "asWritten": "662"
    },
    {
      "id": "inward-workers-remittances-2007",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 1192,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191 490 662 1,192",
      "asWritten": "1,192"
    },
    {
      "id": "inward-workers-remittances-2008",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 1416,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191 490 662 1,192 1,416",
      "asWritten": "1,416"
    },
    {
      "id": "inward-workers-remittances-2009",
      "measure": "inward-workers-remittances",
      "qualifier": "exact",
      "value": 1182,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 154 191 490 662 1,192 1,416 1,182",
      "asWritten": "1,182"
    },
    {
      "id": "inward-compensation-of-employees-2003",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 2,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2",
      "asWritten": "2"
    },
    {
      "id": "inward-compensation-of-employees-2004",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 12,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12",
      "asWritten": "12"
    },
    {
      "id": "inward-compensation-of-employees-2005",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 133,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12 133",
      "asWritten": "133"
    },
    {
      "id": "inward-compensation-of-employees-2006",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 128,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12 133 128",
      "asWritten": "128"
    },
    {
      "id": "inward-compensation-of-employees-2007",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 76,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12 133 128 76",
      "asWritten": "76"
    },
    {
      "id": "inward-compensation-of-employees-2008",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 102,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12 133 128 76 102",
      "asWritten": "102"
    },
    {
      "id": "inward-compensation-of-employees-2009",
      "measure": "inward-compensation-of-employees",
      "qualifier": "exact",
      "value": 73,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 2 12 133 128 76 102 73",
      "asWritten": "73"
    },
    {
      "id": "inward-migrants-transfers-2003",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 15,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15",
      "asWritten": "15"
    },
    {
      "id": "inward-migrants-transfers-2004",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 24,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24",
      "asWritten": "24"
    },
    {
      "id": "inward-migrants-transfers-2005",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 70,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24 70",
      "asWritten": "70"
    },
    {
      "id": "inward-migrants-transfers-2006",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 22,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24 70 22",
      "asWritten": "22"
    },
    {
      "id": "inward-migrants-transfers-2007",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 20,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24 70 22 20",
      "asWritten": "20"
    },
    {
      "id": "inward-migrants-transfers-2008",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 36,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24 70 22 20 36",
      "asWritten": "36"
    },
    {
      "id": "inward-migrants-transfers-2009",
      "measure": "inward-migrants-transfers",
      "qualifier": "exact",
      "value": 19,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 15 24 70 22 20 36 19",
      "asWritten": "19"
    },
    {
      "id": "outward-remittances-2003",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 169,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169",
      "asWritten": "169"
    },
    {
      "id": "outward-remittances-2004",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 200,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200",
      "asWritten": "200"
    },
    {
      "id": "outward-remittances-2005",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 269,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200 269",
      "asWritten": "269"
    },
    {
      "id": "outward-remittances-2006",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 301,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200 269 301",
      "asWritten": "301"
    },
    {
      "id": "outward-remittances-2007",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 435,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200 269 301 435",
      "asWritten": "435"
    },
    {
      "id": "outward-remittances-2008",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 593,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200 269 301 435 593",
      "asWritten": "593"
    },
    {
      "id": "outward-remittances-2009",
      "measure": "outward-remittances",
      "qualifier": "exact",
      "value": 652,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Outward remittance flows 169 200 269 301 435 593 652",
      "asWritten": "652"
    },
    {
      "id": "outward-workers-remittances-2003",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 78,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78",
      "asWritten": "78"
    },
    {
      "id": "outward-workers-remittances-2004",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 65,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65",
      "asWritten": "65"
    },
    {
      "id": "outward-workers-remittances-2005",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 127,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65 127",
      "asWritten": "127"
    },
    {
      "id": "outward-workers-remittances-2006",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 149,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65 127 149",
      "asWritten": "149"
    },
    {
      "id": "outward-workers-remittances-2007",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 273,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65 127 149 273",
      "asWritten": "273"
    },
    {
      "id": "outward-workers-remittances-2008",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 399,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65 127 149 273 399",
      "asWritten": "399"
    },
    {
      "id": "outward-workers-remittances-2009",
      "measure": "outward-workers-remittances",
      "qualifier": "exact",
      "value": 522,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Workers’ remittances 78 65 127 149 273 399 522",
      "asWritten": "522"
    },
    {
      "id": "outward-compensation-of-employees-2003",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 54,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54",
      "asWritten": "54"
    },
    {
      "id": "outward-compensation-of-employees-2004",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 108,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108",
      "asWritten": "108"
    },
    {
      "id": "outward-compensation-of-employees-2005",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 112,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108 112",
      "asWritten": "112"
    },
    {
      "id": "outward-compensation-of-employees-2006",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 125,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108 112 125",
      "asWritten": "125"
    },
    {
      "id": "outward-compensation-of-employees-2007",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 131,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108 112 125 131",
      "asWritten": "131"
    },
    {
      "id": "outward-compensation-of-employees-2008",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 168,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108 112 125 131 168",
      "asWritten": "168"
    },
    {
      "id": "outward-compensation-of-employees-2009",
      "measure": "outward-compensation-of-employees",
      "qualifier": "exact",
      "value": 116,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Compensation of employees 54 108 112 125 131 168 116",
      "asWritten": "116"
    },
    {
      "id": "outward-migrants-transfers-2003",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 38,
      "unit": "million-usd",
      "period": "2003",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2003",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38",
      "asWritten": "38"
    },
    {
      "id": "outward-migrants-transfers-2004",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 28,
      "unit": "million-usd",
      "period": "2004",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2004",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28",
      "asWritten": "28"
    },
    {
      "id": "outward-migrants-transfers-2005",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 29,
      "unit": "million-usd",
      "period": "2005",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2005",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28 29",
      "asWritten": "29"
    },
    {
      "id": "outward-migrants-transfers-2006",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 26,
      "unit": "million-usd",
      "period": "2006",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2006",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28 29 26",
      "asWritten": "26"
    },
    {
      "id": "outward-migrants-transfers-2007",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 31,
      "unit": "million-usd",
      "period": "2007",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2007",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28 29 26 31",
      "asWritten": "31"
    },
    {
      "id": "outward-migrants-transfers-2008",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 25,
      "unit": "million-usd",
      "period": "2008",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2008",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28 29 26 31 25",
      "asWritten": "25"
    },
    {
      "id": "outward-migrants-transfers-2009",
      "measure": "outward-migrants-transfers",
      "qualifier": "exact",
      "value": 14,
      "unit": "million-usd",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "world-bank-factbook-2011",
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2009",
        "footnote": 21
      },
      "citation": "World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65",
      "quote": "Migrants’ transfers 38 28 29 26 31 25 14",
      "asWritten": "14"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "inward-remittances-components-2003",
      "description": "Inward remittance flows 2003 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2003",
      "parts": [
        "inward-workers-remittances-2003",
        "inward-compensation-of-employees-2003",
        "inward-migrants-transfers-2003"
      ],
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2004",
      "description": "Inward remittance flows 2004 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2004",
      "parts": [
        "inward-workers-remittances-2004",
        "inward-compensation-of-employees-2004",
        "inward-migrants-transfers-2004"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1,
        "note": "The three components as published add up to 227 million US$, 1 less than the 228 of the inward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2005",
      "description": "Inward remittance flows 2005 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2005",
      "parts": [
        "inward-workers-remittances-2005",
        "inward-compensation-of-employees-2005",
        "inward-migrants-transfers-2005"
      ],
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2006",
      "description": "Inward remittance flows 2006 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2006",
      "parts": [
        "inward-workers-remittances-2006",
        "inward-compensation-of-employees-2006",
        "inward-migrants-transfers-2006"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1,
        "note": "The three components as published add up to 812 million US$, 1 less than the 813 of the inward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2007",
      "description": "Inward remittance flows 2007 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2007",
      "parts": [
        "inward-workers-remittances-2007",
        "inward-compensation-of-employees-2007",
        "inward-migrants-transfers-2007"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": -1,
        "note": "The three components as published add up to 1,288 million US$, 1 more than the 1,287 of the inward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2008",
      "description": "Inward remittance flows 2008 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2008",
      "parts": [
        "inward-workers-remittances-2008",
        "inward-compensation-of-employees-2008",
        "inward-migrants-transfers-2008"
      ],
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "inward-remittances-components-2009",
      "description": "Inward remittance flows 2009 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "inward-remittances-2009",
      "parts": [
        "inward-workers-remittances-2009",
        "inward-compensation-of-employees-2009",
        "inward-migrants-transfers-2009"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": -1,
        "note": "The three components as published add up to 1,274 million US$, 1 more than the 1,273 of the inward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2003",
      "description": "Outward remittance flows 2003 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2003",
      "parts": [
        "outward-workers-remittances-2003",
        "outward-compensation-of-employees-2003",
        "outward-migrants-transfers-2003"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": -1,
        "note": "The three components as published add up to 170 million US$, 1 more than the 169 of the outward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2004",
      "description": "Outward remittance flows 2004 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2004",
      "parts": [
        "outward-workers-remittances-2004",
        "outward-compensation-of-employees-2004",
        "outward-migrants-transfers-2004"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": -1,
        "note": "The three components as published add up to 201 million US$, 1 more than the 200 of the outward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2005",
      "description": "Outward remittance flows 2005 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2005",
      "parts": [
        "outward-workers-remittances-2005",
        "outward-compensation-of-employees-2005",
        "outward-migrants-transfers-2005"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1,
        "note": "The three components as published add up to 268 million US$, 1 less than the 269 of the outward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2006",
      "description": "Outward remittance flows 2006 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2006",
      "parts": [
        "outward-workers-remittances-2006",
        "outward-compensation-of-employees-2006",
        "outward-migrants-transfers-2006"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1,
        "note": "The three components as published add up to 300 million US$, 1 less than the 301 of the outward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2007",
      "description": "Outward remittance flows 2007 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2007",
      "parts": [
        "outward-workers-remittances-2007",
        "outward-compensation-of-employees-2007",
        "outward-migrants-transfers-2007"
      ],
      "tolerance": 0
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2008",
      "description": "Outward remittance flows 2008 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2008",
      "parts": [
        "outward-workers-remittances-2008",
        "outward-compensation-of-employees-2008",
        "outward-migrants-transfers-2008"
      ],
      "tolerance": 0,
      "discrepancy": {
        "value": 1,
        "note": "The three components as published add up to 592 million US$, 1 less than the 593 of the outward flows; a difference of one million that the rounding of the published whole millions can explain."
      }
    },
    {
      "kind": "sum",
      "id": "outward-remittances-components-2009",
      "description": "Outward remittance flows 2009 = workers’ remittances + compensation of employees + migrants’ transfers",
      "total": "outward-remittances-2009",
      "parts": [
        "outward-workers-remittances-2009",
        "outward-compensation-of-employees-2009",
        "outward-migrants-transfers-2009"
      ],
      "tolerance": 0
    }
  ],
  "events": [],
  "gaps": [
    {
      "measure": "inward-workers-remittances",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Workers’ remittances",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "inward-compensation-of-employees",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Compensation of employees",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "inward-migrants-transfers",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Inward remittance flows, of which: Migrants’ transfers",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "outward-remittances",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "outward-workers-remittances",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Workers’ remittances",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "outward-compensation-of-employees",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Compensation of employees",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    },
    {
      "measure": "outward-migrants-transfers",
      "period": "2010",
      "dimensions": {},
      "locator": {
        "section": "Remittances",
        "table": "Table 5. Remittances",
        "row": "Outward remittance flows, of which: Migrants’ transfers",
        "column": "2010",
        "footnote": 21
      },
      "asWritten": "-"
    }
  ],
  "notes": [
    "For 2010 the table gives the inward remittance flows (1,472) only: the inward components and the outward flows with their components are written \"-\" and are kept as gaps, not as zero.",
    "In 9 of the 14 year-and-direction pairs with all four figures (2003–2009, inward and outward) the three published components miss the flow by one million US$: inward 2004: 228 vs 227 (+1); inward 2006: 813 vs 812 (+1); inward 2007: 1287 vs 1288 (-1); inward 2009: 1273 vs 1274 (-1); outward 2003: 169 vs 170 (-1); outward 2004: 200 vs 201 (-1); outward 2005: 269 vs 268 (+1); outward 2006: 301 vs 300 (+1); outward 2008: 593 vs 592 (+1) (flow vs sum of components). Each is declared as the discrepancy of its relation; the relations allow no tolerance.",
    "The text of the report gives the inward remittances of 2010 as \"1,5 billion dollars\" (footnote 20, the same Factbook, p.26; dataset remittances-statements).",
    "Below the table the report repeats: \"Source: World Bank’s Migration and Remittances Factbook 2011\"."
  ]
});
