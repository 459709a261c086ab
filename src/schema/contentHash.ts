/**
 * The canonical content of a dataset and its SHA-256, computed at run time exactly as the build
 * computes them (`scripts/canonicalContent.ts`, with the `canonicalize` package): RFC 8785
 * canonical JSON of `{ observations, relations, events, gaps }`, hashed with Web Crypto so that
 * it runs in Node (19 and later) and in browsers alike. Imports no zod.
 */

/** The parts of a dataset its hash covers (written out where exported, so that the docs show it). */
type Hashable = { readonly observations: unknown; readonly relations: unknown; readonly events: unknown; readonly gaps: unknown };

/** Whether a string holds a UTF-16 surrogate without its pair (it has no UTF-8 form). */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, numbers in
 * ECMAScript's shortest round-trip form, strings as JSON.stringify writes them, no white space.
 * Object members whose value is `undefined` are left out, as JSON.stringify leaves them out.
 *
 * @throws {TypeError} on a value JSON cannot hold: NaN, ±Infinity, a lone surrogate, a cycle,
 * a bigint, a function or a symbol where a value is needed.
 */
export function canonicalJson(value: unknown, seen: Set<object> = new Set()): string {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'string':
      if (hasLoneSurrogate(value)) throw new TypeError('canonicalJson: a string holds a lone surrogate, which has no UTF-8 form');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  if (value === null) return 'null';
  if (seen.has(value)) throw new TypeError('canonicalJson: the value holds a cycle');
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      items[i] = item === undefined || typeof item === 'symbol' ? 'null' : canonicalJson(item, seen);
    }
    text = `[${items.join(',')}]`;
  } else {
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'symbol') continue;
      members.push(`${canonicalJson(key)}:${canonicalJson(item, seen)}`);
    }
    text = `{${members.join(',')}}`;
  }
  seen.delete(value);
  return text;
}

/** The canonical content of a dataset: what its `sha256` is the hash of. */
export function canonicalContent(dataset: Hashable): string {
  return canonicalJson({ observations: dataset.observations, relations: dataset.relations, events: dataset.events, gaps: dataset.gaps });
}

/**
 * The SHA-256 of a dataset's canonical content (`{ observations, relations, events, gaps }` in
 * RFC 8785 canonical JSON, UTF-8), as 64 lower-case hex digits: what its `sha256` must be.
 * Asynchronous, through Web Crypto (`globalThis.crypto.subtle`: Node 19 and later, browsers).
 *
 * @throws {TypeError} when the content has no JSON form, or Web Crypto is not available (browsers
 * provide it only on HTTPS pages and localhost: the message says so, and to check in the build).
 *
 * @example
 * ```ts
 * import { contentHash } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * (await contentHash(internationalMigration)) === internationalMigration.sha256; //=> true
 * ```
 */
export async function contentHash(dataset: {
  readonly observations: unknown;
  readonly relations: unknown;
  readonly events: unknown;
  readonly gaps: unknown;
}): Promise<string> {
  return sha256Hex(canonicalContent(dataset), (globalThis as { crypto?: { subtle?: SubtleCryptoLike } }).crypto?.subtle);
}

/**
 * The message of the error thrown where Web Crypto is missing. Browsers give `crypto.subtle`
 * only to secure pages (HTTPS, and http://localhost), so a page served over plain HTTP from any
 * other address has none: say so, and where to check the data instead.
 */
export function webCryptoMissing(caller: string): string {
  return `${caller}: needs Web Crypto (globalThis.crypto.subtle). Node provides it from version 19; browsers provide it only on secure pages: ` +
    'HTTPS, or http://localhost and http://127.0.0.1, not a plain-HTTP address (a LAN IP, a staging host). ' +
    'Serve the page over HTTPS, or check the data before it reaches the browser, where Web Crypto is available: ' +
    'in a test or the build step, with "npx azerbaijan-data verify azerbaijan-data.lock.json" (a lockfile written by "npx azerbaijan-data lock") or verifyData() in Node';
}

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits, computed by `subtle` (Web
 * Crypto's SubtleCrypto; `undefined` where the platform has none, which throws).
 *
 * @throws {TypeError} when `subtle` is undefined: the message says where browsers provide it.
 */
export async function sha256Hex(text: string, subtle: SubtleCryptoLike | undefined, caller = 'contentHash'): Promise<string> {
  if (subtle === undefined) throw new TypeError(webCryptoMissing(caller));
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  const bytes = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += bytes[i]!.toString(16).padStart(2, '0');
  return hex;
}

/** The part of Web Crypto's SubtleCrypto that {@link contentHash} uses. */
export interface SubtleCryptoLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
