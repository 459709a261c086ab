import type { Dataset } from '../model/dataset.js';
import { formatDimensions, formatQualifier, formatValue, unitLabels } from '../tabular/format.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import type { Observation } from '../model/observation.js';
import type { ColumnFit } from './textTable.js';
import { textTable } from './textTable.js';
import { wrapText } from './wrapText.js';
import { eventJson, eventsSection, libraryEvents } from './eventsSection.js';

/** A column of the observation table: `shared` where it may be said once above the table. */
interface Column {
  readonly head: string;
  readonly fit: ColumnFit;
  readonly cell: (o: Observation) => string;
  readonly shared?: boolean;
}

/**
 * A dataset in the terminal. As text: its title, version and hash, then its observations as a
 * table with their qualifiers, the cells the source leaves empty and the dated events, fitted to
 * the width (long cells wrap); then the events the library's other datasets date within the
 * periods of the observations shown, each with whom it is according to (see `libraryEvents`);
 * the counts on standard error. As JSON: the dataset object (the document of
 * `export <id> --format json`) with one key more, `eventsInPeriods`, those events. `selected`, where `dataset` is what filters
 * kept of a dataset (see `selectDataset`): how many observations the whole has, and the filters,
 * for the counts and to say when none matches.
 */
export function show(dataset: Dataset, mode: OutputMode, selected?: { readonly of: number; readonly filters: string }): CommandOutput {
  const count = selected === undefined ? `${dataset.observations.length} observations` : `${dataset.observations.length} of ${selected.of} observations match ${selected.filters}`;
  // what the library's other datasets date within the periods of the figures shown
  const events = libraryEvents(dataset.observations.map((o) => o.period), [dataset.id]);
  const footer = `${count}, ${dataset.gaps.length} gaps, ${dataset.events.length} events\n`;
  if (mode.json) return { stdout: jsonDocument({ ...dataset, eventsInPeriods: events.map(eventJson) }), stderr: '' };
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
  if (selected !== undefined && dataset.observations.length === 0) out.push(...wrapText(`No observation matches ${selected.filters}.`, width), '');
  if (dataset.observations.length > 0) {
    // a column whose cells are all the same (one unit, one source) is said once, above the table
    const dimensionsColumn: Column = { head: 'dimensions', fit: 'wrap', cell: (o) => formatDimensions(o.dimensions) };
    const columns: readonly Column[] = [
      { head: 'id', fit: 'keep', cell: (o: Observation) => o.id },
      { head: 'measure', fit: 'wrap', cell: (o: Observation) => o.measure },
      { head: 'period', fit: 'keep', cell: (o: Observation) => o.period },
      ...(hasDimensions ? [dimensionsColumn] : []),
      { head: 'qualifier', fit: 'wrap', cell: (o: Observation) => formatQualifier(o) },
      { head: 'value', fit: 'keep', cell: (o: Observation) => formatValue(o) },
      { head: 'unit', fit: 'wrap', cell: (o: Observation) => unitLabels[o.unit], shared: true },
      { head: 'source', fit: 'keep', cell: (o: Observation) => ref(o.source), shared: true },
      { head: 'attribution', fit: 'keep', cell: (o: Observation) => (o.attribution === undefined ? '' : ref(o.attribution)), shared: true },
    ];
    const same = (c: Column): boolean => c.shared === true && new Set(dataset.observations.map(c.cell)).size === 1;
    const common = columns.filter(same).filter((c) => c.cell(dataset.observations[0]!) !== '');
    if (common.length > 0) out.push(...wrapText(`Every observation: ${common.map((c) => `${c.head} ${c.cell(dataset.observations[0]!)}`).join(', ')}`, width), '');
    const shown = columns.filter((c) => !same(c));
    const rows = dataset.observations.map((o) => shown.map((c) => c.cell(o)));
    out.push(textTable(shown.map((c) => c.head), rows, { width, fit: shown.map((c) => c.fit) }));
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
  if (events.length > 0) out.push(...eventsSection(events, width));
  out.push('Sources:', ...dataset.sources.flatMap((s, i) => wrapText(`[${i + 1}] ${s.id}: ${s.title}`, width)), '');
  return { stdout: out.join('\n'), stderr: footer };
}
