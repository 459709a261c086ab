import { datasets } from '../catalogue.js';
import { compareSources } from '../helpers/compareSources.js';
import type { Estimate, EstimateGroup, SourceComparison, SourceSeries } from '../helpers/compareSources.js';
import { estimates } from '../helpers/estimates.js';
import type { Statement } from '../helpers/estimates.js';
import type { Dataset } from '../model/dataset.js';
import type { Observation } from '../model/observation.js';
import { editionRevisionsOf, unhcrEditions, unhcrRowCodes } from '../tabular/editions.js';
import type { EditionRevision } from '../tabular/editions.js';
import { formatDimensions, formatNumber, formatQualifier, unitLabels } from '../tabular/format.js';
import { carrierName } from '../tabular/carriers.js';
import { statementsCsv } from '../tabular/statements.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { textTable } from './textTable.js';
import type { Selection } from './selection.js';
import { checkDimensions, describeSelection, selects, selectsAll } from './selection.js';
import { UsageError, nameList, unknownName } from './usageError.js';
import { wrapText } from './wrapText.js';
import { eventJson, eventsSection, libraryEvents } from './eventsSection.js';

/**
 * `compareSources` over the statements of each unit, in the order the units first appear (by
 * period): figures stay in the unit their source writes them in, never converted.
 */
function comparisons(observations: readonly Observation[]): SourceComparison[] {
  const units = [...new Set(observations.map((o) => o.unit))];
  return units.map((u) => compareSources(observations.filter((o) => o.unit === u)));
}

/** The figure in the comparison's unit: a point, `≥ v`, `≤ v` or `low–high`. */
function figure(e: Estimate): string {
  const [low, high] = e.interval;
  if (e.qualifier === 'atLeast') return `≥ ${formatNumber(low)}`;
  if (e.qualifier === 'atMost') return `≤ ${formatNumber(high)}`;
  return e.qualifier === 'range' ? `${formatNumber(low)}–${formatNumber(high)}` : formatNumber(e.point ?? low);
}

/** A signed number: `+1,433.8`, `-63,000`. */
function signed(v: number): string {
  return `${v > 0 ? '+' : ''}${formatNumber(v)}`;
}

/** A growth as a signed percentage with one decimal: `+3,753.4 %`. */
function percent(growth: number): string {
  return `${signed(Math.round(growth * 1000) / 10)} %`;
}

/** Every measure id that some observation states, sorted. */
export function comparableMeasures(): string[] {
  return [...new Set((datasets as readonly Dataset[]).flatMap((d) => d.observations.map((o) => o.measure)))].sort();
}

/**
 * The measure, checked: one that some observation states.
 *
 * @throws {UsageError} naming the measures when there is none, or the closest ones when no
 * dataset has this one.
 */
function knownMeasure(measure: string | undefined): asserts measure is string {
  const measures = comparableMeasures();
  if (measure === undefined) throw new UsageError(`compare needs a measure: one of ${nameList(measures)}`);
  if (!measures.includes(measure)) throw new UsageError(unknownName('measure', measure, measures, '"azerbaijan-data compare" without a measure names them all'));
}

/**
 * `compare <measure> --csv`: every statement of the measure across the datasets as a CSV, one
 * row each with its figure, qualifier, period, who states it, source, citation and locator (the
 * columns of `statementColumns`), in the order of `estimates()`: the same rows, byte for byte,
 * as the measure's rows of `data/competing-estimates.csv` and of the views across sources
 * (`data/idps-by-source.csv`…). Figures as their source states them, never converted. Nothing on
 * standard error.
 *
 * @throws {UsageError} as {@link compare} does for a missing or unknown measure.
 */
export function compareCsv(measure: string | undefined): CommandOutput {
  knownMeasure(measure);
  return { stdout: statementsCsv([measure], datasets as readonly Dataset[]), stderr: '' };
}

/**
 * The source comparison of a measure, like with like (see `compareSources`): every statement of
 * it across the datasets, in period order, then by source; statements of the same period and
 * dimensions compared as competing estimates (minimum, median, maximum, spread, each one's
 * deviation from the median); one source's figures of several periods shown as a series (first,
 * last, growth), never as competing estimates; figures in their source's unit, one table per
 * unit; and the period of the newest statement; then the events the library's datasets date
 * within the periods of the statements shown, each with whom it is according to (see
 * `libraryEvents`). As JSON: `{ measure, label, statements, datasets, newestPeriod, comparisons:
 * [{ unit, newestPeriod, groups, series, estimates }], events }` (see docs/cli.md).
 *
 * @throws {UsageError} naming the measures when there is none, or the closest ones when no
 * dataset has this one.
 */
