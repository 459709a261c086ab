/**
 * The Vega-Lite chart of a dataset, built from its observations (and its events). One panel
 * per unit, each of the kind its figures call for:
 * - `estimates`: a dot-and-interval plot where sources compete (one measure stated by more than
 *   one source or attribution, or twice for the same period and dimensions);
 * - `series`: lines over time where a series has figures for two or more single periods and the
 *   panel spans three or more;
 * - `matrix`: a grid of cells (a row per series, a column per period, the colour the figure) where
 *   a series panel would have more than {@link maxSeriesLines} lines (migrant stock by country);
 * - `breakdown`: bars otherwise (by dimension, measure or period).
 * A range is drawn as an interval from low to high; a bound (at least, at most) as a marker at the
 * bound with a short dashed whisker and an arrowhead in the open direction (never as a bar from
 * zero: "up to 700,000" does not say 700,000, nor that the figure starts at zero); the point
 * marker's shape tells the qualifier. Events, where the dataset has any, get a timeline panel of
 * their own.
 *
 * Standing alone: the chart carries its title and a source line (who states the figures, through
 * whom: see {@link sourceLine}), so that an SVG or PNG saved on its own says what it shows and
 * from whom.
 *
 * Clean: a layer is drawn only where it has marks to draw (an empty layer makes Vega warn of an
 * "Infinite extent" for its fields).
 *
 * Readable in the page: the whole chart (axis labels, plot, legends) is laid out to fit the
 * docs' content column ({@link chartWidth} px at a 1280 px window) so that it is never scaled
 * down, and all its text is at least {@link chartFontSize} px. Labels are wrapped so that
 * Vega's own width estimate of them (it has no fonts at build time) stays within the budget.
 * Every mark carries a `description` (each figure's exact value, qualifier, period and source),
 * which the SVG renderer writes as `aria-label` and `renderChart` as a `<title>` shown on hover.
 *
 * The spec carries its data inline (the rows of `toRows` with a few plotting fields), so that a
 * user can restyle it and render it anywhere.
 */
import type { TopLevelSpec } from 'vega-lite';
import { dimensionColumns, toRows } from '../../src/helpers/toRows.js';
import type { ObservationRow } from '../../src/helpers/toRows.js';
import { formatNumber, qualifierSigns, unitLabels } from '../../src/tabular/format.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Qualifier } from '../../src/schema/observation.js';
import type { Unit } from '../../src/schema/unit.js';
import { sourceLine } from './chartSource.js';

/** The columns of `toRows` that the chart's data keeps (besides the dimensions): enough to plot and to tell each mark's figure. */
const plotted = ['observationId', 'measure', 'measureLabel', 'qualifier', 'wording', 'value', 'low', 'high', 'unit', 'period', 'sourceId', 'attribution', 'quote', 'asWritten'];

function pick(row: ObservationRow, keys: readonly string[]): Record<string, string | number | null> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
}

/** The kind of a chart panel. */
export type PanelKind = 'estimates' | 'series' | 'matrix' | 'breakdown' | 'timeline';

/**
 * The most lines a series panel draws: past this many series (the colours of the palette run
 * out, the legend outgrows the plot) the panel becomes a `matrix`, a grid of one row per series
 * and one column per period whose cells are coloured by the figure.
 */
export const maxSeriesLines = 10;

/** The width of the docs' content column at a 1280 px window, in px: no chart may be wider. */
export const contentColumnWidth = 608;
/** The width the chart is planned to, padding included (a little under {@link contentColumnWidth}). */
export const chartWidth = 600;
/** The smallest font size of the chart's text, in px (the chart is drawn at 1:1 in the page). */
export const chartFontSize = 11;
const padding = 8;
/** Vega's estimate of a character's width when it cannot measure text (0.8 em), in px. */
const charWidth = 0.8 * chartFontSize;
/** The characters per line of a category label or a legend label. */
const categoryChars = 22;
/** The width of a panel's plot area when its left axis needs `axisPx` (with room for the last tick label, which runs past the plot). */
const plotWidth = (axisPx: number): number => Math.max(160, Math.floor(chartWidth - 2 * padding - axisPx - 48));
/** What Vega reserves for a label of `chars` characters. */
const textPx = (chars: number): number => Math.ceil(chars * charWidth);
const qualifierNames: Record<Qualifier, string> = {
  exact: 'exact',
  approximate: 'approximate',
  atLeast: 'at least',
  atMost: 'at most',
  range: 'range',
};
const qualifierOrder: Qualifier[] = ['exact', 'approximate', 'atLeast', 'atMost', 'range'];

