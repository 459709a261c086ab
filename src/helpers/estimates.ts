import type { Dataset } from '../model/dataset.js';
import type { Observation } from '../model/observation.js';
import type { Source } from '../model/source.js';
import type { Carrier, CarrierDifference } from './carriers.js';
import { groupCarriers, isHeadline, statementKey } from './carriers.js';
import { HelperTypeError } from './errors.js';
import { periodLengthInMonths, periodPosition } from './period.js';
import { UnknownIdError } from './unknownIdError.js';

/**
 * One statement of a measure, where it stands: the dataset that holds it, the observation's id
 * there, the observation itself (the dataset's own object, not a copy) and its source. `D` is
 * the dataset's type: for the library's datasets, `dataset` and `observationId` are literal
 * unions, so that a statement's ids go straight to `dataset(statement.dataset)`,
 * `observation(…, statement.observationId)` and `cite` without a cast; `Statement` alone (any
 * dataset) has string ids, and every statement is one.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import type { Statement } from 'azerbaijan-data/helpers';
 * const nrc: Statement = estimates(datasets, 'idps').find((s) => s.source.id === 'nrc-azerbaijan-country-programmes')!;
 * [nrc.dataset, nrc.observationId, nrc.observation.asWritten]; //=> ['nrc-displacement', 'idps', '570 000']
 * ```
 */
export interface Statement<D extends Dataset = Dataset> {
  /** Id of the dataset the statement stands in. */
  readonly dataset: D['id'];
  /** Id of the observation within that dataset. */
  readonly observationId: D['observations'][number]['id'];
  /** The observation, as the dataset holds it. */
  readonly observation: D['observations'][number];
  /** The document the figure is read from. */
  readonly source: Source;
  /** The body the document attributes the figure to, where it names one. */
  readonly attribution?: Source;
  /** The dataset itself (the object given to `estimates`), so that `cite(statement)` cites the figure without a look-up. */
  readonly heldIn: Dataset;
  /**
   * Every document that carries the statement, this one first: one carrier for a figure only one
   * document gives; for IDMC's IDP stock of 2022, the GIDD (unrounded, 658,742), UNHCR's `idmc`
   * table and the World Bank (each 659,000, rounded). See {@link Carrier}.
   */
  readonly carriers: readonly Carrier[];
  /** Where the carriers' figures differ by more than their rounding explains; `null` where they do not (or there is one carrier). */
  readonly carriersDiffer: CarrierDifference | null;
  /**
   * Whether the figure is of the whole country: it has no dimension, or every dimension names
   * Azerbaijan itself (UNHCR's IDPs by origin AZ and asylum AZ); `false` for a breakdown.
   */
  readonly headline: boolean;
}

/**
 * A statement of measure `M` in one of the datasets `D` (a union): one {@link Statement} type for
 * each dataset that declares a measure of `M`, so that the statements of `idps` name only the
 * datasets that hold IDP figures, and narrowing on `dataset` narrows `observationId`.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * import type { StatementIn } from 'azerbaijan-data';
 * const idps: readonly StatementIn<(typeof datasets)[number], 'idps'>[] = estimates(datasets, 'idps');
 * idps.every((s) => s.observation.measure === 'idps'); //=> true
 * ```
 */
export type StatementIn<D extends Dataset, M extends string> = D extends Dataset ? (M extends D['measures'][number]['id'] ? Statement<D> : never) : never;

/** The measure ids of the datasets `D`: literal unions for the library's datasets. */
type MeasureIn<D extends readonly Dataset[]> = D[number]['measures'][number]['id'];

/** A figure with what orders it: its period's middle and length, and its place in the input. */
interface Placed {
  readonly statement: Omit<Statement, 'carriers' | 'carriersDiffer' | 'headline'>;
  readonly middle: number;
  readonly months: number;
  readonly order: number;
}

function text(p: string, q: string): number {
  return p === q ? 0 : p < q ? -1 : 1;
}

