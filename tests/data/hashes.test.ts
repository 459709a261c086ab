import { describe, expect, it } from 'vitest';
import { datasets, lockData, remittanceFlows } from 'azerbaijan-data';
import { contentHash } from '../../scripts/canonicalContent.js';
import { lastRelease } from '../../scripts/release/snapshots.js';
import { unreleasedChanges, versionProblems } from '../../scripts/release/unreleasedChanges.js';
import { corrected } from '../versions/correctedLock.js';

const root = new URL('../..', import.meta.url).pathname;

describe('content hashes', () => {
  it('every dataset carries the sha256 of its current canonical content', () => {
    const stale = datasets
      .filter((d) => contentHash(d) !== d.sha256)
      .map((d) => `${d.id}: sha256 is stale; run npm run data:hash, bump its version ${d.version} and add a changeset`);
    expect(stale).toEqual([]);
  });

  it('a changed figure changes the hash', () => {
    const d = datasets[0];
    const [first, ...rest] = d.observations;
    const changed = { ...d, observations: [{ ...first!, quote: `${first!.quote} ` }, ...rest] };
    expect(contentHash(changed)).not.toBe(contentHash(d));
  });

  it('every dataset whose content changed since the last release (releases/<version>.lock.json) has a higher data version', () => {
    const last = lastRelease(root);
    expect(versionProblems(unreleasedChanges(last?.lock, lockData()), last?.version ?? 'none')).toEqual([]);
  });

  it('a content change at the same data version is named, with the version to bump', () => {
    const base = lockData([remittanceFlows]);
    const version = base.datasets['remittance-flows']!.version;
    expect(versionProblems(unreleasedChanges(base, corrected(base, version)), '1.0.0')).toEqual([expect.stringMatching(new RegExp(`^remittance-flows: its content changed since release 1\\.0\\.0 \\(sha256 [0-9a-f]{12}… → f{12}…\\) but its data version is ${version.replace(/\./g, '\\.')}, not above`))]);
    expect(versionProblems(unreleasedChanges(base, corrected(base, '9.0.0')), '1.0.0')).toEqual([]);
  });
});