/** The first day of an ISO instant or interval (`"2011-04"` → `"2011-04-01"`). */
export function periodStart(period: string): string {
  const start = period.split('/')[0] ?? period;
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
}

/** The last day of an ISO instant or interval (`"2011-01/2011-11"` → `"2011-11-30"`). */
export function periodEnd(period: string): string {
  const end = period.split('/').at(-1) ?? period;
  if (end.length === 10) return end;
  const [y, m] = end.split('-').map(Number);
  if (m === undefined) return `${end}-12-31`;
  const last = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return `${end}-${String(last).padStart(2, '0')}`;
}

/** A row of the chart's data: a tidy row with the fields the marks plot. */
interface PlotRow extends Record<string, string | number | boolean | null> {
  plotCategory: string;
  /** The colour group: the series, the source of an estimate, or the period of a grouped bar. */
  plotGroup: string;
  /** The figure as the source writes it, with its period: labels the dots of an estimates plot. */
  plotLabel: string;
  /** The place of an estimate in its category's band (0.5, 1.5, …, centred where the category has fewer). */
  plotSlot: number;
  /** Where that label starts: the right end of the dot or interval. */
  plotLabelAt: number;
  qualifierName: string;
  sourceLabel: string;
  /** The point marker's position: the value, or the bound; `null` for a range. */
  plotMark: number | null;
  /** The bar's length: the value of an exact or approximate figure, else `null`. */
  plotBar: number | null;
  /**
   * The interval's ends, for a range or a bound; `null` otherwise. For a bound, the interval is a
   * short whisker from the bound in its open direction ({@link boundWhisker} of the panel's span),
   * whose far end carries an arrowhead.
   */
  plotLow: number | null;
  plotHigh: number | null;
  /** What the interval shows: a range, or a bound whose far end is open; `null` for a point. */
  plotInterval: string | null;
  plotYear: number | null;
  plotDate: string;
  /** What hovering a mark shows: the figure's exact value with its unit, qualifier, period and source. */
  plotTitle: string;
}

/** The length of a bound's whisker, as a share of the span of its panel's figures (zero included). */
export const boundWhisker = 0.12;

/** Breaks a long label into lines of at most about 34 characters (`\n` between them). */
export function wrap(label: string, width = 34): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

function kindOf(rows: readonly ObservationRow[], dimensionColumns: readonly string[]): PanelKind {
  const keyOf = (r: ObservationRow): string => JSON.stringify([r.measure, ...dimensionColumns.map((c) => r[c])]);
  const voices = new Map<string, Set<string>>();
  const cells = new Set<string>();
  let repeated = false;
  for (const r of rows) {
    const key = keyOf(r);
    const set = voices.get(key) ?? new Set<string>();
    set.add(`${r.sourceId}|${r.attribution ?? ''}`);
    voices.set(key, set);
    const cell = `${key}|${r.period}`;
    if (cells.has(cell)) repeated = true;
    cells.add(cell);
  }
  if (repeated || [...voices.values()].some((s) => s.size > 1)) return 'estimates';
  const instants = rows.every((r) => !r.period.includes('/'));
  const periods = new Set(rows.map((r) => r.period));
  const perSeries = new Map<string, number>();
  for (const r of rows) perSeries.set(keyOf(r), (perSeries.get(keyOf(r)) ?? 0) + 1);
  if (instants && periods.size >= 3 && [...perSeries.values()].some((n) => n >= 2)) return 'series';
  return 'breakdown';
}