/** By period (its middle, then the shorter first), then source, then attribution, then the input's order. */
function byPeriodThenSource(x: Placed, y: Placed): number {
  return (
    x.middle - y.middle ||
    x.months - y.months ||
    text(x.statement.source.id, y.statement.source.id) ||
    text(x.statement.attribution?.id ?? '', y.statement.attribution?.id ?? '') ||
    x.order - y.order
  );
}

/** By source, then dataset, then observation id: the order of a statement's carriers after the first. */
function byCarrier(x: Placed, y: Placed): number {
  return (
    text(x.statement.source.id, y.statement.source.id) ||
    text(x.statement.dataset, y.statement.dataset) ||
    text(x.statement.observationId, y.statement.observationId)
  );
}

/**
 * Every statement of a measure across the given datasets, each once, ordered by period (oldest
 * first; a shorter period before a longer one with the same middle), then by source, then by the
 * body the source attributes it to, then in the order of the datasets and their observations:
 * competing estimates as a view over the datasets, which copies no observation. A statement is
 * held in exactly one dataset; an observation object reached through two datasets (or a dataset
 * passed twice) is returned once. The newest statement is the last. Runs in `O(n log n)` over
 * the observations of the measure, `O(n)` over the others.
 *
 * **Each statement once, every carrier named.** A figure the document attributes to a body
 * (`attribution`) is that body's statement, whichever document carries it: figures of one
 * attributed body, measure, period (as written) and dimensions, each read from a different
 * document, are one statement, returned once
 * with its `carriers` (each document, its figure as carried, whether rounded, and its `via`
 * chain). IDMC's IDP stock of 2022 is one statement of IDMC carried by the GIDD (658,742,
 * unrounded), UNHCR's `idmc` table and the World Bank (659,000 each, rounded). The statement
 * stands for the carrier with the unrounded figure (one that writes its rounding beside it, as
 * the GIDD does, else the figure written to the finest place); `carriersDiffer` says where a
 * carrier's figure is neither that figure nor it rounded (the publisher's own rounded figure, or
 * the rule of `compareSources`' `rounding`). A figure without attribution is its document's own
 * statement (UNHCR's `idps` column, 657,749 in 2023, is UNHCR's, beside IDMC's 657,749): two
 * editions of one release are two statements, a revision and not a carrier. A document that
 * gives one figure twice (in two tables or two units) makes two statements, as it writes them.
 *
 * **Dimensions.** Every figure of the measure is returned, breakdowns too. A dimension whose
 * code is Azerbaijan itself (`AZ`: UNHCR's IDPs by origin AZ and asylum AZ) is no breakdown: such
 * a figure is a headline figure of the country (`headline: true`), as a figure without
 * dimensions is, and the two are keyed alike.
 *
 * The datasets come first (`estimates(datasets, 'idps')`), so that editors complete the measure
 * as it is typed: it is typed as the union of the measure ids of the datasets given, so for the
 * library's `datasets` a misspelt measure is a compile error; for datasets of your own (or
 * `datasets` typed `readonly Dataset[]`), any string. A measure that arrives at run time is
 * narrowed first with {@link isMeasureId}. The earlier order, `estimates('idps', datasets)`,
 * still works and means the same.
 *
 * @throws {HelperTypeError} when neither argument is an array of datasets, the measure is not a
 *   non-empty string, or an element of the array is not a dataset.
 * @throws {@link UnknownIdError} (a `HelperRangeError`) when no dataset in `among` has an
 *   observation of `measure`: the message names the closest measures there are.
 * @throws {HelperRangeError} when a statement's period is not an ISO 8601 period.
 *
 * @example
 * ```ts
 * import { datasets, estimates } from 'azerbaijan-data';
 * // The five documents' IDP figures: 570 000 (NRC, 2002), 579,000 (UNHCR, 2006), 687,000 (Government, March 2007), up to 700,000 (MFA, February 2008)
 * const fromDocuments = estimates(datasets, 'idps').filter((s) => s.source.file !== undefined);
 * fromDocuments.map((s) => s.observation.asWritten); //=> ['570 000', '579,000', '687,000', '700,000']
 * fromDocuments.map((s) => s.observation.period); //=> ['2002', '2006', '2007-03', '2008-02']
 * fromDocuments.map((s) => `${s.dataset}/${s.observationId}`)[1]; //=> 'idp-estimates-idmc/idps-unhcr-2006'
 * // with the yearly series, from the first year the releases hold
 * estimates(datasets, 'idps')[0]!.observation.period; //=> '1993'
 * // the earlier order, measure first, gives the same statements
 * estimates('idps', datasets).length === estimates(datasets, 'idps').length; //=> true
 * ```
 */
