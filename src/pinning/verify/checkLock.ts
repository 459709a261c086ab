import compare from 'semver/functions/compare.js';
import { packageVersion } from '../../citation/packageVersion.js';
import { diffDataset } from '../lock/diffLocks.js';
import type { DatasetChange } from '../lock/diffLocks.js';
import { lockDataset } from '../lock/lockData.js';
import type { Lockable } from '../lock/lockData.js';
import type { Lockfile } from '../lock/lockfile.js';
import { releasesExplaining } from './releasesExplaining.js';
import type { Release } from './releasesExplaining.js';
import type { DatasetFinding, VerifyReport } from './verifyReport.js';

/** An installed dataset and the SHA-256 its content hashes to (computed by the caller: Web Crypto, or node:crypto). */
export interface Hashed {
  readonly dataset: Lockable;
  readonly contentSha256: string;
}

const changelog = (releases: readonly string[]): string =>
  `see CHANGELOG.md, release${releases.length === 1 ? '' : 's'} ${releases.join(', ')}`;

/** Why a dataset changed in a release, with the releases that explain it. */
function released(change: DatasetChange, releases: readonly Release[]): DatasetFinding {
  const { from, to } = change.version;
  const explaining = releasesExplaining(change.id, from, to, releases);
  const where = explaining.length > 0 ? changelog(explaining) : 'no release in CHANGELOG.md lists this change (installed from an unreleased build?)';
  let what: string;
  if (to === null) what = `locked at ${from}, not installed: the installed package has no dataset "${change.id}"`;
  else if (from === null) what = `added at ${to}`;
  else if (compare(from, to) > 0) what = `installed ${to} is older than the locked ${from} (the lockfile was written from a newer release)`;
  else what = `version ${from} → ${to}`;
  return { ...change, cause: 'release', altered: null, releases: explaining, explanation: `${what}; ${where}` };
}

/**
 * Compares a lockfile with the installed datasets, whose content hashes are given: the pure core
 * of `verifyData` and of `azerbaijan-data verify`.
 */
export function checkLock(lock: Lockfile, installed: readonly Hashed[], releases: readonly Release[]): VerifyReport {
  const byId = new Map(installed.map((h) => [h.dataset.id, h]));
  const findings: DatasetFinding[] = [];
  for (const [id, locked] of Object.entries(lock.datasets)) {
    const hashed = byId.get(id);
    if (hashed === undefined) {
      findings.push(released(diffDataset(id, locked, undefined)!, releases));
      continue;
    }
    const { dataset, contentSha256 } = hashed;
    const change = diffDataset(id, locked, lockDataset(dataset));
    if (contentSha256 !== dataset.sha256) {
      findings.push({
        ...(change ?? { id, change: 'changed', version: { from: locked.version, to: dataset.version }, sha256: { from: locked.sha256, to: dataset.sha256 }, figures: [], events: [] }),
        cause: 'altered',
        altered: 'content-hash',
        releases: [],
        explanation: `altered outside a release: its content hashes to ${contentSha256}, not to its declared sha256 ${dataset.sha256} (a figure, quote, relation, event or gap was changed after publication; reinstall azerbaijan-data)`,
      });
    } else if (change === null) {
      continue;
    } else if (change.version.from === change.version.to) {
      findings.push({
        ...change,
        cause: 'altered',
        altered: 'same-version',
        releases: [],
        explanation: `altered outside a release: its content differs from the lockfile's while its version is still ${dataset.version} (a release changes data only with a new version: the installed data or the lockfile was edited)`,
      });
    } else {
      findings.push(released(change, releases));
    }
  }
  return {
    ok: findings.length === 0,
    locked: { package: { name: lock.package.name, version: lock.package.version } },
    installed: { package: { name: 'azerbaijan-data', version: packageVersion } },
    datasets: Object.keys(lock.datasets).length,
    findings,
  };
}
