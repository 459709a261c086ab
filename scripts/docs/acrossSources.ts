/**
 * Every statement of one or more measures across the datasets, by source, on one time axis:
 * the data, the Vega-Lite chart and the tables of the docs pages "IDPs by source" and
 * "Remittances by source and edition" (see comparisonPages.ts), and the chart the package ships
 * beside their data (`data/charts/<slug>.vl.json`, written by scripts/export-data.ts). The statements come from
 * `estimates()` (each held once, in the dataset that holds it); figures in another unit of the
 * same kind are brought to the chart's unit with `convert` (million US$ beside US$), never
 * rescaled in the tables, which give each figure as its source writes it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { convert } from '../../src/helpers/convert.js';
import { estimates } from '../../src/helpers/estimates.js';
import type { Statement } from '../../src/helpers/estimates.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Qualifier } from '../../src/schema/observation.js';
import type { Unit } from '../../src/schema/unit.js';
import { viewTitle } from '../../src/tabular/comparisonViews.js';
import type { ComparisonView } from '../../src/tabular/comparisonViews.js';
import { formatNumber, qualifierSigns, unitLabels } from '../../src/tabular/format.js';
import { voiceOf } from '../../src/tabular/voice.js';
import { chartFontSize, chartWidth, periodEnd, periodStart, standAloneTitle, wrap } from './chartSpec.js';

/** One statement, ready to plot and to tabulate. */
export interface SourceStatement {
  readonly dataset: string;
  readonly observationId: string;
  readonly measure: string;
  readonly measureLabel: string;
  readonly period: string;
  /** The middle of the period (a year stands at its 1 July), as an ISO date: where the mark stands on the time axis. */
  readonly date: string;
  readonly qualifier: Qualifier;
  readonly wording: string | null;
  /** The figure in the chart's unit (`null` for a range). */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** The chart's unit. */
  readonly unit: Unit;
  /** The unit the source states the figure in. */
  readonly writtenUnit: Unit;
  /** The figure as the source writes it. */
  readonly asWritten: string;
  readonly sourceId: string;
  readonly attributionId: string | null;
  /** Who states the figure, and in which publication and edition: the chart's legend. */
  readonly voice: string;
  /** The series a figure belongs to (dataset, measure, source, attribution, dimensions): one line each. */
  readonly series: string;
  /** The figure with its qualifier, period, unit and source, for the mark's `<title>`. */
  readonly title: string;
  /** Every release that carries the statement (its own first): dataset, observation, and whether it carries the figure rounded. */
  readonly carriers: readonly { readonly dataset: string; readonly observationId: string; readonly rounded: boolean }[];
}

const day = 86_400_000;
/** The middle day of a period, as an ISO date. */
export function periodMiddle(period: string): string {
  const start = Date.parse(`${periodStart(period)}T00:00:00Z`);
  const end = Date.parse(`${periodEnd(period)}T00:00:00Z`) + day;
  return new Date(start + Math.floor((end - start) / 2 / day) * day).toISOString().slice(0, 10);
}

const qualifierNames: Record<Qualifier, string> = { exact: 'exact', approximate: 'approximate', atLeast: 'at least', atMost: 'at most', range: 'range' };

/**
 * Every statement of `measures` across `datasets`, in the chart's `unit`, ordered by the start of
 * the period, then its end, then who states it. A measure that none of the datasets states is
 * left out (see {@link missingMeasures}). Runs in `O(n log n)` over the statements.
 */
