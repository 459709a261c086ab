import type { LockedDataset, LockedEvent, LockedFigure, Lockfile } from './lockfile.js';

/**
 * What happened to one figure (or event) between two lockfiles: `added` (only `to`), `changed`
 * (`from` → `to`) or `dropped` (only `from`).
 *
 * @example
 * ```ts
 * import type { ItemChange, LockedFigure } from 'azerbaijan-data';
 * const change: ItemChange<LockedFigure> = { id: 'x-2003', change: 'dropped', from: { qualifier: 'exact', value: 1, unit: 'persons', period: '2003' } };
 * ```
 */
export type ItemChange<T> =
  | { readonly id: string; readonly change: 'added'; readonly to: T }
  | { readonly id: string; readonly change: 'changed'; readonly from: T; readonly to: T }
  | { readonly id: string; readonly change: 'dropped'; readonly from: T };

/**
 * What changed in one dataset between two lockfiles: whether it was `added`, `dropped` or
 * `changed`; its version and sha256 before and after (`null` where it is absent); and each
 * figure and event added, changed (old → new) or dropped, in the order of the lockfiles.
 *
 * @example
 * ```ts
 * import type { DatasetChange } from 'azerbaijan-data';
 * const change: DatasetChange = { id: 'remittance-flows', change: 'changed', version: { from: '1.0.0', to: '1.0.1' }, sha256: { from: 'a'.repeat(64), to: 'b'.repeat(64) }, figures: [], events: [] };
 * ```
 */
export interface DatasetChange {
  readonly id: string;
  readonly change: 'added' | 'dropped' | 'changed';
  readonly version: { readonly from: string | null; readonly to: string | null };
  readonly sha256: { readonly from: string | null; readonly to: string | null };
  readonly figures: readonly ItemChange<LockedFigure>[];
  readonly events: readonly ItemChange<LockedEvent>[];
}

/** Whether two locked figures are the same figure: qualifier, value or low and high, unit and period. */
export function sameFigure(a: LockedFigure, b: LockedFigure): boolean {
  if (a.qualifier !== b.qualifier || a.unit !== b.unit || a.period !== b.period) return false;
  if (a.qualifier === 'range' && b.qualifier === 'range') return Object.is(a.low, b.low) && Object.is(a.high, b.high);
  return a.qualifier !== 'range' && b.qualifier !== 'range' && Object.is(a.value, b.value);
}

function sameEvent(a: LockedEvent, b: LockedEvent): boolean {
  return a.date === b.date;
}

/** Each item of `before` and `after` that was added, changed or dropped: in `before`'s order, then the added ones in `after`'s. */
function itemChanges<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>, same: (a: T, b: T) => boolean): ItemChange<T>[] {
  const changes: ItemChange<T>[] = [];
  for (const [id, from] of Object.entries(before)) {
    if (!Object.hasOwn(after, id)) changes.push({ id, change: 'dropped', from });
    else if (!same(from, after[id]!)) changes.push({ id, change: 'changed', from, to: after[id]! });
  }
  for (const [id, to] of Object.entries(after)) if (!Object.hasOwn(before, id)) changes.push({ id, change: 'added', to });
  return changes;
}

const EMPTY: LockedDataset = { version: '', sha256: '', figures: {}, events: {} };

/** What changed in one dataset, or `null` when its version, sha256, figures and events are the same. */
export function diffDataset(id: string, before: LockedDataset | undefined, after: LockedDataset | undefined): DatasetChange | null {
  const figures = itemChanges((before ?? EMPTY).figures, (after ?? EMPTY).figures, sameFigure);
  const events = itemChanges((before ?? EMPTY).events, (after ?? EMPTY).events, sameEvent);
  const version = { from: before?.version ?? null, to: after?.version ?? null };
  const sha256 = { from: before?.sha256 ?? null, to: after?.sha256 ?? null };
  if (before !== undefined && after !== undefined && version.from === version.to && sha256.from === sha256.to && figures.length === 0 && events.length === 0) return null;
  const change = before === undefined ? 'added' : after === undefined ? 'dropped' : 'changed';
  return { id, change, version, sha256, figures, events };
}

/**
 * What changed between two lockfiles, dataset by dataset: each dataset added, dropped or changed
 * (its version and sha256 from → to), with each figure and event added, changed (old → new) or
 * dropped. Datasets that did not change are left out, so an empty array means the same data.
 * In `before`'s order, then the datasets only `after` has. Pure; O(number of figures).
 *
 * @example
 * ```ts
 * import { diffLocks, lockData, remittanceFlows } from 'azerbaijan-data';
 * const before = lockData([remittanceFlows]);
 * const locked = before.datasets['remittance-flows']!;
 * const after = { ...before, datasets: { 'remittance-flows': { ...locked, version: '1.0.9', figures: { ...locked.figures, 'inward-remittances-2003': { qualifier: 'exact', value: 172, unit: 'million-usd', period: '2003' } } } } } as const;
 * const [change] = diffLocks(before, after);
 * change!.version; //=> { from: '1.0.0', to: '1.0.9' }
 * change!.figures.map((f) => `${f.id} ${f.change}`); //=> ['inward-remittances-2003 changed']
 * diffLocks(before, before); //=> []
 * ```
 */
export function diffLocks(before: Lockfile, after: Lockfile): DatasetChange[] {
  const changes: DatasetChange[] = [];
  for (const id of Object.keys(before.datasets)) {
    const change = diffDataset(id, before.datasets[id], Object.hasOwn(after.datasets, id) ? after.datasets[id] : undefined);
    if (change !== null) changes.push(change);
  }
  for (const id of Object.keys(after.datasets)) {
    if (!Object.hasOwn(before.datasets, id)) changes.push(diffDataset(id, undefined, after.datasets[id])!);
  }
  return changes;
}

/**
 * A locked figure as text: its qualifier in words, its value (`low–high` for a range), unit and
 * period, e.g. `about 1,554 million-usd (2008)`. For changelogs and reports.
 *
 * @example
 * ```ts
 * import { figureText } from 'azerbaijan-data';
 * figureText({ qualifier: 'atLeast', value: 1554, unit: 'million-usd', period: '2008' }); //=> 'at least 1554 million-usd (2008)'
 * figureText({ qualifier: 'range', low: 300, high: 1000, unit: 'thousand-persons', period: '2002' }); //=> '300–1000 thousand-persons (2002)'
 * ```
 */
export function figureText(figure: LockedFigure): string {
  const words = { exact: '', approximate: 'about ', atLeast: 'at least ', atMost: 'at most ', range: '' } as const;
  const value = figure.qualifier === 'range' ? `${figure.low}–${figure.high}` : String(figure.value);
  return `${words[figure.qualifier]}${value} ${figure.unit} (${figure.period})`;
}
