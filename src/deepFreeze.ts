/**
 * Freezes an object and everything reachable from it, so that consumers cannot corrupt
 * the library's shared data. Returns its argument. Runs in `O(n)` over the object's nodes.
 *
 * Call sites annotate each call as pure so that bundlers drop a frozen dataset that is never
 * used. The function itself must carry no "no side effects" annotation (esbuild reads one even
 * inside this comment): a bundler would then drop its own recursive call, whose result is
 * unused, and freeze only the top level. The bundle test checks that bundled data is frozen.
 * Internal: not part of the public API.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