export function statementsAcrossSources(datasets: readonly Dataset[], measures: readonly string[], unit: Unit): SourceStatement[] {
  const stated = new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)));
  const statements: Statement[] = measures.filter((m) => stated.has(m)).flatMap((m) => [...estimates(m, datasets)]);
  const rows = statements.map((s): SourceStatement => {
    const o = s.observation;
    const d = datasets.find((x) => x.id === s.dataset)!;
    const measureLabel = d.measures.find((m) => m.id === o.measure)?.label ?? o.measure;
    const to = (v: number): number => convert(v, o.unit, unit);
    const voice = voiceOf(s.source, s.attribution);
    const written = o.qualifier === 'range' ? `${formatNumber(o.low)}–${formatNumber(o.high)}` : `${qualifierSigns[o.qualifier]} ${formatNumber(o.value)}`;
    const converted = o.unit === unit ? '' : `; ${o.qualifier === 'range' ? `${formatNumber(to(o.low))}–${formatNumber(to(o.high))}` : formatNumber(to(o.value))} ${unitLabels[unit]} on the chart`;
    return {
      dataset: s.dataset,
      observationId: s.observationId,
      measure: o.measure,
      measureLabel,
      period: o.period,
      date: periodMiddle(o.period),
      qualifier: o.qualifier,
      wording: o.wording ?? null,
      value: o.qualifier === 'range' ? null : to(o.value),
      low: o.qualifier === 'range' ? to(o.low) : null,
      high: o.qualifier === 'range' ? to(o.high) : null,
      unit,
      writtenUnit: o.unit,
      asWritten: o.asWritten,
      sourceId: s.source.id,
      attributionId: s.attribution?.id ?? null,
      voice,
      series: JSON.stringify([s.dataset, o.measure, s.source.id, s.attribution?.id ?? null, o.dimensions]),
      title:
        `${measureLabel}, ${o.period}: ${written} ${unitLabels[o.unit]} (${qualifierNames[o.qualifier]}${o.wording === undefined ? '' : `, "${o.wording}"`}; as written "${o.asWritten}"${converted}). ` +
        `Source: ${voice}.` +
        (s.carriers.length > 1 ? ` Also carried by ${s.carriers.slice(1).map((c) => `${c.dataset}/${c.observationId}${c.rounded ? ' (rounded)' : ''}`).join(', ')}.` : ''),
      carriers: s.carriers.map((c) => ({ dataset: c.dataset, observationId: c.observationId, rounded: c.rounded })),
    };
  });
  return rows.sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)) || periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.voice.localeCompare(b.voice));
}

/** The measures of `measures` that none of `datasets` states. */
export function missingMeasures(datasets: readonly Dataset[], measures: readonly string[]): string[] {
  const stated = new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)));
  return measures.filter((m) => !stated.has(m));
}

/** The first and the last year of the statements' periods. */
export function yearSpan(rows: readonly SourceStatement[]): [number, number] {
  const years = rows.flatMap((r) => [Number(periodStart(r.period).slice(0, 4)), Number(periodEnd(r.period).slice(0, 4))]);
  return [Math.min(...years), Math.max(...years)];
}

const padding = 8;
const charWidth = 0.8 * chartFontSize;

/**
 * The Vega-Lite chart of statements across sources: time on the x axis, the figure in the chart's
 * unit on the y axis, one colour per voice (who states it, in which publication and edition); a
 * line joins the yearly figures of one series, a point marks each figure (its shape the
 * qualifier), a solid rule a range from low to high, a dashed rule a bound open to the edge.
 * Laid out to fit {@link chartWidth} px with text of {@link chartFontSize} px or more; every mark
 * carries its figure's `title` as its description.
 */