export function compare(measure: string | undefined, mode: OutputMode, selection: Selection = { dimensions: new Map() }): CommandOutput {
  const all = datasets as readonly Dataset[];
  knownMeasure(measure);
  const every = estimates(measure, all);
  // --period and --<dimension> <code>: checked against the dimensions of the datasets that state the measure
  checkDimensions(selection, all.filter((d) => every.some((s) => s.dataset === d.id)).flatMap((d) => d.dimensions), `measure "${measure}"`);
  const statements = every.filter((s) => selects(selection, s.observation));
  if (statements.length === 0) return none(measure, all, selection, mode);
  const statementOf = new Map<Observation, Statement>(statements.map((s) => [s.observation, s]));
  const datasetOf = (e: Estimate): Dataset => all.find((d) => d.id === statementOf.get(e.observation)!.dataset)!;
  const key = (e: Estimate): string => `${statementOf.get(e.observation)!.dataset}/${e.observation.id}`;
  const sourceTitle = (e: Estimate): string => statementOf.get(e.observation)!.source.title;
  const publisher = (e: Estimate): string => (e.attribution === null ? '' : (statementOf.get(e.observation)!.attribution?.publisher ?? e.attribution));
  const label = all.flatMap((d) => d.measures).find((m) => m.id === measure)?.label ?? measure;
  const datasetIds = [...new Set(statements.map((s) => s.dataset))];
  const newestPeriod = statements.at(-1)!.observation.period;
  const carried = statements.reduce((n, s) => n + s.carriers.length, 0);
  const carriedIn = [...new Set(statements.flatMap((s) => s.carriers.map((k) => k.dataset)))];
  const footer = wrapText(
    `${statements.length} statements in ${datasetIds.length} datasets${carried > statements.length ? `; ${carried} figures in ${carriedIn.length} datasets, a statement carried by several releases counted once` : ''}`,
    mode.width,
  ).join('\n') + '\n';
  const differ = (s: Statement) =>
    s.carriersDiffer === null ? null : { amount: s.carriersDiffer.amount, statements: s.carriersDiffer.carriers.map((c) => `${c.dataset}/${c.observationId}`) };
  const found = comparisons(statements.map((s) => s.observation));
  // what the library's datasets date within the periods of the statements shown
  const events = libraryEvents(statements.map((s) => s.observation.period));
  const editions = editionsOf(measure, all, selection);
  if (mode.json) {
    const point = (e: Estimate) => ({ statement: key(e), period: e.period, point: e.point });
    const document = {
      measure,
      label,
      statements: statements.length,
      datasets: datasetIds,
      newestPeriod,
      comparisons: found.map((c) => ({
        unit: c.unit,
        newestPeriod: c.newestPeriod,
        groups: c.groups.map((g) => ({
          period: g.period,
          dimensions: g.dimensions,
          statements: g.estimates.map(key),
          min: g.min,
          median: g.median,
          max: g.max,
          spread: g.spread,
          overlap: g.overlap,
          rounding: g.rounding === null ? null : { kind: g.rounding.kind, precise: key(g.rounding.precise), rounded: g.rounding.rounded.map((r) => ({ statement: key(r.estimate), precision: r.precision })) },
        })),
        series: c.series.map((s) => ({
          source: s.source,
          attribution: s.attribution,
          dimensions: s.dimensions,
          periods: s.periods,
          statements: s.estimates.map(key),
          first: point(s.first),
          last: point(s.last),
          change: s.change,
          growth: s.growth,
        })),
        estimates: c.estimates.map((e) => ({
          datasetId: datasetOf(e).id,
          observationId: e.observation.id,
          period: e.period,
          dimensions: e.observation.dimensions,
          dimensionLabels: dimensionLabels(datasetOf(e), e.observation.dimensions),
          qualifier: e.qualifier,
          wording: e.wording,
          interval: e.interval,
          point: e.point,
          deviation: e.deviation,
          source: e.source,
          sourceTitle: sourceTitle(e),
          attribution: e.attribution,
          attributionPublisher: e.attribution === null ? null : publisher(e),
          carriers: statementOf.get(e.observation)!.carriers.map((c) => ({
            datasetId: c.dataset,
            observationId: c.observationId,
            sourceId: c.source.id,
            name: carrierName(c),
            value: c.value,
            rounded: c.rounded,
            via: c.via,
          })),
          carriersDiffer: differ(statementOf.get(e.observation)!),
        })),
      })),
      events: events.map(eventJson),
      editions: editions.map((r) => ({
        comparison: r.comparison,
        period: r.period,
        origin: r.origin,
        asylum: r.asylum,
        change: r.change,
        earlier: r.earlier === null ? null : `${r.earlierDataset.id}/${r.earlier.id}`,
        earlierValue: r.earlierValue,
        later: r.later.map((o) => `${r.laterDataset.id}/${o.id}`),
        laterValue: r.laterValue,
        difference: r.difference,
      })),
    };
    return { stdout: jsonDocument(document), stderr: '' };
  }
  // the sources by number, named at the end: their titles are too long for a column
  // a release by title and edition, so that two editions of one release get two numbers
  const releaseLabel = (s: Statement['source']): string => (s.edition === undefined ? s.title : `${s.title} (${s.edition.split(' (')[0]})`);
  const titles = [...new Set(found.flatMap((c) => c.estimates.flatMap((e) => statementOf.get(e.observation)!.carriers.map((k) => releaseLabel(k.source)))))];
  const sourceNumber = (e: Estimate): string => `[${titles.indexOf(releaseLabel(statementOf.get(e.observation)!.source)) + 1}]`;
  // the other documents that carry a statement, by number, "r" where rounded: `[2]r [3]r`
  const otherCarriers = (e: Estimate): string =>
    statementOf
      .get(e.observation)!
      .carriers.slice(1)
      .map((k) => `[${titles.indexOf(releaseLabel(k.source)) + 1}]${k.rounded ? 'r' : ''} ${k.dataset}/${k.observationId}`)
      .join(' ');
  const beyondRounding = (e: Estimate): string => {
    const d = statementOf.get(e.observation)!.carriersDiffer;
    return d === null ? '' : `±${formatNumber(d.amount)}`;
  };
  const anyCarried = statements.some((s) => s.carriers.length > 1);
  const anyDiffer = statements.some((s) => s.carriersDiffer !== null);
  const periods = new Set(statements.map((s) => s.observation.period)).size;
  const out = [...wrapText(`${label} (${measure})`, mode.width), ''];
  out.push(
    ...wrapText(
      `Newest statement: ${newestPeriod}. ${statements.length} statement${statements.length === 1 ? '' : 's'} of ${periods} period${periods === 1 ? '' : 's'}` +
        (found.length > 1 ? `, in ${found.length} units (each figure in its source's unit)` : '') +
        '.',
      mode.width,
    ),
    '',
  );
  for (const c of found) {
    out.push(...wrapText(`In ${unitLabels[c.unit]}:`, mode.width));
    const dims = (d: Readonly<Record<string, string>>): string => (Object.keys(d).length > 0 ? ` ${formatDimensions(d)}` : '');
    for (const s of c.series) out.push(...wrapText(seriesLine(s, sourceNumber(s.first), publisher(s.first), dims(s.dimensions)), mode.width));
    const competing = c.groups.filter((g) => g.estimates.length > 1);
    for (const g of competing) out.push(...wrapText(groupLine(g, dims(g.dimensions)), mode.width));
    out.push('');
    // a deviation from the median only where statements disagree, not between roundings of one figure
    const disagreeing = competing.filter((g) => g.rounding === null);
    const inCompeting = new Set(disagreeing.flatMap((g) => g.estimates));
    const hasDimensions = c.estimates.some((e) => Object.keys(e.observation.dimensions).length > 0);
    const rows = c.estimates.map((e) => [
      e.period,
      ...(hasDimensions ? [formatDimensions(e.observation.dimensions)] : []),
      formatQualifier(e.observation),
      figure(e),
      ...(disagreeing.length > 0 ? [inCompeting.has(e) && e.deviation !== null ? signed(e.deviation) : ''] : []),
      sourceNumber(e),
      ...(anyCarried ? [otherCarriers(e)] : []),
      ...(anyDiffer ? [beyondRounding(e)] : []),
      publisher(e),
      key(e),
    ]);
    const header = [
      'period',
      ...(hasDimensions ? ['dimensions'] : []),
      'qualifier',
      'value',
      ...(disagreeing.length > 0 ? ['from median'] : []),
      'source',
      ...(anyCarried ? ['also carried by'] : []),
      ...(anyDiffer ? ['carriers differ'] : []),
      'attribution',
      'dataset/observation',
    ];
    const fit = [
      'keep',
      ...(hasDimensions ? ['wrap' as const] : []),
      'wrap',
      'keep',
      ...(disagreeing.length > 0 ? ['keep' as const] : []),
      'keep',
      ...(anyCarried ? ['wrap' as const] : []),
      ...(anyDiffer ? ['keep' as const] : []),
      'wrap',
      'wrap',
    ] as const;
    out.push(textTable(header, rows, { width: mode.width, fit }));
  }
  if (editions.length > 0) {
    out.push(...wrapText("Between editions of UNHCR's table (data/unhcr-editions.revisions.csv): what changed for these periods.", mode.width));
    for (const r of editions) out.push(...wrapText(editionLine(r), mode.width));
    out.push('');
  }
  out.push(...titles.flatMap((t, i) => wrapText(`[${i + 1}] ${t}`, mode.width)));
  if (anyCarried) {
    out.push(
      ...wrapText(
        'A statement of one body carried by several releases is one row: "also carried by" names the other releases that carry it ("r": rounded) and where each holds it (dataset/observation)' +
          (anyDiffer ? '; "carriers differ" is the largest difference their rounding does not explain.' : '.'),
        mode.width,
      ),
    );
  }
  out.push('');
  if (events.length > 0) out.push(...eventsSection(events, mode.width));
  return { stdout: out.join('\n'), stderr: footer };
}

