import { deepFreeze } from '../../deepFreeze.js';
import type { CrossReleaseSum } from '../../helpers/crossReleaseSums.js';

/**
 * UNHCR's refugee population by country of origin as the World Bank carries it (`wdi-refugees`,
 * indicator SM.POP.REFG.OR, attributed to UNHCR) is the sum of the rows of UNHCR's own release
 * (`unhcr-population-2025`, the R package `refugees` 2025.12.1) by country of
 * asylum, year by year: 158,098 both ways in 2023. A relation across two releases, checked by
 * `checkCrossReleaseSum` against the data (not a copied figure).
 *
 * @example
 * ```ts
 * import { refugeesByOriginCarriedTotal } from 'azerbaijan-data/displacement';
 * [refugeesByOriginCarriedTotal.total.dataset, refugeesByOriginCarriedTotal.parts.by]; //=> ['wdi-refugees', 'asylum']
 * ```
 */
export const refugeesByOriginCarriedTotal: CrossReleaseSum = /* @__PURE__ */ deepFreeze({
  id: 'refugees-from-azerbaijan-world-bank-total-is-sum-of-unhcr-rows-by-asylum',
  description:
    "The World Bank's refugee population by country of origin (Azerbaijan), which the World Development Indicators attribute to UNHCR, is the sum of the rows by country of asylum of UNHCR's population table in the R package refugees 2025.12.1, year by year.",
  total: { dataset: 'wdi-refugees', measure: 'refugee-population-by-country-of-origin' },
  parts: { dataset: 'unhcr-population-2025', measure: 'refugee-population-by-country-of-origin', by: 'asylum' },
  tolerance: 0,
});

/**
 * Refugees in Azerbaijan as the World Bank carries them (`wdi-refugees`, indicator SM.POP.REFG,
 * attributed to UNHCR) are the sum of the rows by country of origin of UNHCR's own release
 * (`unhcr-population-2025`), year by year.
 *
 * @example
 * ```ts
 * import { refugeesInAzerbaijanCarriedTotal } from 'azerbaijan-data/displacement';
 * [refugeesInAzerbaijanCarriedTotal.total.measure, refugeesInAzerbaijanCarriedTotal.parts.by]; //=> ['refugees', 'origin']
 * ```
 */
export const refugeesInAzerbaijanCarriedTotal: CrossReleaseSum = /* @__PURE__ */ deepFreeze({
  id: 'refugees-in-azerbaijan-world-bank-total-is-sum-of-unhcr-rows-by-origin',
  description:
    "The World Bank's refugee population in Azerbaijan (by country or territory of asylum), which the World Development Indicators attribute to UNHCR, is the sum of the rows by country of origin of UNHCR's population table in the R package refugees 2025.12.1, year by year.",
  total: { dataset: 'wdi-refugees', measure: 'refugees' },
  parts: { dataset: 'unhcr-population-2025', measure: 'refugees', by: 'origin' },
  tolerance: 0,
});

/**
 * The relations across releases of the displacement topic: totals one release carries that are
 * the sum of another release's rows. Each is checked, period by period, with
 * `checkCrossReleaseSum(datasets, relation)`.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { carriedTotals } from 'azerbaijan-data/displacement';
 * import { checkCrossReleaseSum } from 'azerbaijan-data/helpers';
 * carriedTotals.map((r) => checkCrossReleaseSum(datasets, r).filter((p) => p.holds === true).length); //=> [32, 31]
 * ```
 */
export const carriedTotals: readonly CrossReleaseSum[] = /* @__PURE__ */ deepFreeze([refugeesByOriginCarriedTotal, refugeesInAzerbaijanCarriedTotal]);
