import { datasets } from '../catalogue.js';
import { compareSources } from '../helpers/compareSources.js';
import type { Estimate, SourceComparison } from '../helpers/compareSources.js';
import { HelperRangeError } from '../helpers/errors.js';
import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import { formatDimensions, formatNumber, formatQualifier, unitLabels } from '../tabular/format.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { textTable } from './textTable.js';
import { UsageError, nameList, unknownName } from './usageError.js';
import { wrapText } from './wrapText.js';

/** `compareSources` over all the statements, or over each unit where the units cannot be compared. */
function comparisons(observations: readonly Observation[]): SourceComparison[] {
  try {
    return [compareSources(observations)];
  } catch (e) {
    if (!(e instanceof HelperRangeError)) throw e;
    const units = [...new Set(observations.map((o) => o.unit))];
    return units.map((u) => compareSources(observations.filter((o) => o.unit === u)));
  }
}

/** The figure in the comparison's unit: a point, `≥ v`, `≤ v` or `low–high`. */
function figure(e: Estimate): string {
  const [low, high] = e.interval;
  if (e.qualifier === 'atLeast') return `≥ ${formatNumber(low)}`;
  if (e.qualifier === 'atMost') return `≤ ${formatNumber(high)}`;
  return e.qualifier === 'range' ? `${formatNumber(low)}–${formatNumber(high)}` : formatNumber(e.point ?? low);
}

/** Every measure id that some observation states, sorted. */
export function comparableMeasures(): string[] {
  return [...new Set((datasets as readonly Dataset[]).flatMap((d) => d.observations.map((o) => o.measure)))].sort();
}

/**
 * The source comparison of a measure: every statement of it across the datasets, in date order,
 * with its qualifier, the values it allows, its deviation from the median, its source and
 * attribution, and a summary (`compareSources`). As text: a summary line and a table per unit,
 * fitted to the width, with the numbers of statements and datasets on standard error. As JSON:
 * `{ measure, label, statements, datasets, comparisons: [{ unit, min, median, max, spread,
 * overlap, estimates: [...] }] }` (see docs/cli.md).
 *
 * @throws {UsageError} naming the measures when there is none, or the closest ones when no
 * dataset has this one.
 */
export function compare(measure: string | undefined, mode: OutputMode): CommandOutput {
  const all = datasets as readonly Dataset[];
  const measures = comparableMeasures();
  if (measure === undefined) throw new UsageError(`compare needs a measure: one of ${nameList(measures)}`);
  const datasetOf = new Map<Observation, Dataset>();
  for (const d of all) for (const o of d.observations) if (o.measure === measure) datasetOf.set(o, d);
  if (datasetOf.size === 0) throw new UsageError(unknownName('measure', measure, measures, '"azerbaijan-data compare" without a measure names them all'));
  const source = (d: Dataset, id: string): string => d.sources.find((s) => s.id === id)?.title ?? id;
  const publisher = (d: Dataset, id: string | null): string => (id === null ? '' : (d.sources.find((s) => s.id === id)?.publisher ?? id));
  const label = all.flatMap((d) => d.measures).find((m) => m.id === measure)?.label ?? measure;
  const datasetIds = [...new Set([...datasetOf.values()].map((d) => d.id))];
  const footer = `${datasetOf.size} statements in ${datasetIds.length} datasets\n`;
  const found = comparisons([...datasetOf.keys()]);
  if (mode.json) {
    const document = {
      measure,
      label,
      statements: datasetOf.size,
      datasets: datasetIds,
      comparisons: found.map((c) => ({
        unit: c.unit,
        min: c.min,
        median: c.median,
        max: c.max,
        spread: c.spread,
        overlap: c.overlap,
        estimates: c.estimates.map((e) => {
          const d = datasetOf.get(e.observation)!;
          return {
            dataset: d.id,
            observation: e.observation.id,
            period: e.period,
            dimensions: e.observation.dimensions,
            qualifier: e.qualifier,
            wording: e.wording,
            interval: e.interval,
            point: e.point,
            deviation: e.deviation,
            source: e.source,
            sourceTitle: source(d, e.source),
            attribution: e.attribution,
            attributionPublisher: e.attribution === null ? null : publisher(d, e.attribution),
          };
        }),
      })),
    };
    return { stdout: jsonDocument(document), stderr: '' };
  }
  const out = [...wrapText(`${label} (${measure})`, mode.width), ''];
  for (const c of found) {
    const stat = (v: number | null): string => (v === null ? 'none' : formatNumber(v));
    const summary = `In ${unitLabels[c.unit]}: min ${stat(c.min)}, median ${stat(c.median)}, max ${stat(c.max)}, spread (max/min) ${c.spread === null ? 'none' : c.spread.toFixed(2)}, intervals ${c.overlap ? 'overlap' : 'do not all overlap'}`;
    out.push(...wrapText(summary, mode.width), '');
    // the sources by number, named under the table: their titles are too long for a column
    const titles = [...new Set(c.estimates.map((e) => source(datasetOf.get(e.observation)!, e.source)))];
    const hasDimensions = c.estimates.some((e) => Object.keys(e.observation.dimensions).length > 0);
    const rows = c.estimates.map((e) => {
      const d = datasetOf.get(e.observation)!;
      return [
        e.period,
        ...(hasDimensions ? [formatDimensions(e.observation.dimensions)] : []),
        formatQualifier(e.observation),
        figure(e),
        e.deviation === null ? '' : `${e.deviation > 0 ? '+' : ''}${formatNumber(e.deviation)}`,
        `[${titles.indexOf(source(d, e.source)) + 1}]`,
        publisher(d, e.attribution),
        `${d.id}/${e.observation.id}`,
      ];
    });
    const header = ['period', ...(hasDimensions ? ['dimensions'] : []), 'qualifier', 'value', 'from median', 'source', 'attribution', 'dataset/observation'];
    const fit = ['keep', ...(hasDimensions ? ['wrap' as const] : []), 'wrap', 'keep', 'keep', 'keep', 'wrap', 'wrap'] as const;
    out.push(textTable(header, rows, { width: mode.width, fit }));
    out.push(...titles.flatMap((t, i) => wrapText(`[${i + 1}] ${t}`, mode.width)), '');
  }
  return { stdout: out.join('\n'), stderr: footer };
}