export function estimates<D extends readonly Dataset[], M extends MeasureIn<D>>(among: D, measure: M): readonly StatementIn<D[number], M>[];
export function estimates<D extends readonly Dataset[], M extends MeasureIn<D>>(measure: M, among: D): readonly StatementIn<D[number], M>[];
export function estimates(first: unknown, second: unknown): readonly Statement[] {
  // datasets first (an array), or the earlier order, measure first
  const [among, measure] = Array.isArray(first) || (!Array.isArray(second) && typeof first !== 'string') ? [first, second] : [second, first];
  if (!Array.isArray(among)) {
    throw new HelperTypeError('estimates', 'among', among, "an array of datasets (such as datasets from azerbaijan-data), as in estimates(datasets, 'idps')");
  }
  if (typeof measure !== 'string' || measure === '') {
    throw new HelperTypeError('estimates', 'measure', measure, 'a measure id (a non-empty string such as "idps")');
  }
  const seen = new Set<Observation>();
  const placed: Placed[] = [];
  const measures = new Set<string>();
  for (const [i, d] of (among as readonly Dataset[]).entries()) {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || !Array.isArray(d.observations) || !Array.isArray(d.sources)) {
      throw new HelperTypeError('estimates', `among[${i}]`, d, 'a dataset (with id, observations and sources)');
    }
    for (const [j, o] of d.observations.entries()) {
      measures.add(o.measure);
      if (o.measure !== measure || seen.has(o)) continue;
      seen.add(o);
      const source = d.sources.find((s: Source) => s.id === o.source)!;
      const attribution = o.attribution === undefined ? undefined : d.sources.find((s: Source) => s.id === o.attribution);
      const statement: Placed['statement'] = { dataset: d.id, observationId: o.id, observation: o, source, ...(attribution ? { attribution } : {}), heldIn: d };
      const argument = `among[${i}].observations`;
      // the position first: it names the observation (`among[i].observations[j].period`) when the period is not ISO 8601
      const middle = periodPosition('estimates', argument, o.period, j);
      placed.push({ statement, middle, months: periodLengthInMonths('estimates', `${argument}[${j}].period`, o.period), order: placed.length });
    }
  }
  if (placed.length === 0) throw new UnknownIdError('estimates', null, 'measure', measure, [...measures], among.length);
  // each statement once: the figures of one attributed body, period and dimensions together
  const byKey = new Map<string, Placed[]>();
  const alone: Placed[][] = [];
  for (const p of placed) {
    const key = statementKey(p.statement.observation);
    if (key === null) {
      alone.push([p]);
      continue;
    }
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [p]);
    else same.push(p);
  }
  for (const [key, figures] of byKey) {
    // a document that gives the figure twice (in two tables, in two units) makes two statements: carriers are documents
    if (new Set(figures.map((f) => f.statement.source.id)).size < figures.length) {
      byKey.delete(key);
      alone.push(...figures.map((f) => [f]));
    }
  }
  const statements: Placed[] = [...byKey.values(), ...alone].map((figures) => {
    const { representative, carriers, carriersDiffer } = groupCarriers(figures.sort(byCarrier).map((f) => f.statement));
    const first = figures.find((f) => f.statement === representative)!;
    const statement: Statement = { ...representative, carriers, carriersDiffer, headline: isHeadline(representative.observation.dimensions) };
    return { ...first, statement };
  });
  return statements.sort(byPeriodThenSource).map((p) => p.statement as Statement);
}
