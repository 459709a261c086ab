/**
 * What a re-import changes in a dataset, figure by figure, and the version bump that
 * docs/data-versions.md asks for: a corrected figure, qualifier, quote or locator → patch; new
 * observations or relations → minor; a removed observation, relation or measure → major.
 */
import semver from 'semver';
import type { Observation } from '../../src/schema/observation.js';
import type { Relation } from '../../src/schema/relation.js';

export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** One figure (or relation) changed, added or dropped. */
export interface Change {
  readonly kind: 'changed' | 'added' | 'dropped';
  readonly id: string;
  /** What it was and what it is, for a reader: `659000 → 660000 (… line 15 "aze,2022,660000")`. */
  readonly detail: string;
}

/** The part of a dataset a re-import compares. */
export interface Comparable {
  readonly version: string;
  readonly measures: readonly { readonly id: string }[];
  readonly observations: readonly Observation[];
  readonly relations: readonly Relation[];
}

export interface DatasetDiff {
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

const order: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function largest(a: Bump, b: Bump): Bump {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** The figure of an observation as a reader reads it: `659000`, `1–4 (range)`, `≈ 5000`. */
function figure(o: Observation): string {
  switch (o.qualifier) {
    case 'range':
      return `${o.low}–${o.high} (range)`;
    case 'exact':
      return String(o.value);
    default:
      return `${o.value} (${o.qualifier})`;
  }
}

/** Where an observation stands: `file line 15 "aze,2022,659000"`. */
function where(o: Observation): string {
  return o.locator.file === undefined ? `"${o.quote}"` : `${o.locator.file} line ${o.locator.line} "${o.quote}"`;
}

const stable = (x: unknown): string => JSON.stringify(x, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The differences between the committed dataset and the imported one, and the bump they need. */
export function diffDataset(before: Comparable, after: Comparable): DatasetDiff {
  const changes: Change[] = [];
  let bump: Bump = 'none';
  const old = new Map(before.observations.map((o) => [o.id, o]));
  const now = new Map(after.observations.map((o) => [o.id, o]));
  for (const o of after.observations) {
    const b = old.get(o.id);
    if (!b) {
      changes.push({ kind: 'added', id: o.id, detail: `${figure(o)} (${where(o)})` });
      bump = largest(bump, 'minor');
    } else if (stable(b) !== stable(o)) {
      const fields = Object.keys({ ...b, ...o }).filter((k) => stable((b as unknown as Record<string, unknown>)[k]) !== stable((o as unknown as Record<string, unknown>)[k]));
      const what = figure(b) === figure(o) ? `${figure(o)}; ${fields.join(', ')} changed` : `${figure(b)} → ${figure(o)}`;
      changes.push({ kind: 'changed', id: o.id, detail: `${what} (was ${where(b)}, now ${where(o)})` });
      bump = largest(bump, 'patch');
    }
  }
  for (const b of before.observations) {
    if (!now.has(b.id)) {
      changes.push({ kind: 'dropped', id: b.id, detail: `${figure(b)} (was ${where(b)})` });
      bump = largest(bump, 'major');
    }
  }
  const oldRelations = new Map(before.relations.map((r) => [r.id, r]));
  const newRelations = new Map(after.relations.map((r) => [r.id, r]));
  for (const r of after.relations) {
    const b = oldRelations.get(r.id);
    if (!b) {
      changes.push({ kind: 'added', id: `relation ${r.id}`, detail: r.description });
      bump = largest(bump, 'minor');
    } else if (stable(b) !== stable(r)) {
      changes.push({ kind: 'changed', id: `relation ${r.id}`, detail: r.description });
      bump = largest(bump, 'patch');
    }
  }
  for (const r of before.relations) {
    if (!newRelations.has(r.id)) {
      changes.push({ kind: 'dropped', id: `relation ${r.id}`, detail: r.description });
      bump = largest(bump, 'major');
    }
  }
  const measures = new Set(after.measures.map((m) => m.id));
  for (const m of before.measures) {
    if (!measures.has(m.id)) {
      changes.push({ kind: 'dropped', id: `measure ${m.id}`, detail: 'the measure is gone' });
      bump = largest(bump, 'major');
    }
  }
  return { bump, changes };
}

/** The version after a bump: `bumped('1.0.0', 'minor')` is `'1.1.0'`. */
export function bumped(version: string, bump: Bump): string {
  if (bump === 'none') return version;
  const next = semver.inc(version, bump);
  if (next === null) throw new TypeError(`bumped: version "${version}" is not a semantic version such as "1.0.0"`);
  return next;
}
