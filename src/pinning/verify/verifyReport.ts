import type { DatasetChange } from '../lock/diffLocks.js';

/**
 * One locked dataset whose installed data is not what was locked: what changed
 * ({@link DatasetChange}: version and sha256 from → to, each figure and event added, changed or
 * dropped) and why. `cause` is `release` when a release of the package changed it (`releases`
 * names the releases whose CHANGELOG.md entries explain it), `altered` when it was changed
 * outside a release: its content does not hash to its declared sha256 (`altered:
 * 'content-hash'`), or it differs from the lockfile while its version is the one locked
 * (`altered: 'same-version'`). `explanation` says so in a sentence.
 *
 * @example
 * ```ts
 * import type { DatasetFinding } from 'azerbaijan-data';
 * const seen = (f: DatasetFinding) => `${f.id}: ${f.explanation}`;
 * ```
 */
export interface DatasetFinding extends DatasetChange {
  readonly cause: 'release' | 'altered';
  readonly altered: 'content-hash' | 'same-version' | null;
  /** The package releases whose changelog entries explain the change (`## <version>` in CHANGELOG.md). */
  readonly releases: readonly string[];
  readonly explanation: string;
}

/**
 * What `verifyData` found: `ok` when every locked dataset is installed as it was locked; the
 * package versions the lockfile was written from and installed; how many datasets were checked;
 * and a {@link DatasetFinding} for each one that differs, in the lockfile's order.
 *
 * @example
 * ```ts
 * import { lockData, verifyData } from 'azerbaijan-data';
 * const report = await verifyData(lockData());
 * [report.ok, report.findings.length]; //=> [true, 0]
 * ```
 */
export interface VerifyReport {
  readonly ok: boolean;
  readonly locked: { readonly package: { readonly name: string; readonly version: string } };
  readonly installed: { readonly package: { readonly name: string; readonly version: string } };
  /** How many datasets the lockfile holds (each was checked). */
  readonly datasets: number;
  readonly findings: readonly DatasetFinding[];
}
