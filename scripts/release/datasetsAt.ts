/**
 * The datasets of the working tree, or of a commit of its history: read by evaluating the data
 * modules themselves (printDatasets.ts in a child process), so that an old commit's data is read
 * as it was, whatever the code around it has become since.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Observation } from '../../src/schema/observation.js';
import type { Relation } from '../../src/schema/relation.js';
import type { Event } from '../../src/model/event.js';

/** A dataset as a release compares it. */
export interface ReleasedDataset {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly measures: readonly { readonly id: string }[];
  readonly observations: readonly Observation[];
  readonly relations: readonly Relation[];
  readonly events: readonly Event[];
  readonly gaps: readonly unknown[];
  /** The module, relative to `src/` (`data/migration/internationalMigration.ts`). */
  readonly file: string;
}

function print(root: string, src: string): ReleasedDataset[] {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const json = execFileSync(tsx, [join(root, 'scripts', 'release', 'printDatasets.ts'), src], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return (JSON.parse(json) as ReleasedDataset[]).sort((a, b) => a.id.localeCompare(b.id));
}

/** The datasets of the working tree `root`, sorted by id. */
export function currentDatasets(root: string): ReleasedDataset[] {
  return print(root, join(root, 'src'));
}

/** The datasets as they stood at `commit` (its `src/`, extracted into a scratch folder), sorted by id. */
export function datasetsAt(root: string, commit: string): ReleasedDataset[] {
  const dir = mkdtempSync(join(tmpdir(), 'azerbaijan-data-release-'));
  try {
    execFileSync('sh', ['-c', 'git -C "$1" archive "$2" src package.json | tar -x -C "$3"', 'sh', root, commit, dir]);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    return print(root, join(dir, 'src'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The full hash of a commit (`git rev-parse`). */
export function commitHash(root: string, rev: string): string {
  return execFileSync('git', ['-C', root, 'rev-parse', '--verify', `${rev}^{commit}`], { encoding: 'utf8' }).trim();
}
