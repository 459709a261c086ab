import { editDistance } from '../helpers/editDistance.js';

/**
 * The names closest to `name` by edit distance, at most `max` (3) of them, nearest first (ties
 * in the order given); only names within a third of the longer length (at least 2 edits), or
 * that contain `name` or are contained in it, count as close. O(names × length²).
 */
export function closestNames(name: string, names: readonly string[], max = 3): string[] {
  const wanted = name.toLowerCase();
  return names
    .map((candidate, order) => {
      const lower = candidate.toLowerCase();
      const distance = editDistance(wanted, lower);
      const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
      const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
      return { candidate, order, distance, close: distance <= limit || contains };
    })
    .filter((c) => c.close)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, max)
    .map((c) => c.candidate);
}
