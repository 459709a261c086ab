import { datasets } from '../catalogue.js';
import { textTable } from './textTable.js';

/** The catalogue as a text table: id, topic, observations, events, version and title. */
export function list(): string {
  const rows = datasets.map((d) => [d.id, d.topic, String(d.observations.length), String(d.events.length), d.version, d.title]);
  return textTable(['id', 'topic', 'observations', 'events', 'version', 'title'], rows) + `${datasets.length} datasets\n`;
}
