import { HelperRangeError, HelperTypeError, finiteNumber, finiteResult } from './errors.js';
import { argumentName, pointUnit, pointValue } from './point.js';
import type { PointLike } from './point.js';
import { nonEmptyArray } from './series.js';
import { scaleByPowerOfTen, unitScale } from './units.js';

/**
 * The options of {@link perCapita}.
 *
 * @example
 * ```ts
 * import { perCapita } from 'azerbaijan-data/helpers';
 * import type { PerCapitaOptions } from 'azerbaijan-data/helpers';
 * const options: PerCapitaOptions = { per: 1000 };
 * perCapita([{ period: '2022', value: 659000 }], [{ period: '2022', value: 10141756 }], options)[0]!.ratio.toFixed(1); //=> '65.0'
 * ```
 */
export interface PerCapitaOptions {
  /**
   * How many inhabitants the ratio is per: 1 (the default) gives a fraction of the population,
   * 100 a percentage, 1000 a figure per thousand inhabitants. A positive finite number.
   */
  readonly per?: number;
}

/**
 * A figure beside the population of its period; see {@link perCapita}.
 *
 * @example
 * ```ts
 * import { perCapita } from 'azerbaijan-data/helpers';
 * import type { PerCapita } from 'azerbaijan-data/helpers';
 * const [row]: PerCapita[] = perCapita([{ period: '2022', value: 659000 }], [{ period: '2022', value: 10141756 }]);
 * [row!.period, row!.value, row!.population]; //=> ['2022', 659000, 10141756]
 * ```
 */
export interface PerCapita {
  /** The period of the figure, and of the population figure it is divided by. */
  readonly period: string;
  /** The figure, as given. */
  readonly value: number;
  /** The population of that period, in the unit of the figure (`persons` where the figure is in persons). */
  readonly population: number;
  /** `per × value / population`: a fraction of the population for `per` 1, a percentage for 100. */
  readonly ratio: number;
}

const PERSONS = 'a unit that counts people (persons, thousand-persons)';

/** The power of ten of a unit that counts people, or undefined where the point states no unit. */
function personsExponent(argument: string, point: unknown): number | undefined {
  const unit = pointUnit(point);
  if (unit === undefined) return undefined;
  const scale = unitScale(unit);
  if (scale === undefined || scale[0] !== 'persons') throw new HelperRangeError('perCapita', `${argument}.unit`, unit, PERSONS);
  return scale[1];
}

/**
 * Each figure as a share of the population of its period: IDPs, refugees or migrants per
 * inhabitant (or per 100, per 1,000 with `options.per`). Each figure is paired with the
 * population figure of exactly the same period (`"2022"` with `"2022"`; a month is not read as
 * its year); a figure whose period has no population figure is an error that names it, never a
 * guess. Where both state units that count people, the population is brought to the figure's
 * unit first (10,141.756 thousand-persons → 10,141,756 persons); where one states none, the two
 * are taken to be in the same unit. The figure may be negative (net migration per 1,000
 * inhabitants); the population must be positive.
 *
 * This runs in O(n + m) for n figures and m population figures.
 *
 * @param figures - The figures: `{ period, value, unit? }` or observations that are not ranges.
 * @param population - The population by period, in any order, one figure a period.
 * @param options - `per`: how many inhabitants the ratio is per (1 by default).
 * @returns One row per figure, in the order of `figures`.
 * @throws {HelperTypeError} when `figures` or `population` is not an array, a point has no
 * numeric value or no string period, or `options` is not an object.
 * @throws {HelperRangeError} when an array is empty, a value or `options.per` is not finite,
 * `options.per` or a population figure is not positive, a unit does not count people, a period
 * stands twice in `population`, a figure's period has no population figure, or a ratio
 * overflows.
 *
 * @example
 * ```ts
 * import { perCapita } from 'azerbaijan-data/helpers';
 * // IDMC: 659,000 IDPs in Azerbaijan in 2022; WDI: a population of 10,141,756 in 2022
 * const [row] = perCapita([{ period: '2022', value: 659000, unit: 'persons' }], [{ period: '2022', value: 10141756, unit: 'persons' }], { per: 100 });
 * row!.ratio === (100 * 659000) / 10141756; //=> true
 * row!.ratio.toFixed(2); //=> '6.50'
 * // a population in thousands is brought to persons first
 * perCapita([{ period: '2009', value: 586000, unit: 'persons' }], [{ period: '2009', value: 8947.243, unit: 'thousand-persons' }])[0]!.population; //=> 8947243
 * ```
 */
export function perCapita(figures: readonly PointLike[], population: readonly PointLike[], options: PerCapitaOptions = {}): PerCapita[] {
  nonEmptyArray('perCapita', 'figures', figures);
  nonEmptyArray('perCapita', 'population', population);
  if (typeof options !== 'object' || options === null) throw new HelperTypeError('perCapita', 'options', options, 'an object { per? }');
  const per = options.per === undefined ? 1 : finiteNumber('perCapita', 'options.per', options.per);
  if (per <= 0) throw new HelperRangeError('perCapita', 'options.per', per, 'a positive number (1 for a fraction, 100 for a percentage)');
  const byPeriod = new Map<string, { value: number; exponent: number | undefined; index: number }>();
  for (let i = 0; i < population.length; i++) {
    const p = population[i];
    const value = pointValue('perCapita', 'population', p, i);
    const period = (p as { period?: unknown }).period;
    if (typeof period !== 'string') throw new HelperTypeError('perCapita', `${argumentName('population', i)}.period`, period, 'an ISO 8601 period as a string ("2022")');
    if (value <= 0) throw new HelperRangeError('perCapita', `${argumentName('population', i)}.value`, value, 'a positive number (a population to divide by)');
    const before = byPeriod.get(period);
    if (before !== undefined) {
      throw new HelperRangeError('perCapita', `${argumentName('population', i)}.period`, period, `a period not already in population (it stands at population[${before.index}]; give one population figure a period)`);
    }
    byPeriod.set(period, { value, exponent: personsExponent(argumentName('population', i), p), index: i });
  }
  const out: PerCapita[] = new Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const value = pointValue('perCapita', 'figures', f, i);
    const period = (f as { period?: unknown }).period;
    if (typeof period !== 'string') throw new HelperTypeError('perCapita', `${argumentName('figures', i)}.period`, period, 'an ISO 8601 period as a string ("2022")');
    const pop = byPeriod.get(period);
    if (pop === undefined) {
      const periods = [...byPeriod.keys()];
      const shown = periods.length > 6 ? `${periods.slice(0, 3).join(', ')}, …, ${periods.slice(-2).join(', ')}` : periods.join(', ');
      throw new HelperRangeError('perCapita', `${argumentName('figures', i)}.period`, period, `a period that population has a figure for (it has ${periods.length}: ${shown})`);
    }
    const exponent = personsExponent(argumentName('figures', i), f);
    const inUnit = exponent === undefined || pop.exponent === undefined ? pop.value : scaleByPowerOfTen(pop.value, pop.exponent - exponent);
    const ratio = finiteResult('perCapita', `${argumentName('figures', i)}.value`, value, (per * value) / inUnit);
    out[i] = { period, value, population: inUnit, ratio };
  }
  return out;
}