export function acrossSourcesChartSpec(rows: readonly SourceStatement[], description: string, title?: Record<string, unknown>): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('acrossSourcesChartSpec: rows must hold at least one statement');
  const unit = rows[0]!.unit;
  const ends = rows.flatMap((r) => [r.value, r.low, r.high]).filter((v): v is number => v !== null);
  const max = Math.max(0, ...ends);
  const pad = max * 0.08 || 1;
  const perSeries = new Map<string, number>();
  for (const r of rows) if (/^\d{4}$/.test(r.period)) perSeries.set(r.series, (perSeries.get(r.series) ?? 0) + 1);
  // the value axis: labels up to "1,000,000,000" and its title
  const width = Math.floor(chartWidth - 2 * padding - Math.ceil(13 * charWidth) - 2 * chartFontSize - 12 - 24);
  const legendChars = Math.floor((width - 48) / charWidth);
  const voices = [...new Set(rows.map((r) => r.voice))];
  const values = rows.map((r) => ({
    dataset: r.dataset,
    observationId: r.observationId,
    measure: r.measure,
    period: r.period,
    date: r.date,
    qualifier: r.qualifier,
    qualifierName: qualifierNames[r.qualifier],
    asWritten: r.asWritten,
    writtenUnit: r.writtenUnit,
    voice: wrap(r.voice, legendChars),
    series: r.series,
    title: r.title,
    line: /^\d{4}$/.test(r.period) && (perSeries.get(r.series) ?? 0) >= 2,
    plotMark: r.value,
    plotLow: r.qualifier === 'range' ? r.low : r.qualifier === 'atLeast' ? r.value : r.qualifier === 'atMost' ? 0 : null,
    plotHigh: r.qualifier === 'range' ? r.high : r.qualifier === 'atLeast' ? max + pad : r.qualifier === 'atMost' ? r.value : null,
    plotInterval: r.qualifier === 'range' ? 'range (low to high)' : r.qualifier === 'atLeast' || r.qualifier === 'atMost' ? 'bound (open end)' : null,
  }));
  const y = (field: string) => ({ field, type: 'quantitative', title: unitLabels[unit], scale: { domain: [0, max + pad], nice: false } });
  const marked = (['exact', 'approximate', 'atLeast', 'atMost'] as const).filter((q) => rows.some((r) => r.qualifier === q)).map((q) => qualifierNames[q]);
  const intervals = ['range (low to high)', 'bound (open end)'].filter((k) => values.some((v) => v.plotInterval === k));
  const tooltip = [
    { field: 'title', title: 'figure' },
    { field: 'observationId', title: 'observation' },
    { field: 'dataset', title: 'dataset' },
  ];
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${description} Generated from the data by scripts/docs/acrossSources.ts; edit freely.`,
    ...(title === undefined ? {} : { title }),
    background: 'white',
    padding,
    config: {
      font: 'Helvetica, Arial, sans-serif',
      view: { stroke: null },
      axis: { labelFontSize: chartFontSize, titleFontSize: chartFontSize, gridColor: '#e6e6e6', labelOverlap: true },
      legend: { labelFontSize: chartFontSize, titleFontSize: chartFontSize, orient: 'bottom', direction: 'vertical', layout: { bottom: { anchor: 'start', direction: 'vertical', margin: 8 } } },
      text: { fontSize: chartFontSize },
    },
    width,
    height: 300,
    data: { values },
    encoding: {
      x: { field: 'date', type: 'temporal', title: 'year', scale: { type: 'utc' }, axis: { format: '%Y', tickCount: 'year' } },
      color: {
        field: 'voice',
        type: 'nominal',
        title: null,
        sort: voices.map((v) => wrap(v, legendChars)),
        legend: { orient: 'bottom', columns: 1, labelLimit: width - 48, labelExpr: "split(datum.label, '\\n')" },
      },
      tooltip,
      description: { field: 'title' },
    },
    // a layer only where it has marks: a layer whose filter leaves no row makes Vega warn of an infinite extent
    layer: [
      values.some((v) => v.line) && { transform: [{ filter: 'datum.line' }], mark: { type: 'line', strokeWidth: 1.5 }, encoding: { y: y('plotMark'), detail: { field: 'series' } } },
      values.some((v) => v.plotLow !== null) && {
        transform: [{ filter: 'datum.plotLow !== null' }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y: y('plotLow'),
          y2: { field: 'plotHigh' },
          strokeDash: {
            field: 'plotInterval',
            type: 'nominal',
            title: 'interval',
            scale: { domain: ['range (low to high)', 'bound (open end)'], range: [[1, 0], [5, 3]] },
            legend: intervals.length > 0 ? { values: intervals } : null,
          },
        },
      },
      values.some((v) => v.plotMark !== null) && {
        transform: [{ filter: 'datum.plotMark !== null' }],
        mark: { type: 'point', filled: true, size: 50, opacity: 1 },
        encoding: {
          y: y('plotMark'),
          shape: {
            field: 'qualifierName',
            type: 'nominal',
            title: 'qualifier',
            scale: { domain: ['exact', 'approximate', 'at least', 'at most'], range: ['circle', 'diamond', 'triangle-up', 'triangle-down'] },
            legend: marked.length > 1 || (marked.length === 1 && marked[0] !== 'exact') ? { values: marked } : null,
          },
        },
      },
    ].filter(Boolean),
  };
  return spec as unknown as TopLevelSpec;
}

/**
 * The chart of a view across sources (`comparisonViews`), titled as its page: the docs page
 * draws it, the package ships its spec as `data/charts/<slug>.vl.json`.
 *
 * @throws {RangeError} when no dataset states any of the view's measures.
 */
export function viewChartSpec(view: ComparisonView, datasets: readonly Dataset[]): TopLevelSpec {
  const rows = statementsAcrossSources(datasets, view.measures, view.unit);
  const title = viewTitle(view, datasets);
  // a title and a source line drawn into the chart, so that a saved SVG or PNG says what it shows and from whom
  const records = new Map(datasets.flatMap((d) => d.sources).map((s) => [s.id, s]));
  const publishers = [...new Set(rows.map((r) => { const s = records.get(r.sourceId)!; return s.publisher ?? s.title; }))];
  const heading = standAloneTitle(title, `Source: ${publishers.join('; ')}.`, `Data: azerbaijan-data, every statement of ${view.measures.join(', ')} (data/${view.slug}.csv).`);
  return acrossSourcesChartSpec(rows, title, heading);
}
