import type { Dataset } from '../schema/dataset.js';
import { formatDimensions, formatQualifier, formatValue, unitLabels } from '../tabular/format.js';
import { textTable } from './textTable.js';

/**
 * A dataset in the terminal: its title, version and hash, then its observations as a table
 * with their qualifiers, the cells the source leaves empty and the dated events.
 */
export function show(dataset: Dataset): string {
  const out: string[] = [
    `${dataset.title}`,
    `${dataset.id} ${dataset.version} (${dataset.topic}), sha256 ${dataset.sha256}`,
    '',
  ];
  const hasDimensions = dataset.dimensions.length > 0;
  if (dataset.observations.length > 0) {
    const header = ['id', 'measure', 'period', ...(hasDimensions ? ['dimensions'] : []), 'qualifier', 'value', 'unit', 'source', 'attribution'];
    const rows = dataset.observations.map((o) => [
      o.id,
      o.measure,
      o.period,
      ...(hasDimensions ? [formatDimensions(o.dimensions)] : []),
      formatQualifier(o),
      formatValue(o),
      unitLabels[o.unit],
      o.source,
      o.attribution ?? '',
    ]);
    out.push(textTable(header, rows));
  }
  if (dataset.gaps.length > 0) {
    out.push('Cells the source leaves without a figure (not zero):');
    const rows = dataset.gaps.map((g) => [g.measure, g.period, formatDimensions(g.dimensions), g.asWritten]);
    out.push(textTable(['measure', 'period', 'dimensions', 'as written'], rows));
  }
  if (dataset.events.length > 0) {
    out.push('Events:');
    out.push(textTable(['date', 'basis', 'event', 'source'], dataset.events.map((e) => [e.date, e.dateBasis, e.label, e.source])));
  }
  out.push(`${dataset.observations.length} observations, ${dataset.gaps.length} gaps, ${dataset.events.length} events\n`);
  return out.join('\n');
}
