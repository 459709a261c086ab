/**
 * The snapshots of the releases: `releases/<version>.lock.json`, the data lockfile of each release
 * (the format of `npx azerbaijan-data lock`), committed with it, outside the published package,
 * for the next release's comparison and the check that no data changes without a changeset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { Lockfile } from '../../src/pinning/lock/lockfile.js';
import { lockfileText } from '../../src/pinning/lock/lockfileText.js';

/** The folder of the snapshots, relative to the project root. */
export const RELEASES_DIR = 'releases';

/** The snapshot file of a release, relative to the project root. */
export function snapshotFile(version: string): string {
  return `${RELEASES_DIR}/${version}.lock.json`;
}

/** The versions that have a snapshot, oldest first. */
export function releasedVersions(root: string): string[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^(.+)\.lock\.json$/.exec(f)?.[1])
    .filter((v): v is string => v !== undefined && semver.valid(v) !== null)
    .sort(semver.compare);
}

/** The snapshot of a release. */
export function readSnapshot(root: string, version: string): Lockfile {
  return JSON.parse(readFileSync(join(root, snapshotFile(version)), 'utf8')) as Lockfile;
}

/** The newest release and its snapshot, or undefined before the first release. */
export function lastRelease(root: string): { readonly version: string; readonly lock: Lockfile } | undefined {
  const version = releasedVersions(root).at(-1);
  return version === undefined ? undefined : { version, lock: readSnapshot(root, version) };
}

/** A lockfile as the snapshots are written: as `azerbaijan-data lock` writes it, a figure a line. */
export function lockText(lock: Lockfile): string {
  return lockfileText(lock);
}
