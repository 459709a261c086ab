/**
 * The revisions table of a view across sources: one flow's figures as an earlier edition first
 * printed them beside the figures a later edition gives for the same periods, in one unit, with
 * the difference and the ratio. The docs page "Remittances by source and edition" shows it, the
 * build ships it as `data/<view>.revisions.csv`: both from {@link revisionsOf}.
 */
import { convert } from '../helpers/convert.js';
import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import type { Unit } from '../schema/unit.js';
import type { ColumnInfo } from './columns.js';
import { isoPeriodPattern } from './columns.js';
import type { Cell } from './csv.js';

/** One period's figure as first printed beside the figure a later edition gives for it. */
export interface Revision {
  readonly period: string;
  readonly earlier: Observation;
  readonly later: Observation;
  /** The earlier figure in the table's unit. */
  readonly earlierValue: number;
  /** The later figure in the table's unit. */
  readonly laterValue: number;
  /** `laterValue − earlierValue`, to the decimals of the two figures (no binary fraction left over). */
  readonly difference: number;
  /** `laterValue / earlierValue`. */
  readonly ratio: number;
}

function pointValue(o: Observation, side: string): number {
  if (o.qualifier === 'range') throw new RangeError(`revisions: ${side} figure "${o.id}" is a range (${o.low}–${o.high}); a revision compares single figures`);
  return o.value;
}

/** How many decimals a number is written with (`1432.6` → 1, `1e-7` → 7). */
function decimals(x: number): number {
  const [mantissa = '', exponent = '0'] = String(x).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** `b − a` rounded to the decimals of `a` and `b`: the exact difference of two decimal figures. */
function difference(a: number, b: number): number {
  return Number((b - a).toFixed(Math.min(20, Math.max(decimals(a), decimals(b)))));
}

/**
 * The figures of the periods that both series state, earlier edition beside later, both in
 * `unit` (converted with `convert`, never rounded), with the later figure's difference from and
 * ratio to the earlier one. Periods that only one series states are left out; a period stated
 * twice in one series is an error. Ordered by period. Runs in `O(n log n)`.
 */
export function revisions(earlier: readonly Observation[], later: readonly Observation[], unit: Unit): Revision[] {
  const byPeriod = (list: readonly Observation[], side: string): Map<string, Observation> => {
    const map = new Map<string, Observation>();
    for (const o of list) {
      if (map.has(o.period)) throw new RangeError(`revisions: the ${side} series states ${o.period} twice ("${map.get(o.period)!.id}" and "${o.id}")`);
      map.set(o.period, o);
    }
    return map;
  };
  const first = byPeriod(earlier, 'earlier');
  const second = byPeriod(later, 'later');
  return [...first.keys()]
    .filter((p) => second.has(p))
    .sort()
    .map((period) => {
      const e = first.get(period)!;
      const l = second.get(period)!;
      const earlierValue = convert(pointValue(e, 'the earlier'), e.unit, unit);
      const laterValue = convert(pointValue(l, 'the later'), l.unit, unit);
      if (earlierValue === 0) throw new RangeError(`revisions: the earlier figure "${e.id}" is 0; a ratio to it is undefined`);
      return { period, earlier: e, later: l, earlierValue, laterValue, difference: difference(earlierValue, laterValue), ratio: laterValue / earlierValue };
    });
}

/** Two series of one flow, from an earlier and a later edition, to set side by side. */
export interface RevisionsConfig {
  readonly earlier: { readonly dataset: string; readonly measure: string };
  readonly later: { readonly dataset: string; readonly measure: string };
  /** The unit of the table. */
  readonly unit: Unit;
  /** The notes of the later dataset that state a change of method (quoted on the docs page with their attribution). */
  readonly methodNote: RegExp;
}

/** The revisions of a view: its two datasets and the rows, or `undefined` where the library lacks either dataset. */
export interface RevisionsTable {
  readonly earlier: Dataset;
  readonly later: Dataset;
  readonly rows: readonly Revision[];
}

/**
 * The revisions table of `config` over `datasets`: the figures of the earlier and the later
 * series (the observations of each measure without dimensions), set side by side with
 * {@link revisions}; `undefined` where `datasets` lacks the earlier or the later dataset.
 */
export function revisionsOf(config: RevisionsConfig, datasets: readonly Dataset[]): RevisionsTable | undefined {
  const earlier = datasets.find((d) => d.id === config.earlier.dataset);
  const later = datasets.find((d) => d.id === config.later.dataset);
  if (earlier === undefined || later === undefined) return undefined;
  const pick = (d: Dataset, measure: string): Observation[] => d.observations.filter((o) => o.measure === measure && Object.keys(o.dimensions).length === 0);
  return { earlier, later, rows: revisions(pick(earlier, config.earlier.measure), pick(later, config.later.measure), config.unit) };
}

/** The columns of `data/<view>.revisions.csv`, in order: one row per period that both editions state. */
export const revisionColumns: Readonly<Record<string, ColumnInfo>> = {
  period: { type: 'string', required: true, pattern: isoPeriodPattern, description: 'The period both editions state a figure for, ISO 8601 text.' },
  unit: { type: 'string', required: true, description: 'The unit of earlierValue, laterValue and difference: the table\'s unit, to which both figures are converted (never rounded).' },
  earlierDatasetId: { type: 'string', required: true, description: 'Id of the dataset that holds the figure as first printed (the earlier edition); with earlierObservationId, a key of observations.csv.' },
  earlierObservationId: { type: 'string', required: true, description: 'Id of the observation of the earlier figure in that dataset.' },
  earlierAsWritten: { type: 'string', required: true, description: 'The earlier figure exactly as its document writes it.' },
  earlierUnit: { type: 'string', required: true, description: 'The unit the earlier document states its figure in.' },
  earlierValue: { type: 'number', required: true, description: 'The earlier figure in unit.' },
  laterDatasetId: { type: 'string', required: true, description: 'Id of the dataset that holds the figure as the later edition gives it; with laterObservationId, a key of observations.csv.' },
  laterObservationId: { type: 'string', required: true, description: 'Id of the observation of the later figure in that dataset.' },
  laterAsWritten: { type: 'string', required: true, description: 'The later figure exactly as its release writes it.' },
  laterUnit: { type: 'string', required: true, description: 'The unit the later release states its figure in.' },
  laterValue: { type: 'number', required: true, description: 'The later figure in unit.' },
  difference: { type: 'number', required: true, description: 'laterValue minus earlierValue, in unit (to the decimals of the two figures).' },
  ratio: { type: 'number', required: true, description: 'laterValue divided by earlierValue (not rounded).' },
};

/** The rows of a revisions table for `data/<view>.revisions.csv`, in the columns of {@link revisionColumns}. */
export function revisionRows(table: RevisionsTable, unit: Unit): Record<string, Cell>[] {
  return table.rows.map((r) => ({
    period: r.period,
    unit,
    earlierDatasetId: table.earlier.id,
    earlierObservationId: r.earlier.id,
    earlierAsWritten: r.earlier.asWritten,
    earlierUnit: r.earlier.unit,
    earlierValue: r.earlierValue,
    laterDatasetId: table.later.id,
    laterObservationId: r.later.id,
    laterAsWritten: r.later.asWritten,
    laterUnit: r.later.unit,
    laterValue: r.laterValue,
    difference: r.difference,
    ratio: r.ratio,
  }));
}