/** The chart's data and the kind of each panel, for a dataset. */
export function chartPanels(dataset: Dataset): { unit: Unit; kind: PanelKind; rows: PlotRow[] }[] {
  const rows = toRows(dataset);
  const columns = dimensionColumns(dataset);
  const dims = dataset.dimensions.map((d, i) => ({ column: columns[i]!, values: new Map(d.values.map((v) => [v.code, v.label])) }));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const units = [...new Set(rows.map((r) => r.unit))];
  return units.map((unit) => {
    const own = rows.filter((r) => r.unit === unit);
    const kind = kindOf(own, dims.map((d) => d.column));
    const varies = (f: (r: ObservationRow) => unknown): boolean => new Set(own.map(f)).size > 1;
    const manyMeasures = varies((r) => r.measure);
    const manyPeriods = varies((r) => r.period);
    const values = own.flatMap((r) => [r.value, r.low, r.high].filter((v): v is number => v !== null));
    const min = Math.min(0, ...values);
    const max = Math.max(0, ...values);
    const span = max - min || Math.abs(max) || 1;
    const whisker = span * boundWhisker;
    // the dimensions whose values vary within the panel (found once, not once per row)
    const varying = dims.filter((d) => varies((x) => x[d.column]));
    const dimensionLabel = (r: ObservationRow): string[] =>
      varying.filter((d) => r[d.column] !== null).map((d) => d.values.get(String(r[d.column])) ?? String(r[d.column]));
    const plotRows = own.map((r): PlotRow => {
      const q = r.qualifier;
      const attribution = r.attribution === null ? undefined : sources.get(r.attribution);
      const source = sources.get(r.sourceId);
      const series = [...(manyMeasures || dims.length === 0 ? [r.measureLabel] : []), ...dimensionLabel(r)].join(' · ') || r.measureLabel;
      const parts = [...(manyMeasures ? [r.measureLabel] : []), ...dimensionLabel(r)];
      const category =
        kind === 'series'
          ? series
          : kind === 'estimates'
            ? [r.measureLabel, ...dimensionLabel(r)].join(' · ')
            : parts.join(' · ') || r.measureLabel;
      const bound = q === 'atLeast' || q === 'atMost';
      const valueText = `${q === 'range' ? `${formatNumber(r.low ?? 0)}–${formatNumber(r.high ?? 0)}` : `${qualifierSigns[q]} ${formatNumber(r.value ?? 0)}`} ${unitLabels[unit]}`;
      const sourceLabel = attribution ? `${attribution.publisher} (in ${source?.title ?? r.sourceId})` : (source?.title ?? r.sourceId);
      return {
        ...pick(r, [...plotted, ...dims.map((d) => d.column)]),
        plotCategory: wrap(category, categoryChars),
        plotGroup: kind === 'series' ? series : kind === 'estimates' ? sourceLabel : manyPeriods ? r.period : '',
        plotLabel: `${r.wording === null ? '' : `${r.wording} `}${r.asWritten} (${r.period})`,
        qualifierName: qualifierNames[q],
        sourceLabel,
        plotMark: r.value,
        plotBar: q === 'exact' || q === 'approximate' ? r.value : null,
        plotLow: q === 'range' ? r.low : q === 'atLeast' ? r.value : q === 'atMost' ? Math.max(min, (r.value ?? 0) - whisker) : null,
        plotHigh: q === 'range' ? r.high : q === 'atLeast' ? (r.value ?? 0) + whisker : q === 'atMost' ? r.value : null,
        plotLabelAt: q === 'range' ? (r.high ?? 0) : q === 'atLeast' ? (r.value ?? 0) + whisker : (r.value ?? 0),
        plotSlot: 0,
        plotInterval: q === 'range' ? 'range (low to high)' : bound ? 'bound (open end)' : null,
        plotYear: /^\d{4}$/.test(r.period) ? Number(r.period) : null,
        plotDate: periodStart(r.period),
        plotTitle:
          `${[r.measureLabel, ...dims.filter((d) => r[d.column] !== null).map((d) => d.values.get(String(r[d.column])) ?? String(r[d.column]))].join(' · ')}, ${r.period}: ${valueText} ` +
          `(${qualifierNames[q]}${r.wording === null ? '' : `, "${r.wording}"`}; as written "${r.asWritten}"). Source: ${sourceLabel}.`,
      };
    });
    const counts = new Map<string, number>();
    for (const row of plotRows) counts.set(row.plotCategory, (counts.get(row.plotCategory) ?? 0) + 1);
    const widest = Math.max(...counts.values());
    const seen = new Map<string, number>();
    for (const row of plotRows) {
      const i = seen.get(row.plotCategory) ?? 0;
      seen.set(row.plotCategory, i + 1);
      row.plotSlot = i + 0.5 + (widest - (counts.get(row.plotCategory) ?? 1)) / 2;
    }
    const lines = new Set(plotRows.map((r) => r.plotCategory)).size;
    return { unit, kind: kind === 'series' && lines > maxSeriesLines ? 'matrix' : kind, rows: plotRows };
  });
}

