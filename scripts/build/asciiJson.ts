/**
 * JSON text in ASCII only: every character above U+007E written as a `\uXXXX` escape. V8 holds an
 * ASCII text as a one-byte string, half the memory of the two-byte string that a single "ə" forces,
 * and parses it faster; `JSON.parse` reads the escapes back to the same characters.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
