/**
 * Where the importer finds each release folder. A folder named for every release
 * (`--extracts <folder>`, or `$AZERBAIJAN_DATA_SOURCES/open-data/`) must hold them all. Otherwise
 * each release is looked for in the project's sources beside the clone
 * (`../shared/seeds/open-data/<folder>/`), then in the copies the repository holds
 * (`data-raw/open-data/<folder>/`, for the releases whose licence allows redistribution:
 * data-raw/README.md). A release found in neither place is reported as missing, with the places
 * looked in.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The folders a release is looked for in, in order, when no folder is named: `../shared/seeds/open-data/`, then `data-raw/open-data/`. */
export function defaultLookIn(projectDir: string): readonly string[] {
  return [resolve(projectDir, '../shared/seeds/open-data'), resolve(projectDir, 'data-raw/open-data')];
}

/** Where to look: one named folder for every release, or a list of folders tried in order per release. */
export type FolderSearch = { readonly extractsDir: string } | { readonly lookIn: readonly string[] };

/** A release folder found. */
export interface FoundFolder {
  readonly folder: string;
  readonly dir: string;
}

/** A release folder found nowhere, with every place it was looked for. */
export interface MissingFolder {
  readonly folder: string;
  readonly lookedAt: readonly string[];
}

const isDir = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();

/** Finds one release folder: the first place that holds it, else every place it was looked for. */
export function findReleaseFolder(folder: string, search: FolderSearch): FoundFolder | MissingFolder {
  const places = 'extractsDir' in search ? [search.extractsDir] : search.lookIn;
  const candidates = places.map((p) => join(p, folder));
  const dir = candidates.find(isDir);
  return dir === undefined ? { folder, lookedAt: candidates } : { folder, dir };
}

/**
 * Finds each release folder, in the order given, each once (two releases may share a folder).
 *
 * @example
 * ```ts
 * findReleaseFolders(['wdi'], { lookIn: ['/nowhere/a', '/nowhere/b'] }).missing;
 * //=> [{ folder: 'wdi', lookedAt: ['/nowhere/a/wdi', '/nowhere/b/wdi'] }]
 * ```
 */
export function findReleaseFolders(folders: readonly string[], search: FolderSearch): { readonly found: readonly FoundFolder[]; readonly missing: readonly MissingFolder[] } {
  const found: FoundFolder[] = [];
  const missing: MissingFolder[] = [];
  for (const folder of new Set(folders)) {
    const f = findReleaseFolder(folder, search);
    if ('dir' in f) found.push(f);
    else missing.push(f);
  }
  return { found, missing };
}

/** A folder as a reader finds it from the project: relative where it is inside or beside it (`data-raw/open-data/wdi`, `../shared/seeds/open-data/wdi`), else absolute. */
export function shownPath(projectDir: string, dir: string): string {
  const rel = relative(projectDir, dir);
  return rel === '' ? '.' : rel.startsWith('../../') ? dir : rel;
}
