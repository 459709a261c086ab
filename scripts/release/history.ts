/**
 * For the first release, which has no earlier release to compare with: each dataset whose data
 * version moved before it was ever released (1.0.0 → 1.0.1), and the data as it stood at the last
 * commit where the dataset was still at the version it first had, read from the git history.
 */
import { execFileSync } from 'node:child_process';
import type { ReleasedDataset } from './datasetsAt.js';
import { datasetsAt } from './datasetsAt.js';

/** A dataset's first version and the last commit at which it stood there. */
export interface FirstVersion {
  readonly id: string;
  /** The version the dataset's module had when it was added (`1.0.0`). */
  readonly version: string;
  /** The last commit (full hash) at which the module still had that version. */
  readonly commit: string;
  /** The commit after it, which moved the version (full hash). */
  readonly movedBy: string;
  /** The dataset as it stood at `commit`. */
  readonly dataset: ReleasedDataset;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The `version` a data module declares at a commit (`"version": "1.0.0"`), or undefined where the file is not. */
function versionAt(root: string, commit: string, file: string): string | undefined {
  try {
    return /"version": "([^"]+)"/.exec(git(root, 'show', `${commit}:src/${file}`))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The datasets of `current` whose version is no longer the one their module first had, each with
 * the last commit at its first version and its data there. Reads the history of each module
 * (newest first) from `HEAD`; a dataset whose version never moved is left out.
 */
export function firstVersions(root: string, current: readonly ReleasedDataset[]): FirstVersion[] {
  const found: Omit<FirstVersion, 'dataset'>[] = [];
  for (const d of current) {
    const commits = git(root, 'log', '--format=%H', '--', `src/${d.file}`).split('\n').filter(Boolean);
    if (commits.length === 0) continue;
    const first = versionAt(root, commits.at(-1)!, d.file);
    if (first === undefined || first === d.version) continue;
    // Newest first: the first commit that still has the first version is the last one at it.
    const i = commits.findIndex((c) => versionAt(root, c, d.file) === first);
    if (i <= 0) continue;
    found.push({ id: d.id, version: first, commit: commits[i]!, movedBy: commits[i - 1]! });
  }
  const byCommit = new Map<string, ReleasedDataset[]>();
  for (const f of found) if (!byCommit.has(f.commit)) byCommit.set(f.commit, datasetsAt(root, f.commit));
  return found.map((f) => {
    const dataset = byCommit.get(f.commit)!.find((d) => d.id === f.id);
    if (dataset === undefined) throw new Error(`history: dataset "${f.id}" is not in commit ${f.commit}`);
    return { ...f, dataset };
  });
}
