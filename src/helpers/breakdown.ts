import type { Dataset } from '../model/dataset.js';
import type { Locator } from '../model/locator.js';
import { describe, HelperRangeError, HelperTypeError } from './errors.js';
import { UnknownIdError } from './unknownIdError.js';

/**
 * One figure of a {@link breakdown}: the code and label of the dimension it is broken down by,
 * the figure, and where it stands (its observation, quote and locator: the file, line and column
 * of a release, and the `.rda` file and table a written-out row comes from).
 *
 * @example
 * ```ts
 * import { breakdown } from 'azerbaijan-data/helpers';
 * import type { BreakdownRow } from 'azerbaijan-data/helpers';
 * import { unhcrPopulation2025 } from 'azerbaijan-data/displacement';
 * const [first]: BreakdownRow[] = breakdown(unhcrPopulation2025, { measure: 'refugee-population-by-country-of-origin', period: '2023', by: 'asylum' }).rows;
 * [first!.code, first!.label, first!.value]; //=> ['AM', 'Armenia', 143054]
 * ```
 */
export interface BreakdownRow {
  /** The code of the dimension (`AM`). */
  readonly code: string;
  /** Its label, as the dataset names it (`Armenia`). */
  readonly label: string;
  readonly value: number;
  /** `value / total`, as a fraction. */
  readonly share: number;
  readonly observationId: string;
  /** The source's own line or words that hold the figure. */
  readonly quote: string;
  readonly locator: Locator;
}

/**
 * A measure of a dataset in one period, broken down by one dimension; see {@link breakdown}.
 *
 * @example
 * ```ts
 * import { breakdown } from 'azerbaijan-data/helpers';
 * import type { Breakdown } from 'azerbaijan-data/helpers';
 * import { unhcrPopulation2025 } from 'azerbaijan-data/displacement';
 * const b: Breakdown = breakdown(unhcrPopulation2025, { measure: 'refugee-population-by-country-of-origin', period: '2023', by: 'asylum' });
 * [b.total, b.rows.length, b.unit]; //=> [158098, 37, 'persons']
 * ```
 */
export interface Breakdown {
  readonly datasetId: string;
  readonly measure: string;
  readonly measureLabel: string;
  readonly period: string;
  /** The dimension the figures are broken down by. */
  readonly by: string;
  readonly unit: string;
  /** The sum of the rows' figures (the dataset's rows, not a total the source states). */
  readonly total: number;
  /** One row per figure, the largest first (ties by code). */
  readonly rows: readonly BreakdownRow[];
}

/**
 * What `breakdown` is asked for: a measure of the dataset, a period as the dataset writes it,
 * the dimension to break it down by, and optionally other dimensions fixed to a code.
 *
 * @example
 * ```ts
 * import type { BreakdownQuery } from 'azerbaijan-data/helpers';
 * const q: BreakdownQuery = { measure: 'refugees', period: '2023', by: 'origin', where: { asylum: 'AZ' } };
 * ```
 */
export interface BreakdownQuery {
  readonly measure: string;
  readonly period: string;
  readonly by: string;
  readonly where?: Readonly<Record<string, string>>;
}

/**
 * The figures of one measure of a dataset in one period, broken down by a dimension (refugees
 * from Azerbaijan in 2023 by country of asylum): each with the label of its code, its share of
 * the total, and where it stands (observation id, quote, locator with the release's file, line,
 * column and the `.rda` file and table it was written from), with the total of the rows. One
 * call answers "how many, where, and from which row". Runs in `O(n log n)` in the dataset's
 * observations.
 *
 * @throws {@link UnknownIdError} when the dataset has no such measure.
 * @throws {@link HelperRangeError} when it has no such dimension, when no figure matches, or the figures are in more than one
 *   unit, or one is a range (no single figure to add), or two figures share a code (the query
 *   leaves another dimension open: fix it with `where`).
 * @throws {@link HelperTypeError} when the query is not an object of strings.
 * @example
 * ```ts
 * import { breakdown } from 'azerbaijan-data/helpers';
 * import { unhcrPopulation2025 } from 'azerbaijan-data/displacement';
 * const b = breakdown(unhcrPopulation2025, { measure: 'refugee-population-by-country-of-origin', period: '2023', by: 'asylum' });
 * b.total; //=> 158098
 * b.rows.slice(0, 3).map((r) => `${r.label} ${r.value}`); //=> ['Armenia 143054', 'Germany 6939', 'France 4791']
 * const de = b.rows.find((r) => r.code === 'DE')!;
 * [de.locator.file, de.locator.writtenFrom?.file, de.locator.writtenFrom?.table]; //=> ['population--aze.csv', 'rda/population.rda', 'population']
 * ```
 */
export function breakdown(dataset: Dataset, query: BreakdownQuery): Breakdown {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations)) throw new HelperTypeError('breakdown', 'dataset', dataset, 'a dataset of azerbaijan-data');
  if (typeof query !== 'object' || query === null) throw new HelperTypeError('breakdown', 'query', query, 'an object { measure, period, by, where? }');
  for (const key of ['measure', 'period', 'by'] as const) {
    if (typeof query[key] !== 'string') throw new HelperTypeError('breakdown', `query.${key}`, query[key], 'a string');
  }
  const measure = dataset.measures.find((m) => m.id === query.measure);
  if (measure === undefined) throw new UnknownIdError('breakdown', dataset.id, 'measure', query.measure, dataset.measures.map((m) => m.id));
  const dimension = dataset.dimensions.find((d) => d.id === query.by);
  if (dimension === undefined) {
    const known = dataset.dimensions.map((d) => `"${d.id}"`).join(', ');
    throw new HelperRangeError('breakdown', 'query.by', query.by, `a dimension of dataset "${dataset.id}" (${known === '' ? 'it has none' : known})`);
  }
  const where = Object.entries(query.where ?? {});
  const matching = dataset.observations.filter(
    (o) => o.measure === query.measure && o.period === query.period && o.dimensions[query.by] !== undefined && where.every(([k, v]) => o.dimensions[k] === v),
  );
  if (matching.length === 0) throw new HelperRangeError('breakdown', 'query', query, `a query that some figure of dataset "${dataset.id}" matches (none of "${query.measure}" in ${query.period} has a "${query.by}" code${where.length > 0 ? ` with ${describe(query.where)}` : ''})`);
  const units = [...new Set(matching.map((o) => o.unit))];
  if (units.length > 1) throw new HelperRangeError('breakdown', 'query', query, `a query whose figures share one unit (these are in ${units.join(' and ')})`);
  const seen = new Set<string>();
  const rows = matching.map((o) => {
    if (o.qualifier === 'range') throw new HelperRangeError('breakdown', 'query', query, `a query of single figures (${o.id} is a range)`);
    const code = o.dimensions[query.by]!;
    if (seen.has(code)) throw new HelperRangeError('breakdown', 'query', query, `a query with one figure per "${query.by}" code ("${code}" has several: fix the other dimensions with where)`);
    seen.add(code);
    return { code, label: dimension.values.find((v) => v.code === code)?.label ?? code, value: o.value, observationId: o.id, quote: o.quote, locator: o.locator };
  });
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const sorted = rows.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code)).map((r) => Object.freeze({ ...r, share: total === 0 ? 0 : r.value / total }));
  return Object.freeze({ datasetId: dataset.id, measure: measure.id, measureLabel: measure.label, period: query.period, by: query.by, unit: units[0]!, total, rows: Object.freeze(sorted) });
}
