/**
 * What CI checks between releases: the data as it is against the last release's snapshot. A
 * dataset whose content changed needs a higher data version, and every dataset that changed,
 * was added or was dropped needs a pending changeset (`.changeset/*.md`) that names it
 * (`` `dataset-id` ``), so that the next release's changelog says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { DatasetChange } from '../../src/pinning/lock/diffLocks.js';
import { diffLocks } from '../../src/pinning/lock/diffLocks.js';
import type { Lockfile } from '../../src/pinning/lock/lockfile.js';

/** A pending changeset: its file name and text. */
export interface PendingChangeset {
  readonly file: string;
  readonly text: string;
}

/** The pending changesets of the project (`.changeset/*.md` but its README). */
export function pendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Every dataset that differs from the last release's snapshot (all of them before the first release). */
export function unreleasedChanges(last: Lockfile | undefined, current: Lockfile): DatasetChange[] {
  return diffLocks(last ?? { lockfileVersion: 1, package: current.package, datasets: {} }, current);
}

/** The datasets whose content changed since the last release without a higher data version, each as a sentence. */
export function versionProblems(changes: readonly DatasetChange[], lastVersion: string): string[] {
  return changes
    .filter((c) => c.change === 'changed' && c.sha256.from !== c.sha256.to && !(semver.valid(c.version.to) && semver.valid(c.version.from) && semver.gt(c.version.to!, c.version.from!)))
    .map((c) => `${c.id}: its content changed since release ${lastVersion} (sha256 ${c.sha256.from!.slice(0, 12)}… → ${c.sha256.to!.slice(0, 12)}…) but its data version is ${c.version.to}, not above ${c.version.from}: bump it (docs/data-versions.md)`);
}

/** The datasets that changed, were added or dropped with no pending changeset naming them, each as a sentence. */
export function changesetProblems(changes: readonly DatasetChange[], changesets: readonly PendingChangeset[], lastVersion: string | undefined): string[] {
  return changes
    .filter((c) => !changesets.some((s) => s.text.includes(`\`${c.id}\``)))
    .map((c) => `${c.id}: ${lastVersion === undefined ? 'is not released yet' : `was ${c.change} since release ${lastVersion}`} but no pending changeset names it: add one to .changeset/ that names \`${c.id}\` and says what changed`);
}
