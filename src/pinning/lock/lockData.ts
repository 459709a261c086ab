import { datasets as allDatasets } from '../../catalogue.js';
import { packageVersion } from '../../citation/packageVersion.js';
import type { LockedDataset, LockedEvent, LockedFigure, Lockfile } from './lockfile.js';

/**
 * The parts of a dataset a lockfile records: its id, version, sha256, observations and events.
 * Every dataset of the library is one.
 *
 * @example
 * ```ts
 * import type { Lockable } from 'azerbaijan-data';
 * import { remittanceFlows } from 'azerbaijan-data';
 * const lockable: Lockable = remittanceFlows;
 * ```
 */
export interface Lockable {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly observations: readonly (
    | { readonly id: string; readonly qualifier: 'exact' | 'approximate' | 'atLeast' | 'atMost'; readonly value: number; readonly unit: LockedFigure['unit']; readonly period: string }
    | { readonly id: string; readonly qualifier: 'range'; readonly low: number; readonly high: number; readonly unit: LockedFigure['unit']; readonly period: string }
  )[];
  readonly events: readonly { readonly id: string; readonly date: string }[];
}

/** One dataset's entry of a lockfile. */
export function lockDataset(dataset: Lockable): LockedDataset {
  const figures: Record<string, LockedFigure> = {};
  for (const o of dataset.observations) {
    figures[o.id] =
      o.qualifier === 'range'
        ? { qualifier: 'range', low: o.low, high: o.high, unit: o.unit, period: o.period }
        : { qualifier: o.qualifier, value: o.value, unit: o.unit, period: o.period };
  }
  const events: Record<string, LockedEvent> = {};
  for (const e of dataset.events) events[e.id] = { date: e.date };
  return { version: dataset.version, sha256: dataset.sha256, figures, events };
}

/**
 * The lockfile of the installed data: for each dataset (every dataset of the library, or those
 * given), its version, its sha256 and each figure's value by observation id (qualifier, value or
 * low and high, unit, period) and each event's date by event id. Write it as JSON
 * (`JSON.stringify(lock, null, 2)`), commit it, and check it later with `verifyData`: the same
 * file `npx azerbaijan-data lock` writes. Pure; O(number of figures).
 *
 * @param datasets - the datasets to lock (default: all of the library's).
 * @throws {TypeError} when `datasets` is not an array of datasets, or names a dataset twice.
 *
 * @example
 * ```ts
 * import { lockData, remittanceFlows } from 'azerbaijan-data';
 * const lock = lockData([remittanceFlows]);
 * Object.keys(lock.datasets); //=> ['remittance-flows']
 * lock.datasets['remittance-flows']!.figures['inward-remittances-2003']; //=> { qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' }
 * ```
 */
export function lockData(datasets: readonly Lockable[] = allDatasets): Lockfile {
  if (!Array.isArray(datasets)) throw new TypeError(`lockData: datasets must be an array of datasets, got ${datasets === null ? 'null' : typeof datasets}`);
  const locked: Record<string, LockedDataset> = {};
  datasets.forEach((dataset, i) => {
    if (typeof dataset !== 'object' || dataset === null || typeof dataset.id !== 'string' || !Array.isArray(dataset.observations) || !Array.isArray(dataset.events)) {
      throw new TypeError(`lockData: datasets[${i}] is not a dataset (an object with id, version, sha256, observations and events)`);
    }
    if (Object.hasOwn(locked, dataset.id)) throw new TypeError(`lockData: dataset "${dataset.id}" is given twice`);
    locked[dataset.id] = lockDataset(dataset);
  });
  return { lockfileVersion: 1, package: { name: 'azerbaijan-data', version: packageVersion }, datasets: locked };
}
