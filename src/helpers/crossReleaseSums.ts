import type { Dataset } from '../model/dataset.js';
import { HelperRangeError, HelperTypeError } from './errors.js';

/**
 * A relation across releases: a total one release carries (one observation per period, without
 * dimensions) is the sum of another release's rows of the period, one row per code of a
 * dimension (`by`). The World Bank's refugee population by country of origin is UNHCR's total,
 * the sum of UNHCR's rows by country of asylum. Declared, never computed into a figure:
 * {@link checkCrossReleaseSum} checks it against the data, period by period.
 *
 * @example
 * ```ts
 * import type { CrossReleaseSum } from 'azerbaijan-data/helpers';
 * const r: CrossReleaseSum = {
 *   id: 'refugees-by-origin',
 *   description: 'The total is the sum of the rows by country of asylum',
 *   total: { dataset: 'wdi-refugees', measure: 'refugee-population-by-country-of-origin' },
 *   parts: { dataset: 'unhcr-population-2025', measure: 'refugee-population-by-country-of-origin', by: 'asylum' },
 *   tolerance: 0,
 * };
 * r.parts.by; //=> 'asylum'
 * ```
 */
export interface CrossReleaseSum {
  readonly id: string;
  readonly description: string;
  /** The release that carries the total: its dataset and measure (the observations without dimensions). */
  readonly total: { readonly dataset: string; readonly measure: string };
  /** The release whose rows add up to it: its dataset, measure and the dimension the rows are by. */
  readonly parts: { readonly dataset: string; readonly measure: string; readonly by: string };
  /** The largest absolute difference that still counts as the relation holding (0: to the person). */
  readonly tolerance: number;
}

/**
 * One period of a {@link CrossReleaseSum}: the carried total (dataset and observation id), the
 * parts (dataset and observation ids), their sum, the difference `total − sum`, and whether the
 * relation holds (`|difference| ≤ tolerance`). Where one side has no figure for the period,
 * `total` is `null` or `parts.ids` is empty, and `difference` and `holds` are `null`: nothing
 * to check.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { refugeesByOriginCarriedTotal } from 'azerbaijan-data/displacement';
 * import { checkCrossReleaseSum } from 'azerbaijan-data/helpers';
 * import type { CrossReleaseSumPeriod } from 'azerbaijan-data/helpers';
 * const y2023: CrossReleaseSumPeriod = checkCrossReleaseSum(datasets, refugeesByOriginCarriedTotal).find((p) => p.period === '2023')!;
 * [y2023.total?.value, y2023.parts.sum, y2023.difference, y2023.holds]; //=> [158098, 158098, 0, true]
 * ```
 */
export interface CrossReleaseSumPeriod {
  readonly period: string;
  /** The carried total: its dataset, observation id and figure; `null` where the release has none for the period. */
  readonly total: { readonly dataset: string; readonly observationId: string; readonly value: number } | null;
  /** The rows: their dataset, observation ids (by the code of `by`), and their sum (0 where there are none). */
  readonly parts: { readonly dataset: string; readonly ids: readonly string[]; readonly sum: number };
  /** `total − sum`; `null` where either side is missing. */
  readonly difference: number | null;
  /** Whether `|difference| ≤ tolerance`; `null` where either side is missing. */
  readonly holds: boolean | null;
}

const HELPER = 'checkCrossReleaseSum';

function datasetOf(among: readonly Dataset[], id: string, argument: string): Dataset {
  const d = among.find((x) => x.id === id);
  if (d === undefined) throw new HelperRangeError(HELPER, argument, id, 'the id of one of the datasets given');
  return d;
}