/** The edition revisions of `measure` (see `editionRevisionsOf`) that the filters keep: by period, and by a figure's dimensions (a total has none). */
function editionsOf(measure: string, all: readonly Dataset[], selection: Selection): EditionRevision[] {
  const ids = new Set([...unhcrEditions.pairs.flatMap((p) => [p.earlier, p.later]), ...unhcrEditions.totals.flatMap((t) => [t.totals, t.rows])]);
  // pairing reads every quote of the editions (some 20 ms): only for a measure they state
  if (!all.some((d) => ids.has(d.id) && d.measures.some((m) => m.id === measure))) return [];
  return editionRevisionsOf(unhcrEditions, all).filter(
    (r) => r.measure === measure && selects(selection, { measure, period: r.period, dimensions: (r.earlier ?? r.later[0])?.dimensions ?? {} }),
  );
}

/** An edition by its title and edition: `refugees: UNHCR Refugee Population Statistics Database (R package), version 2025.12.1 (end-2025 data)`. */
function editionName(d: Dataset, o: Observation | null | undefined): string {
  const s = d.sources.find((x) => x.id === o?.source) ?? d.sources[0];
  return s === undefined ? d.id : `${s.title}${s.edition ? `, ${s.edition}` : ''}`;
}

/**
 * One edition revision as a line: `2018: 11,226 in … (dataset/observation); 11,246, the sum of 34
 * rows of … (dataset); difference +20.`; for a row recoded without a change of value, the ISO
 * codes its row writes in each edition.
 */