const shapeScale = (vertical: boolean) => ({
  domain: qualifierOrder.map((q) => qualifierNames[q]),
  range: ['circle', 'diamond', vertical ? 'triangle-up' : 'triangle-right', vertical ? 'triangle-down' : 'triangle-left', 'stroke'],
});

const tooltip = [
  { field: 'plotTitle', title: 'figure' },
  { field: 'observationId', title: 'observation' },
  { field: 'qualifierName', title: 'qualifier' },
  { field: 'asWritten', title: 'as written' },
  { field: 'period', title: 'period' },
  { field: 'sourceLabel', title: 'source' },
  { field: 'quote', title: 'quote' },
];

type Layer = Record<string, unknown>;

/** A category axis whose labels break at the `\n` that {@link wrap} puts in. */
const categoryAxis = {
  labelLimit: 1000,
  labelExpr: "split(datum.label, '\\n')",
  // Vega grows a multi-line label downwards from its tick; lift it by half its extra lines.
  labelOffset: { expr: "-(length(split(datum.label, '\\n')) - 1) * 6.5" },
};

/**
 * A legend below a plot `width` px wide (it starts at the plot's left edge), one entry a line,
 * whose labels break at the `\n` that {@link legendRows} puts in.
 */
const legendBelow = (width: number): Record<string, unknown> => ({ orient: 'bottom', columns: 1, labelLimit: width - 48, labelExpr: "split(datum.label, '\\n')" });

/** The rows with their colour group wrapped to fit a legend below a plot `width` px wide. */
const legendRows = (rows: PlotRow[], width: number): PlotRow[] =>
  rows.map((r) => ({ ...r, plotGroup: wrap(r.plotGroup, Math.floor((width - 48) / charWidth)) }));

/** What a mark says on hover (the SVG's `aria-label`, and the `<title>` that renderChart adds). */
const markDescription = { field: 'plotTitle' };

