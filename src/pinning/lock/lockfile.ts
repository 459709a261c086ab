import type { Unit } from '../../model/unit.js';

/**
 * One figure as a lockfile records it: its qualifier, its value (or `low` and `high` for a range),
 * its unit and its period. Keyed by observation id in {@link LockedDataset.figures}.
 *
 * @example
 * ```ts
 * import type { LockedFigure } from 'azerbaijan-data';
 * const figure: LockedFigure = { qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' };
 * figure.qualifier; //=> 'exact'
 * ```
 */
export type LockedFigure =
  | { readonly qualifier: 'exact' | 'approximate' | 'atLeast' | 'atMost'; readonly value: number; readonly unit: Unit; readonly period: string }
  | { readonly qualifier: 'range'; readonly low: number; readonly high: number; readonly unit: Unit; readonly period: string };

/**
 * One dated event as a lockfile records it: its date. Keyed by event id in
 * {@link LockedDataset.events}.
 *
 * @example
 * ```ts
 * import type { LockedEvent } from 'azerbaijan-data';
 * const event: LockedEvent = { date: '1991-10-18' };
 * ```
 */
export interface LockedEvent {
  readonly date: string;
}

/**
 * One dataset as a lockfile records it: its data `version`, its `sha256` (the hash of its whole
 * content: figures, quotes, locators, relations, events and gaps), each figure by observation id
 * and each event by event id.
 *
 * @example
 * ```ts
 * import type { LockedDataset } from 'azerbaijan-data';
 * const locked: LockedDataset = { version: '1.0.0', sha256: '0'.repeat(64), figures: {}, events: {} };
 * ```
 */
export interface LockedDataset {
  readonly version: string;
  readonly sha256: string;
  readonly figures: Readonly<Record<string, LockedFigure>>;
  readonly events: Readonly<Record<string, LockedEvent>>;
}

/**
 * A data lockfile (`azerbaijan-data.lock.json`): the package it was written from and, for each
 * dataset locked, its version, sha256 and every figure's value. Written by `lockData` (or
 * `npx azerbaijan-data lock`), checked by `verifyData` (or `npx azerbaijan-data verify`).
 *
 * @example
 * ```ts
 * import type { Lockfile } from 'azerbaijan-data';
 * const empty: Lockfile = { lockfileVersion: 1, package: { name: 'azerbaijan-data', version: '0.1.0' }, datasets: {} };
 * ```
 */
export interface Lockfile {
  readonly lockfileVersion: 1;
  readonly package: { readonly name: string; readonly version: string };
  readonly datasets: Readonly<Record<string, LockedDataset>>;
}

/**
 * The default file name of a lockfile: what `npx azerbaijan-data lock` writes.
 *
 * @example
 * ```ts
 * import { LOCKFILE_NAME } from 'azerbaijan-data';
 * LOCKFILE_NAME; //=> 'azerbaijan-data.lock.json'
 * ```
 */
export const LOCKFILE_NAME = 'azerbaijan-data.lock.json';
