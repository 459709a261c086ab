/** The edit distance between two strings (insertions, deletions and substitutions), in O(a·b). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

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