function panelSpec(unit: Unit, kind: PanelKind, rows: PlotRow[], title: string | undefined): Record<string, unknown> {
  const valueTitle = unitLabels[unit];
  const intervalsShown = ['range (low to high)', 'bound (open end)'].filter((k) => rows.some((r) => r.plotInterval === k));
  const intervals: Layer = {
    transform: [{ filter: 'datum.plotLow !== null' }],
    mark: { type: 'rule', strokeWidth: 2 },
    encoding: {
      strokeDash: {
        field: 'plotInterval',
        type: 'nominal',
        title: 'interval',
        scale: { domain: ['range (low to high)', 'bound (open end)'], range: [[1, 0], [5, 3]] },
        legend: intervalsShown.length > 0 ? { values: intervalsShown } : null,
      },
    },
  };
  const points: Layer = {
    transform: [{ filter: 'datum.plotMark !== null' }],
    mark: { type: 'point', filled: true, size: 70, opacity: 1 },
  };
  const marked = qualifierOrder.filter((q) => q !== 'range' && rows.some((r) => r.qualifier === q)).map((q) => qualifierNames[q]);
  // Only the layers that have marks to draw: an empty layer makes Vega warn of an infinite extent.
  const hasIntervals = rows.some((r) => r.plotLow !== null);
  const hasPoints = rows.some((r) => r.plotMark !== null);
  const hasBars = rows.some((r) => r.plotBar !== null);
  /** An arrowhead at the open end of each bound's whisker, pointing the way the bound is open. */
  const arrowheads = (vertical: boolean, at: (field: string) => Layer): Layer[] =>
    (['atLeast', 'atMost'] as const)
      .filter((q) => rows.some((r) => r.qualifier === q))
      .map((q) => ({
        transform: [{ filter: `datum.qualifier === '${q}'` }],
        mark: { type: 'point', filled: true, size: 45, opacity: 1, shape: q === 'atLeast' ? (vertical ? 'triangle-up' : 'triangle-right') : vertical ? 'triangle-down' : 'triangle-left' },
        encoding: at(q === 'atLeast' ? 'plotHigh' : 'plotLow'),
      }));
  const shape = (vertical: boolean): Layer => ({
    field: 'qualifierName',
    type: 'nominal',
    title: 'qualifier',
    scale: shapeScale(vertical),
    legend: marked.length > 1 || (marked.length === 1 && marked[0] !== 'exact') ? { values: marked } : null,
  });
  if (kind === 'matrix') return matrixSpec(unit, rows, title);
  if (kind === 'series') {
    const years = rows.every((r) => r.plotYear !== null);
    const x = years
      ? { field: 'plotYear', type: 'quantitative', title: 'year', scale: { zero: false, nice: false }, axis: { format: 'd', tickMinStep: 1 } }
      : { field: 'plotDate', type: 'temporal', title: 'period', scale: { type: 'utc' } };
    // The value axis: its labels (up to "1,000,000,000") and its title.
    const width = plotWidth(textPx(13) + 2 * chartFontSize + 12);
    const color = { field: 'plotGroup', type: 'nominal', title: null, sort: null, legend: legendBelow(width) };
    return {
      title,
      width,
      height: 260,
      data: { values: legendRows(rows, width) },
      encoding: { x, color, tooltip, description: markDescription },
      layer: [
        ...(hasBars ? [{ transform: [{ filter: 'datum.plotBar !== null' }], mark: { type: 'line', strokeWidth: 2 }, encoding: { y: { field: 'plotBar', type: 'quantitative', title: valueTitle } } }] : []),
        ...(hasIntervals ? [{ ...intervals, encoding: { ...(intervals.encoding as object), y: { field: 'plotLow', type: 'quantitative', title: valueTitle }, y2: { field: 'plotHigh' } } }] : []),
        ...arrowheads(true, (field) => ({ y: { field, type: 'quantitative', title: valueTitle } })),
        ...(hasPoints ? [{ ...points, encoding: { y: { field: 'plotMark', type: 'quantitative', title: valueTitle }, shape: shape(true) } }] : []),
      ],
    };
  }
  const categories = [...new Set(rows.map((r) => r.plotCategory))];
  const estimates = kind === 'estimates';
  const offsetField = estimates ? 'plotSlot' : 'plotGroup';
  const offsets = new Map<string, Set<unknown>>();
  for (const r of rows) offsets.set(r.plotCategory, (offsets.get(r.plotCategory) ?? new Set()).add(r[offsetField]));
  const perCategory = Math.max(...categories.map((c) => offsets.get(c)!.size));
  const groups = [...new Set(rows.map((r) => r.plotGroup))].filter((g) => g !== '');
  const lines = Math.max(...categories.map((c) => c.split('\n').length));
  const step = Math.max(24, lines * 14 + 8, perCategory * 15 + 8);
  const y = { field: 'plotCategory', type: 'nominal', title: null, sort: categories, axis: categoryAxis };
  const yOffset =
    perCategory <= 1
      ? undefined
      : estimates
        ? { field: 'plotSlot', type: 'quantitative', scale: { domain: [0, perCategory] } }
        : { field: 'plotGroup', type: 'nominal', sort: null };
  const axisPx = textPx(Math.max(...categories.flatMap((c) => c.split('\n').map((l) => l.length)))) + 12;
  const width = plotWidth(axisPx);
  const color =
    groups.length > 0
      ? { field: 'plotGroup', type: 'nominal', title: estimates ? 'source' : 'period', sort: null, legend: estimates ? legendBelow(width) : { ...legendBelow(width), columns: Math.max(1, Math.min(4, Math.floor(width / 110))) } }
      : { value: '#4c78a8' };
  // The labels beside the estimates' dots stay inside the plot: the value scale runs on by their width.
  const labelPx = estimates ? textPx(Math.max(...rows.map((r) => r.plotLabel.length))) + 10 : 0;
  const ends = rows.flatMap((r) => [r.plotLow, r.plotHigh, r.plotMark, r.plotBar, estimates ? r.plotLabelAt : null]).filter((v): v is number => v !== null);
  const low = Math.min(0, ...ends);
  const high = Math.max(0, ...ends);
  // At most 45% of the plot goes to the labels; a longer one runs past the plot (renderChart narrows the chart to fit).
  const room = Math.min(labelPx, width * 0.45);
  const scale = estimates ? { domain: [low, high + ((high - low || 1) * room) / (width - room)], nice: false } : undefined;
  const xOf = (field: string): Layer => ({ field, type: 'quantitative', title: valueTitle, ...(scale ? { scale } : {}) });
  return {
    title,
    width,
    height: { step, for: 'position' },
    data: { values: legendRows(rows, width) },
    encoding: { y, ...(yOffset ? { yOffset } : {}), color, tooltip, description: markDescription },
    layer: [
      ...(estimates
        ? [
            {
              mark: { type: 'text', align: 'left', dx: 7, fontSize: chartFontSize, color: '#444' },
              encoding: { x: xOf('plotLabelAt'), text: { field: 'plotLabel' }, color: { value: '#444' } },
            },
          ]
        : hasBars
          ? [
              {
                transform: [{ filter: 'datum.plotBar !== null' }],
                mark: { type: 'bar', height: { band: 0.8 } },
                encoding: { x: xOf('plotBar'), opacity: { condition: { test: "datum.qualifier === 'approximate'", value: 0.5 }, value: 0.85 } },
              },
            ]
          : []),
      ...(hasIntervals ? [{ ...intervals, encoding: { ...(intervals.encoding as object), x: xOf('plotLow'), x2: { field: 'plotHigh' } } }] : []),
      ...arrowheads(false, (field) => ({ x: xOf(field) })),
      ...(hasPoints ? [{ ...points, encoding: { x: xOf('plotMark'), shape: shape(false) } }] : []),
    ],
  };
}

