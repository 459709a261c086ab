import { datasets } from '../catalogue.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { textTable } from './textTable.js';

/**
 * The catalogue. As text: a row per dataset with its id, topic, numbers of observations (`obs`)
 * and events, version and whole title (wrapped onto more lines where the width ends it, never
 * cut), and the number of datasets on standard error. As JSON:
 * `{ "datasets": [{ id, title, topic, version, sha256, observations, events, gaps, measures }] }`,
 * where `observations`, `events` and `gaps` are counts and `measures` the dataset's measure ids.
 */
export function list(mode: OutputMode): CommandOutput {
  const footer = `${datasets.length} datasets\n`;
  if (mode.json) {
    const entries = datasets.map((d) => ({
      id: d.id,
      title: d.title,
      topic: d.topic,
      version: d.version,
      sha256: d.sha256,
      observations: d.observations.length,
      events: d.events.length,
      gaps: d.gaps.length,
      measures: d.measures.map((m) => m.id),
    }));
    return { stdout: jsonDocument({ datasets: entries }), stderr: '' };
  }
  const rows = datasets.map((d) => [d.id, d.topic, String(d.observations.length), String(d.events.length), d.version, d.title]);
  const table = textTable(['id', 'topic', 'obs', 'events', 'version', 'title'], rows, {
    width: mode.width,
    fit: ['keep', 'keep', 'keep', 'keep', 'keep', 'wrap'],
  });
  return { stdout: table, stderr: footer };
}