function editionLine(r: EditionRevision): string {
  const earlierName = editionName(r.earlierDataset, r.earlier);
  const laterName = editionName(r.laterDataset, r.later[0]);
  const head = r.origin === null ? `${r.period} (total)` : `${r.period} ${r.origin}→${r.asylum} (UNHCR's codes)`;
  const earlier = r.earlier === null ? `no figure in ${earlierName} (${r.earlierDataset.id})` : `${formatNumber(r.earlierValue!)} in ${earlierName} (${r.earlierDataset.id}/${r.earlier.id})`;
  const later =
    r.later.length === 0
      ? `no ${r.origin === null ? 'row' : 'figure'} in ${laterName} (${r.laterDataset.id})`
      : r.comparison === 'total-and-rows'
        ? `${formatNumber(r.laterValue!)}, the sum of ${r.later.length} row${r.later.length === 1 ? '' : 's'} of ${laterName} (${r.laterDataset.id})`
        : `${formatNumber(r.laterValue!)} in ${laterName} (${r.laterDataset.id}/${r.later[0]!.id})`;
  const difference = r.difference === null ? '' : `; difference ${signed(r.difference)}`;
  let recoded = '';
  if ((r.change === 'recoded' || r.change === 'revised-and-recoded') && r.earlier !== null && r.later[0] !== undefined) {
    const [e, l] = [unhcrRowCodes(r.earlier), unhcrRowCodes(r.later[0])];
    const parts = [
      ...(e.originIso === l.originIso ? [] : [`ISO code of origin ${e.originIso} → ${l.originIso}`]),
      ...(e.asylumIso === l.asylumIso ? [] : [`ISO code of asylum ${e.asylumIso} → ${l.asylumIso}`]),
    ];
    recoded = `; as the rows write it, ${parts.join(', ')}`;
  }
  return `${head}: ${earlier}; ${later}${difference}${recoded}.`;
}