/**
 * A grid of one row per series and one column per period, each cell coloured by its figure on a
 * symmetric-log scale (figures of a few hundred and of a million both stay legible), with the
 * exact figure in the cell's title. Rows run from the series with the largest figure down. A
 * figure that is not exact is marked in its cell by the shape of its qualifier; a range has no
 * single figure to colour by, so its cell stays white with the range's mark.
 */
function matrixSpec(unit: Unit, rows: PlotRow[], title: string | undefined): Record<string, unknown> {
  const largest = new Map<string, number>();
  for (const r of rows) largest.set(r.plotCategory, Math.max(largest.get(r.plotCategory) ?? -Infinity, r.plotMark ?? r.plotHigh ?? -Infinity));
  const categories = [...largest.keys()].sort((a, b) => largest.get(b)! - largest.get(a)! || a.localeCompare(b));
  const periods = [...new Set(rows.map((r) => String(r.period)))].sort((a, b) => periodStart(a).localeCompare(periodStart(b)));
  const lines = Math.max(...categories.map((c) => c.split('\n').length));
  const axisPx = textPx(Math.max(...categories.flatMap((c) => c.split('\n').map((l) => l.length)))) + 12;
  const width = plotWidth(axisPx);
  // a column per period: its label turned when the periods are too many to read side by side
  const turned = width / periods.length < textPx(Math.max(...periods.map((p) => p.length))) + 4;
  const marked = qualifierOrder.filter((q) => q !== 'exact' && rows.some((r) => r.qualifier === q)).map((q) => qualifierNames[q]);
  // the figure written in its cell, short ("1.2M", "250k"), where the cells are wide enough; white on the darker half of the scale
  const cell = width / periods.length;
  const largestValue = Math.max(0, ...rows.map((r) => r.plotMark ?? 0));
  const dark = Math.expm1(0.7 * Math.log1p(largestValue));
  const color = { field: 'plotMark', type: 'quantitative', title: unitLabels[unit], scale: { type: 'symlog', scheme: 'blues' }, legend: { orient: 'bottom', direction: 'horizontal', gradientLength: Math.min(300, width - 40), format: '~s' } };
  return {
    title,
    width,
    height: { step: Math.max(18, lines * 14 + 4) },
    data: { values: rows },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: null, sort: periods, axis: { labelAngle: turned ? -90 : 0, orient: 'top' } },
      y: { field: 'plotCategory', type: 'nominal', title: null, sort: categories, axis: categoryAxis },
      tooltip,
      description: markDescription,
    },
    layer: [
      ...(rows.some((r) => r.plotMark !== null) ? [{ transform: [{ filter: 'datum.plotMark !== null' }], mark: { type: 'rect', stroke: 'white', strokeWidth: 1 }, encoding: { color } }] : []),
      // a range has no single figure to colour its cell by
      ...(rows.some((r) => r.plotMark === null) ? [{ transform: [{ filter: 'datum.plotMark === null' }], mark: { type: 'rect', fill: 'white', stroke: '#bbbbbb', strokeWidth: 1 } }] : []),
      ...(cell >= 40 && rows.some((r) => r.plotMark !== null)
        ? [
            {
              transform: [{ filter: 'datum.plotMark !== null' }],
              mark: { type: 'text', fontSize: chartFontSize },
              encoding: {
                text: { field: 'plotMark', type: 'quantitative', format: '.3~s' },
                color: { condition: { test: `datum.plotMark > ${dark}`, value: 'white' }, value: '#222222' },
              },
            },
          ]
        : []),
      ...(marked.length > 0
        ? [
            {
              transform: [{ filter: "datum.qualifier !== 'exact'" }],
              mark: { type: 'point', filled: true, size: 30, color: '#d95f02' },
              encoding: { shape: { field: 'qualifierName', type: 'nominal', title: 'qualifier (not exact)', scale: shapeScale(true), legend: { values: marked } } },
            },
          ]
        : []),
    ],
  };
}

