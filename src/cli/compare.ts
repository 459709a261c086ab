import { datasets } from '../catalogue.js';
import { compareSources } from '../helpers/compareSources.js';
import type { Estimate, SourceComparison } from '../helpers/compareSources.js';
import { HelperRangeError } from '../helpers/errors.js';
import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import { formatDimensions, formatNumber, formatQualifier, unitLabels } from '../tabular/format.js';
import { textTable } from './textTable.js';
import { UsageError, nameList } from './usageError.js';

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

/**
 * The source comparison table of a measure: every statement of it across the datasets, in date
 * order, with its qualifier, the values it allows, its deviation from the median, its source and
 * attribution, and a summary line (`compareSources`) above.
 *
 * @throws {UsageError} naming the measures, when no dataset has this one.
 */
export function compare(measure: string | undefined): string {
  const all = datasets as readonly Dataset[];
  const measures = [...new Set(all.flatMap((d) => d.observations.map((o) => o.measure)))].sort();
  if (measure === undefined) throw new UsageError(`compare needs a measure: one of ${nameList(measures)}`);
  const datasetOf = new Map<Observation, Dataset>();
  for (const d of all) for (const o of d.observations) if (o.measure === measure) datasetOf.set(o, d);
  if (datasetOf.size === 0) throw new UsageError(`unknown measure "${measure}". The measures are ${nameList(measures)}`);
  const source = (d: Dataset, id: string): string => d.sources.find((s) => s.id === id)?.title ?? id;
  const publisher = (d: Dataset, id: string | null): string => (id === null ? '' : (d.sources.find((s) => s.id === id)?.publisher ?? id));
  const label = all.flatMap((d) => d.measures).find((m) => m.id === measure)?.label ?? measure;
  const out = [`${label} (${measure}): ${datasetOf.size} statements in ${new Set(datasetOf.values()).size} datasets\n`];
  for (const c of comparisons([...datasetOf.keys()])) {
    const stat = (v: number | null): string => (v === null ? 'none' : formatNumber(v));
    out.push(
      `In ${unitLabels[c.unit]}: min ${stat(c.min)}, median ${stat(c.median)}, max ${stat(c.max)}, spread (max/min) ${c.spread === null ? 'none' : c.spread.toFixed(2)}, intervals ${c.overlap ? 'overlap' : 'do not all overlap'}\n`,
    );
    const rows = c.estimates.map((e) => {
      const d = datasetOf.get(e.observation)!;
      return [
        e.period,
        formatDimensions(e.observation.dimensions),
        formatQualifier(e.observation),
        figure(e),
        e.deviation === null ? '' : `${e.deviation > 0 ? '+' : ''}${formatNumber(e.deviation)}`,
        source(d, e.source),
        publisher(d, e.attribution),
        `${d.id}/${e.observation.id}`,
      ];
    });
    out.push(textTable(['period', 'dimensions', 'qualifier', 'value', 'from median', 'source', 'attribution', 'dataset/observation'], rows));
  }
  return out.join('\n');
}