/** The label the dataset gives each dimension code: `{ country: 'Russian Federation' }` beside `{ country: 'RU' }`. */
function dimensionLabels(dataset: Dataset, dimensions: Readonly<Record<string, string>>): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(dimensions).map(([id, code]) => [id, dataset.dimensions.find((d) => d.id === id)?.values.find((v) => v.code === code)?.label ?? null]),
  );
}

/** What compare prints when the filters keep no statement of the measure: the same shape, empty. */
function none(measure: string, all: readonly Dataset[], selection: Selection, mode: OutputMode): CommandOutput {
  const label = all.flatMap((d) => d.measures).find((m) => m.id === measure)?.label ?? measure;
  const filters = selectsAll(selection) ? '' : ` ${describeSelection(selection)}`;
  if (mode.json) return { stdout: jsonDocument({ measure, label, statements: 0, datasets: [], newestPeriod: null, comparisons: [], events: [], editions: [] }), stderr: '' };
  return { stdout: [...wrapText(`${label} (${measure})`, mode.width), '', ...wrapText(`No statement matches${filters}.`, mode.width), ''].join('\n'), stderr: '0 statements\n' };
}

/** `Series of [1] (attributed to World Bank): 1997–2010, 9 periods: first 38.2 (1997), last 1,472 (2010), growth +3,753.4 %.` */
function seriesLine(s: SourceSeries, number: string, publisher: string, dimensions: string): string {
  const end = (e: Estimate): string => `${figure(e)} (${e.period})`;
  const growth = s.growth === null ? '' : `, growth ${percent(s.growth)}`;
  return `Series of ${number}${publisher === '' ? '' : ` (attributed to ${publisher})`}${dimensions}: ${s.first.period}–${s.last.period}, ${s.periods} periods: first ${end(s.first)}, last ${end(s.last)}${growth}.`;
}

/**
 * `1994: 3 statements of the same period: min 947,586, median 1,000,000, max 1,500,000, spread (max/min) 1.58, intervals do not all overlap.`;
 * for one figure at different rounding (see `GroupRounding`), what it is instead of a spread:
 * `2010: 2 statements of the same period: the same figure, rounded: 1,500 is 1,472 rounded to the nearest 100.`
 */
function groupLine(g: EstimateGroup, dimensions: string): string {
  const stat = (v: number | null): string => (v === null ? 'none' : formatNumber(v));
  const head = `${g.period}${dimensions}: ${g.estimates.length} statements of the same period`;
  if (g.rounding !== null) {
    const { kind, precise, rounded } = g.rounding;
    const each = rounded.map((r) => `${figure(r.estimate)} is ${figure(precise)} rounded to the nearest ${formatNumber(r.precision)}`).join('; ');
    return kind === 'sameFigure'
      ? `${head}: the same figure, rounded: ${each}.`
      : `${head} agree once rounded: ${each} (from different bodies, so not called one figure).`;
  }
  return (
    `${head}: min ${stat(g.min)}, median ${stat(g.median)}, max ${stat(g.max)}, ` +
    `spread (max/min) ${g.spread === null ? 'none' : g.spread.toFixed(2)}, intervals ${g.overlap ? 'overlap' : 'do not all overlap'}.`
  );
}