function timelineSpec(dataset: Dataset): Record<string, unknown> {
  const rows = dataset.events.map((e) => ({
    id: e.id,
    label: e.label,
    date: e.date,
    source: e.source,
    attribution: e.attribution ?? null,
    quote: e.quote,
    asWritten: e.asWritten,
    start: periodStart(e.date),
    end: periodEnd(e.date),
    interval: e.date.includes('/'),
    basis: e.dateBasis,
    plotLabel: wrap(e.label, categoryChars),
    plotTitle: `${e.label}: ${e.date} (date ${e.dateBasis}; as written "${e.asWritten}"). Source: ${e.attribution ?? e.source}${e.attribution ? ` (in ${e.source})` : ''}.`,
  }));
  const labels = [...rows].sort((a, b) => a.start.localeCompare(b.start)).map((r) => r.plotLabel);
  const lines = Math.max(...labels.map((l) => l.split('\n').length));
  const y = { field: 'plotLabel', type: 'nominal', title: null, sort: labels, axis: categoryAxis };
  const x = { field: 'start', type: 'temporal', title: 'date', scale: { type: 'utc' } };
  const axisPx = textPx(Math.max(...labels.flatMap((l) => l.split('\n').map((line) => line.length)))) + 12;
  return {
    title: 'Events',
    width: plotWidth(axisPx),
    height: { step: Math.max(24, lines * 14 + 8) },
    data: { values: rows },
    encoding: { y, tooltip: [{ field: 'plotTitle', title: 'event' }, { field: 'date' }, { field: 'basis', title: 'date basis' }, { field: 'quote' }], description: markDescription },
    layer: [
      ...(rows.some((r) => r.interval) ? [{ transform: [{ filter: 'datum.interval' }], mark: { type: 'rule', strokeWidth: 2 }, encoding: { x, x2: { field: 'end' } } }] : []),
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          x,
          shape: {
            field: 'basis',
            type: 'nominal',
            title: 'date',
            scale: { domain: ['stated', 'inferred'], range: ['circle', 'square'] },
            legend: { values: ['stated', 'inferred'].filter((b) => rows.some((r) => r.basis === b)) },
          },
        },
      },
    ],
  };
}

/** The font size of a chart's own title, in px. */
export const chartTitleFontSize = 13;

