import { datasets as allDatasets } from '../../catalogue.js';
import { contentHash } from '../../schema/contentHash.js';
import type { Lockable } from '../lock/lockData.js';
import { parseLockfile } from '../lock/parseLockfile.js';
import { releases } from '../releases.js';
import { checkLock } from './checkLock.js';
import { reportText } from './reportText.js';
import type { VerifyReport } from './verifyReport.js';

/**
 * A dataset `verifyData` can check: what a lockfile records and what its hash covers. Every
 * dataset of the library is one, and so is one read with `parseDataset`.
 *
 * @example
 * ```ts
 * import type { Verifiable } from 'azerbaijan-data';
 * import { remittanceFlows } from 'azerbaijan-data';
 * const checked: Verifiable = remittanceFlows;
 * ```
 */
export type Verifiable = Lockable & { readonly relations: unknown; readonly gaps: unknown };

/**
 * Which datasets `verifyData` checks the lockfile against.
 *
 * @example
 * ```ts
 * import type { VerifyOptions } from 'azerbaijan-data';
 * import { remittanceFlows } from 'azerbaijan-data';
 * const options: VerifyOptions = { datasets: [remittanceFlows] };
 * ```
 */
export interface VerifyOptions {
  /** The installed datasets (default: all of the library's); a locked dataset not among them is reported as not installed. */
  readonly datasets?: readonly Verifiable[] | undefined;
}

/**
 * Checks the installed data against a lockfile written earlier by `lockData` or
 * `npx azerbaijan-data lock`, and resolves to a typed report: `ok` when every locked dataset is
 * installed with the version, sha256 and figures it was locked with; else, per dataset, each
 * figure and event added, changed (old → new) or dropped, and why: a release (with the releases
 * whose CHANGELOG.md entries explain it), or an alteration outside a release (content that does
 * not hash to its declared sha256, or changed content under the same version). Datasets the
 * lockfile does not name are not checked. Asynchronous: it hashes each locked dataset's content
 * with Web Crypto (Node 19 and later; browsers only on HTTPS pages and localhost), O(size of
 * the data). Run it in a test or the build (`npx azerbaijan-data verify` does the same).
 *
 * @param lockfile - the lockfile: its JSON text, or the object parsed from it.
 * @throws {LockfileError} (the promise rejects) when the lockfile is not JSON or not the shape `lockData` writes.
 *
 * @example
 * ```ts
 * import { lockData, verifyData, remittanceFlows } from 'azerbaijan-data';
 * const lock = JSON.parse(JSON.stringify(lockData([remittanceFlows])));
 * (await verifyData(lock)).ok; //=> true
 * lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170;
 * const report = await verifyData(lock);
 * [report.ok, report.findings[0]!.cause, report.findings[0]!.altered]; //=> [false, 'altered', 'same-version']
 * report.findings[0]!.figures[0]!.id; //=> 'inward-remittances-2003'
 * ```
 */
export async function verifyData(lockfile: unknown, options: VerifyOptions = {}): Promise<VerifyReport> {
  const lock = parseLockfile(lockfile);
  const installed = options.datasets ?? allDatasets;
  if (!Array.isArray(installed)) throw new TypeError(`verifyData: options.datasets must be an array of datasets, got ${typeof installed}`);
  const hashed = await Promise.all(
    installed
      .filter((d) => Object.hasOwn(lock.datasets, d.id))
      .map(async (dataset) => ({ dataset, contentSha256: await contentHash(dataset) })),
  );
  return checkLock(lock, hashed, releases);
}

/**
 * Thrown by {@link assertLocked} when the installed data is not what the lockfile locked: its
 * message is the report as `azerbaijan-data verify` prints it (each dataset, each figure old →
 * new, the changelog entry or the alteration), and `report` is the report itself.
 *
 * @example
 * ```ts
 * import { assertLocked, DataLockError, lockData, remittanceFlows } from 'azerbaijan-data';
 * const lock = JSON.parse(JSON.stringify(lockData([remittanceFlows])));
 * lock.datasets['remittance-flows'].version = '0.9.0';
 * const error = await assertLocked(lock).catch((e: unknown) => e);
 * error instanceof DataLockError; //=> true
 * (error as DataLockError).report.findings[0]!.id; //=> 'remittance-flows'
 * ```
 */
export class DataLockError extends Error {
  override readonly name = 'DataLockError';
  readonly report: VerifyReport;

  constructor(report: VerifyReport) {
    super(reportText(report).trimEnd());
    this.report = report;
  }
}

/**
 * {@link verifyData}, for a test suite that holds an article's numbers: resolves to the report
 * when the installed data is what the lockfile locked, and rejects with a {@link DataLockError}
 * naming each changed figure otherwise.
 *
 * @throws {DataLockError} (the promise rejects) when a locked dataset differs.
 * @throws {LockfileError} (the promise rejects) when the lockfile is not the shape `lockData` writes.
 *
 * @example
 * ```ts
 * import { assertLocked, lockData } from 'azerbaijan-data';
 * (await assertLocked(lockData())).ok; //=> true
 * ```
 */
export async function assertLocked(lockfile: unknown, options: VerifyOptions = {}): Promise<VerifyReport> {
  const report = await verifyData(lockfile, options);
  if (!report.ok) throw new DataLockError(report);
  return report;
}
