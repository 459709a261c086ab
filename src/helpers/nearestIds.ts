import { editDistance } from './editDistance.js';

/**
 * The `count` known ids closest to `id`, for an error message's "closest" list: ids that contain
 * it (or that it contains) first, then by edit distance; ties keep the known ids' order.
 */
export function nearestIds(id: string, known: readonly string[], count = 3): string[] {
  return known
    .map((k, i) => ({ k, i, d: editDistance(id, k) - (k.includes(id) || id.includes(k) ? 1000 : 0) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, count)
    .map((x) => x.k);
}
