/**
 * The items (observations, relations, events, measures) of two versions of a dataset, matched by
 * id: each added, changed or dropped, with the fields that differ. One room for the importer's
 * report (scripts/import) and the release's changelog (scripts/release): both say what changed
 * in the data from the same comparison.
 */

/** One item added, changed or dropped between two versions of a dataset. */
export interface ItemDiff<T> {
  readonly kind: 'added' | 'changed' | 'dropped';
  readonly id: string;
  /** The item as it was (absent when added). */
  readonly before?: T;
  /** The item as it is (absent when dropped). */
  readonly after?: T;
  /** The fields whose values differ, in key order (empty unless changed). */
  readonly fields: readonly string[];
}

/** JSON with object keys sorted, so that two equal items give the same text whatever their key order. */
export function stable(x: unknown): string {
  return JSON.stringify(x, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/**
 * The items added or changed, in the order of `after`, then those dropped, in the order of
 * `before`. Pure; O(number of items).
 */
export function itemChanges<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ItemDiff<T>[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const changes: ItemDiff<T>[] = [];
  for (const a of after) {
    const b = old.get(a.id);
    if (b === undefined) changes.push({ kind: 'added', id: a.id, after: a, fields: [] });
    else if (stable(b) !== stable(a)) {
      const field = (x: T, k: string): string => stable((x as unknown as Record<string, unknown>)[k]);
      const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => field(b, k) !== field(a, k));
      changes.push({ kind: 'changed', id: a.id, before: b, after: a, fields });
    }
  }
  for (const b of before) if (!now.has(b.id)) changes.push({ kind: 'dropped', id: b.id, before: b, fields: [] });
  return changes;
}