/**
 * The title of a chart that stands alone: its title (what it shows) above a subtitle of its source
 * line (from whom) and any further lines, each wrapped so that Vega's estimate of its width (it
 * has no fonts at build time) stays within {@link chartWidth}. Vega draws both as text of the SVG
 * (and of a PNG), so a chart saved on its own still says what it shows and from whom.
 */
export function standAloneTitle(title: string, source: string, ...more: string[]): Record<string, unknown> {
  const room = chartWidth - 2 * padding;
  const lines = (text: string, size: number): string[] => wrap(text, Math.floor(room / (0.8 * size))).split('\n');
  return {
    text: lines(title, chartTitleFontSize),
    subtitle: [source, ...more].flatMap((l) => lines(l, chartFontSize)),
    anchor: 'start',
    fontSize: chartTitleFontSize,
    subtitleFontSize: chartFontSize,
    subtitleColor: '#444444',
    subtitlePadding: 4,
    offset: 12,
  };
}

/**
 * The Vega-Lite spec of a dataset's chart; see the module comment for what it draws.
 * Runs in `O(n)` over the observations (plus `O(e log e)` over the events).
 */
export function chartSpec(dataset: Dataset): TopLevelSpec {
  const panels = chartPanels(dataset);
  const titled = panels.length > 1 || dataset.events.length > 0;
  const specs = panels.map(({ unit, kind, rows }) => panelSpec(unit, kind, rows, titled ? `In ${unitLabels[unit]}` : undefined));
  if (dataset.events.length > 0) specs.push(timelineSpec(dataset));
  const description = `${dataset.title} (${dataset.id} ${dataset.version}). Generated from the data by scripts/docs/chartSpec.ts; edit freely.`;
  const config = {
    font: 'Helvetica, Arial, sans-serif',
    view: { stroke: null },
    axis: { labelFontSize: chartFontSize, titleFontSize: chartFontSize, gridColor: '#e6e6e6', labelOverlap: true },
    // Legends below the plot, one under the other (side by side they would overrun the column).
    legend: {
      labelFontSize: chartFontSize,
      titleFontSize: chartFontSize,
      orient: 'bottom',
      direction: 'vertical',
      layout: { bottom: { anchor: 'start', direction: 'vertical', margin: 8 } },
    },
    title: { anchor: 'start', fontSize: 12 },
    text: { fontSize: chartFontSize },
  };
  const top = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', description, title: standAloneTitle(dataset.title, sourceLine(dataset), `Data: azerbaijan-data, dataset ${dataset.id} ${dataset.version}.`), config, background: 'white', padding };
  const spec = specs.length === 1 ? { ...top, ...specs[0], title: top.title } : { ...top, vconcat: specs, spacing: 32, resolve: { scale: { color: 'independent', shape: 'independent', yOffset: 'independent', strokeDash: 'independent' } } };
  return spec as unknown as TopLevelSpec;
}

/**
 * A spec as JSON text: indented, with each data row on a line of its own, so that the file
 * reads (and diffs) like a table while staying easy to restyle.
 */
export function specText(spec: TopLevelSpec): string {
  const tables: string[][] = [];
  const text = JSON.stringify(
    spec,
    (key, value: unknown) => {
      if (key !== 'values' || !Array.isArray(value)) return value;
      tables.push(value.map((v) => JSON.stringify(v)));
      return `@@values${tables.length - 1}@@`;
    },
    2,
  );
  const table = (indent: string, i: string): string => `[\n${tables[Number(i)]!.map((r) => `${indent}  ${r}`).join(',\n')}\n${indent}]`;
  return `${text.replace(/^( *)("values": )"@@values(\d+)@@"/gm, (_, indent: string, key: string, i: string) => `${indent}${key}${table(indent, i)}`)}\n`;
}

/** The kinds of a dataset's chart panels, in order, for the page's caption. */
export function panelKinds(dataset: Dataset): PanelKind[] {
  return [...chartPanels(dataset).map((p) => p.kind), ...(dataset.events.length > 0 ? (['timeline'] as const) : [])];
}

/** A short legend for the qualifier signs, for captions: `= exact, ≈ approximate…`. */
export const qualifierLegend: string = qualifierOrder.map((q) => `${qualifierSigns[q]} ${qualifierNames[q]}`).join(', ');
