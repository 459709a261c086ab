/**
 * What a re-import changes in a dataset, figure by figure, and the version bump that
 * docs/data-versions.md asks for: a corrected figure, qualifier, quote or locator → patch; new
 * observations or relations → minor; a removed observation, relation or measure → major. The
 * importer reports it (scripts/import); the items are matched by scripts/dataDiff/itemChanges.ts,
 * which the release's changelog uses too (scripts/release).
 */
import semver from 'semver';
import type { Observation } from '../../src/schema/observation.js';
import type { Relation } from '../../src/schema/relation.js';
import { itemChanges } from './itemChanges.js';

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

/** The differences between the committed dataset and the imported one, and the bump they need. */
export function diffDataset(before: Comparable, after: Comparable): DatasetDiff {
  const changes: Change[] = [];
  let bump: Bump = 'none';
  const need = { added: 'minor', changed: 'patch', dropped: 'major' } as const;
  for (const c of itemChanges(before.observations, after.observations)) {
    const o = (c.after ?? c.before)!;
    const detail =
      c.kind === 'added'
        ? `${figure(o)} (${where(o)})`
        : c.kind === 'dropped'
          ? `${figure(o)} (was ${where(o)})`
          : `${figure(c.before!) === figure(c.after!) ? `${figure(o)}; ${c.fields.join(', ')} changed` : `${figure(c.before!)} → ${figure(c.after!)}`} (was ${where(c.before!)}, now ${where(c.after!)})`;
    changes.push({ kind: c.kind, id: c.id, detail });
    bump = largest(bump, need[c.kind]);
  }
  for (const c of itemChanges(before.relations, after.relations)) {
    changes.push({ kind: c.kind, id: `relation ${c.id}`, detail: (c.after ?? c.before)!.description });
    bump = largest(bump, need[c.kind]);
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
