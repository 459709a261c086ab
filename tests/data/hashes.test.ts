import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { contentHash } from '../../scripts/canonicalContent.js';

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
});