/**
 * Checks a {@link CrossReleaseSum} against the datasets, period by period (every period either
 * side holds, in order): the carried total of the period, the sum of the other release's rows of
 * the period, and the difference. A row that is a range or a bound cannot be summed and is
 * refused; so is a period with two rows for one code of `by`, or with two totals. Runs in `O(n)`
 * over the two datasets' observations (then sorts the periods).
 *
 * @throws {HelperTypeError} when `among` is not an array or `relation` not a cross-release sum.
 * @throws {HelperRangeError} when a dataset of the relation is not among the datasets, a figure
 *   is not exact or approximate, a total has dimensions, or a period has two totals or two rows
 *   for one code.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { refugeesByOriginCarriedTotal } from 'azerbaijan-data/displacement';
 * import { checkCrossReleaseSum } from 'azerbaijan-data/helpers';
 * const periods = checkCrossReleaseSum(datasets, refugeesByOriginCarriedTotal);
 * periods.filter((p) => p.holds === false).length; //=> 0
 * // the World Bank's copy ends in 2023; UNHCR's rows run to 2025
 * periods.filter((p) => p.holds === null).map((p) => p.period); //=> ['2024', '2025']
 * ```
 */
export function checkCrossReleaseSum(among: readonly Dataset[], relation: CrossReleaseSum): readonly CrossReleaseSumPeriod[] {
  if (!Array.isArray(among)) throw new HelperTypeError(HELPER, 'among', among, 'an array of datasets (such as datasets from azerbaijan-data)');
  if (typeof relation !== 'object' || relation === null || typeof relation.total?.dataset !== 'string' || typeof relation.parts?.dataset !== 'string') {
    throw new HelperTypeError(HELPER, 'relation', relation, 'a cross-release sum ({ id, total: { dataset, measure }, parts: { dataset, measure, by }, tolerance })');
  }
  const totalSet = datasetOf(among, relation.total.dataset, 'relation.total.dataset');
  const partSet = datasetOf(among, relation.parts.dataset, 'relation.parts.dataset');
  const totals = new Map<string, { observationId: string; value: number }>();
  for (const o of totalSet.observations) {
    if (o.measure !== relation.total.measure) continue;
    const argument = `${totalSet.id}/${o.id}`;
    if (o.qualifier !== 'exact' && o.qualifier !== 'approximate') throw new HelperRangeError(HELPER, argument, o.qualifier, 'an exact or approximate total');
    if (Object.keys(o.dimensions).length > 0) throw new HelperRangeError(HELPER, `${argument}.dimensions`, o.dimensions, 'no dimensions (a total)');
    if (totals.has(o.period)) throw new HelperRangeError(HELPER, argument, o.period, `a period with one total (${totals.get(o.period)!.observationId} is of it too)`);
    totals.set(o.period, { observationId: o.id, value: o.value });
  }
  const parts = new Map<string, { ids: string[]; sum: number; codes: Set<string> }>();
  for (const o of partSet.observations) {
    if (o.measure !== relation.parts.measure) continue;
    const argument = `${partSet.id}/${o.id}`;
    if (o.qualifier !== 'exact' && o.qualifier !== 'approximate') throw new HelperRangeError(HELPER, argument, o.qualifier, 'an exact or approximate figure (a range cannot be summed)');
    const code = o.dimensions[relation.parts.by];
    if (code === undefined) throw new HelperRangeError(HELPER, `${argument}.dimensions`, o.dimensions, `a code of "${relation.parts.by}"`);
    const entry = parts.get(o.period) ?? { ids: [], sum: 0, codes: new Set<string>() };
    if (entry.codes.has(code)) throw new HelperRangeError(HELPER, argument, code, `one row per code of "${relation.parts.by}" in ${o.period}`);
    entry.codes.add(code);
    entry.ids.push(o.id);
    entry.sum += o.value;
    parts.set(o.period, entry);
  }
  const periods = [...new Set([...totals.keys(), ...parts.keys()])].sort();
  return periods.map((period) => {
    const t = totals.get(period);
    const p = parts.get(period);
    const difference = t === undefined || p === undefined ? null : t.value - p.sum;
    return {
      period,
      total: t === undefined ? null : { dataset: totalSet.id, ...t },
      parts: { dataset: partSet.id, ids: p?.ids ?? [], sum: p?.sum ?? 0 },
      difference,
      holds: difference === null ? null : Math.abs(difference) <= relation.tolerance,
    };
  });
}
