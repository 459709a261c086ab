import type { Dataset } from '../schema/dataset.js';
import { formatDimensions, formatQualifier, formatValue, unitLabels } from '../tabular/format.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { textTable } from './textTable.js';
import { wrapText } from './wrapText.js';

/**
 * A dataset in the terminal. As text: its title, version and hash, then its observations as a
 * table with their qualifiers, the cells the source leaves empty and the dated events, fitted to
 * the width (long cells wrap), with the counts on standard error. As JSON: the dataset object,
 * the same document as `export <id> --format json`.
 */
export function show(dataset: Dataset, mode: OutputMode): CommandOutput {
  const footer = `${dataset.observations.length} observations, ${dataset.gaps.length} gaps, ${dataset.events.length} events\n`;
  if (mode.json) return { stdout: jsonDocument(dataset), stderr: '' };
  const { width } = mode;
  const out: string[] = [
    ...wrapText(dataset.title, width),
    ...wrapText(`${dataset.id} ${dataset.version} (${dataset.topic})`, width),
    ...wrapText(`sha256 ${dataset.sha256}`, width),
    '',
  ];
  const hasDimensions = dataset.dimensions.length > 0;
  // sources and attributions by number, named under the table: their ids are too long for a column
  const ref = (id: string): string => `[${dataset.sources.findIndex((s) => s.id === id) + 1}]`;
  if (dataset.observations.length > 0) {
    const header = ['id', 'measure', 'period', ...(hasDimensions ? ['dimensions'] : []), 'qualifier', 'value', 'unit', 'source', 'attribution'];
    const fit = ['keep', 'wrap', 'keep', ...(hasDimensions ? ['wrap' as const] : []), 'wrap', 'keep', 'wrap', 'keep', 'keep'] as const;
    const rows = dataset.observations.map((o) => [
      o.id,
      o.measure,
      o.period,
      ...(hasDimensions ? [formatDimensions(o.dimensions)] : []),
      formatQualifier(o),
      formatValue(o),
      unitLabels[o.unit],
      ref(o.source),
      o.attribution === undefined ? '' : ref(o.attribution),
    ]);
    out.push(textTable(header, rows, { width, fit }));
  }
  if (dataset.gaps.length > 0) {
    out.push(...wrapText('Cells the source leaves without a figure (not zero):', width));
    const rows = dataset.gaps.map((g) => [g.measure, g.period, formatDimensions(g.dimensions), g.asWritten]);
    out.push(textTable(['measure', 'period', 'dimensions', 'as written'], rows, { width, fit: ['wrap', 'keep', 'wrap', 'wrap'] }));
  }
  if (dataset.events.length > 0) {
    out.push('Events:');
    const rows = dataset.events.map((e) => [e.date, e.dateBasis, e.label, ref(e.source)]);
    out.push(textTable(['date', 'basis', 'event', 'source'], rows, { width, fit: ['keep', 'keep', 'wrap', 'keep'] }));
  }
  out.push('Sources:', ...dataset.sources.flatMap((s, i) => wrapText(`[${i + 1}] ${s.id}: ${s.title}`, width)), '');
  return { stdout: out.join('\n'), stderr: footer };
}
