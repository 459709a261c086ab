import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { internationalMigration } from 'azerbaijan-data';
import { canonicalContent, sha256Hex, webCryptoMissing } from '../../src/schema/contentHash.js';

// Issue 27, part 2: where crypto.subtle is missing (a browser page served over plain HTTP), the
// error says that browsers provide it only on HTTPS pages and localhost, and what to do instead.
// Web Crypto is passed in, not stubbed: the test files share their globals (isolate: false).

describe('hashing without Web Crypto', () => {
  it('rejects with a message that says where browsers provide crypto.subtle, and to check in the build instead', async () => {
    const error = await sha256Hex('{}', undefined).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    const message = (error as TypeError).message;
    expect(message.startsWith('contentHash: needs Web Crypto (globalThis.crypto.subtle). Node provides it from version 19;')).toBe(true);
    expect(message).toMatch(/browsers provide it only on secure pages: HTTPS, or http:\/\/localhost/);
    expect(message).toMatch(/not a plain-HTTP address/);
    expect(message).toMatch(/in a test or the build step, with "npx azerbaijan-data verify azerbaijan-data\.lock\.json"/);
    expect(message).toBe(webCryptoMissing('contentHash'));
  });

  it('names the function that needed it', () => {
    expect(webCryptoMissing('assertHash')).toMatch(/^assertHash: needs Web Crypto/);
  });

  it('hashes with the SubtleCrypto it is given, as the build does', async () => {
    expect(await sha256Hex(canonicalContent(internationalMigration), webcrypto.subtle as never)).toBe(internationalMigration.sha256);
    // a SubtleCrypto that is there but fails: its error is not mistaken for a missing one
    const failing = { digest: () => Promise.reject(new Error('digest failed')) };
    await expect(sha256Hex('x', failing)).rejects.toThrow('digest failed');
  });
});
