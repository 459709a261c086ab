import { describe, expect, it } from 'vitest';
import { assertLocked, DataLockError, datasets, LockfileError, lockData, remittanceFlows, migrationPolicyTimeline, verifyData } from 'azerbaijan-data';
import type { Lockfile } from 'azerbaijan-data';
import { checkLock } from '../../src/pinning/verify/checkLock.js';
import { releasesExplaining } from '../../src/pinning/verify/releasesExplaining.js';
import { reportText } from '../../src/pinning/verify/reportText.js';

// Issue 24, part 2: verifyData names each dataset and figure that differs from the lockfile, and
// why: a release (with the changelog entry), or an alteration outside a release.

type Json = Record<string, any>;
const copyOf = <T>(value: T): Json => JSON.parse(JSON.stringify(value)) as Json;

describe('verifyData', () => {
  it('finds the installed data to be what was locked, for every dataset', async () => {
    const report = await verifyData(lockData());
    expect(report.ok).toBe(true);
    expect(report.datasets).toBe(datasets.length);
    expect(report.findings).toEqual([]);
  });

  it('reads the lockfile as JSON text too', async () => {
    expect((await verifyData(JSON.stringify(lockData([remittanceFlows])))).ok).toBe(true);
  });

  it('reports a release: the version from → to, each figure old → new', async () => {
    // the lockfile of an earlier release: remittance-flows at 0.9.0 with another 2003 figure and one figure since dropped
    const lock = copyOf(lockData([remittanceFlows]));
    const locked = lock.datasets['remittance-flows'];
    locked.version = '0.9.0';
    locked.sha256 = 'e'.repeat(64);
    locked.figures['inward-remittances-2003'].value = 170;
    locked.figures['inward-remittances-1990'] = { qualifier: 'approximate', value: 1, unit: 'million-usd', period: '1990' };
    delete locked.figures['inward-remittances-2004'];
    const report = await verifyData(lock);
    expect(report.ok).toBe(false);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ id: 'remittance-flows', cause: 'release', altered: null, version: { from: '0.9.0', to: remittanceFlows.version } });
    expect(finding!.explanation).toMatch(/^version 0\.9\.0 → 1\.0\.0; /);
    expect(finding!.figures.map((f) => [f.id, f.change])).toEqual([
      ['inward-remittances-2003', 'changed'],
      ['inward-remittances-1990', 'dropped'],
      ['inward-remittances-2004', 'added'],
    ]);
  });

  it('reports content changed under the same version as altered outside a release', async () => {
    const lock = copyOf(lockData([remittanceFlows]));
    lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170;
    const [finding] = (await verifyData(lock)).findings;
    expect(finding).toMatchObject({ cause: 'altered', altered: 'same-version', releases: [] });
    expect(finding!.explanation).toMatch(/^altered outside a release: its content differs from the lockfile's while its version is still 1\.0\.0/);
    expect(finding!.figures).toEqual([{ id: 'inward-remittances-2003', change: 'changed', from: { qualifier: 'exact', value: 170, unit: 'million-usd', period: '2003' }, to: { qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' } }]);
  });

  it('reports installed data that does not hash to its sha256 as tampered, not as a release, naming the figure', async () => {
    const lock = lockData([remittanceFlows]);
    const tampered = copyOf(remittanceFlows);
    tampered.observations[0].value = 999; // the figure changed, the version and sha256 kept
    const report = await verifyData(lock, { datasets: [tampered as typeof remittanceFlows] });
    const [finding] = report.findings;
    expect(finding).toMatchObject({ id: 'remittance-flows', cause: 'altered', altered: 'content-hash', version: { from: '1.0.0', to: '1.0.0' } });
    expect(finding!.explanation).toMatch(/^altered outside a release: its content hashes to [0-9a-f]{64}, not to its declared sha256 f03f0147/);
    expect(finding!.figures).toMatchObject([{ id: tampered.observations[0].id, change: 'changed', to: { value: 999 } }]);
    // even with a new version written in: a version bump does not make altered content a release
    tampered.version = '1.0.1';
    expect((await verifyData(lock, { datasets: [tampered as typeof remittanceFlows] })).findings[0]).toMatchObject({ cause: 'altered', altered: 'content-hash' });
  });

  it('reports a locked dataset that is not installed', async () => {
    const report = await verifyData(lockData([remittanceFlows, migrationPolicyTimeline]), { datasets: [remittanceFlows] });
    expect(report.findings).toMatchObject([{ id: 'migration-policy-timeline', change: 'dropped', version: { from: migrationPolicyTimeline.version, to: null } }]);
    expect(report.findings[0]!.explanation).toMatch(/not installed: the installed package has no dataset "migration-policy-timeline"/);
  });

  it('rejects a malformed lockfile with a LockfileError, and bad options with a TypeError', async () => {
    await expect(verifyData({ lockfileVersion: 1, datasets: {} })).rejects.toBeInstanceOf(LockfileError);
    await expect(verifyData('not json')).rejects.toThrow(/^lockfile: is not JSON/);
    await expect(verifyData(lockData([remittanceFlows]), { datasets: 'all' as never })).rejects.toThrow(/options\.datasets must be an array/);
  });
});

describe('assertLocked', () => {
  it('resolves to the report when the data is what was locked', async () => {
    expect((await assertLocked(lockData([remittanceFlows]))).ok).toBe(true);
  });

  it('rejects with a DataLockError whose message names each changed figure old → new', async () => {
    const lock = copyOf(lockData([remittanceFlows]));
    lock.datasets['remittance-flows'].figures['inward-remittances-2003'].value = 170;
    const error = await assertLocked(lock).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataLockError);
    expect((error as DataLockError).report.findings).toHaveLength(1);
    expect((error as DataLockError).message).toContain('  changed inward-remittances-2003: 170 million-usd (2003) → 171 million-usd (2003)');
  });
});

describe('the release that explains a change', () => {
  const releases = [
    { version: '1.2.0', date: '2027-03-01', datasets: { a: '1.1.0', c: '1.0.0' } },
    { version: '1.0.0', date: '2027-01-01', datasets: { a: '1.0.0', b: '1.0.0' } },
    { version: '1.1.0', date: '2027-02-01', datasets: { a: '1.0.1', b: '1.0.0' } },
    { version: '1.2.1', date: '2027-03-02', datasets: { a: '1.1.0', c: '1.0.0' } },
  ];

  it('is each release in which the dataset reached a version in (old, new], oldest first', () => {
    expect(releasesExplaining('a', '1.0.0', '1.1.0', releases)).toEqual(['1.1.0', '1.2.0']);
    expect(releasesExplaining('a', '1.0.1', '1.1.0', releases)).toEqual(['1.2.0']);
    expect(releasesExplaining('a', '1.0.0', '1.0.1', releases)).toEqual(['1.1.0']);
    // a downgrade: the releases the installed data is older than
    expect(releasesExplaining('a', '1.1.0', '1.0.0', releases)).toEqual(['1.1.0', '1.2.0']);
    // added: the release that first shipped it; dropped: the release that first left it out
    expect(releasesExplaining('c', null, '1.0.0', releases)).toEqual(['1.2.0']);
    expect(releasesExplaining('b', '1.0.0', null, releases)).toEqual(['1.2.0']);
    expect(releasesExplaining('a', '1.1.0', '2.0.0', releases)).toEqual([]);
  });

  it('is named in the report: "see CHANGELOG.md, release X", or that no release lists the change', () => {
    const lock: Lockfile = { lockfileVersion: 1, package: { name: 'azerbaijan-data', version: '1.0.0' }, datasets: { 'remittance-flows': { ...lockData([remittanceFlows]).datasets['remittance-flows']!, version: '0.9.0' } } };
    const hashed = [{ dataset: remittanceFlows, contentSha256: remittanceFlows.sha256 }];
    const named = checkLock(lock, hashed, [{ version: '2.0.0', date: '2027-01-01', datasets: { 'remittance-flows': remittanceFlows.version } }]);
    expect(named.findings[0]!.releases).toEqual(['2.0.0']);
    expect(reportText(named, 'app.lock.json')).toBe(
      '1 of 1 locked dataset differs from app.lock.json (written from azerbaijan-data 1.0.0):\n\n' +
      'remittance-flows: version 0.9.0 → 1.0.0; see CHANGELOG.md, release 2.0.0\n' +
      "  no figure's value and no event's date changed\n",
    );
    const unnamed = checkLock(lock, hashed, []);
    expect(unnamed.findings[0]!.explanation).toBe('version 0.9.0 → 1.0.0; no release in CHANGELOG.md lists this change (installed from an unreleased build?)');
  });

  it('says in one line when the data is what was locked', () => {
    const lock = lockData([remittanceFlows]);
    expect(reportText(checkLock(lock, [{ dataset: remittanceFlows, contentSha256: remittanceFlows.sha256 }], []), 'app.lock.json'))
      .toBe(`The installed data is what app.lock.json locked: 1 dataset (written from azerbaijan-data ${lock.package.version}).\n`);
  });
});
