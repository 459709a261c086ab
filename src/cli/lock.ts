import { datasets } from '../catalogue.js';
import { lockData } from '../pinning/lock/lockData.js';
import { lockfileText } from '../pinning/lock/lockfileText.js';
import { findDataset } from './findDataset.js';

/**
 * The `lock` command: the lockfile of the datasets named (all of them when none is), as the JSON
 * text it writes, and a one-line summary for standard error.
 *
 * @throws {UsageError} for an unknown dataset id (naming the closest), or one named twice.
 */
export function lockCommand(ids: readonly string[]): { readonly text: string; readonly summary: string } {
  const chosen = ids.length === 0 ? datasets : ids.map((id) => findDataset(id, 'lock'));
  const unique = [...new Set(chosen)];
  const lock = lockData(unique);
  const figures = Object.values(lock.datasets).reduce((n, d) => n + Object.keys(d.figures).length, 0);
  const events = Object.values(lock.datasets).reduce((n, d) => n + Object.keys(d.events).length, 0);
  const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  return {
    text: lockfileText(lock),
    summary: `locked ${count(unique.length, 'dataset')}, ${count(figures, 'figure')} and ${count(events, 'event')} of azerbaijan-data ${lock.package.version}`,
  };
}
