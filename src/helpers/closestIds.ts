import { editDistance } from './editDistance.js';

/**
 * The known ids closest to `name`, at most `max` (3) of them, closest first: the one ranking of
 * "did you mean" behind every unknown-id message of the library (`observation`, `byMeasure`,
 * `estimates`, `cite`) and of the command line. Ids are compared without regard to case, by edit
 * distance (insertions, deletions, substitutions); an id counts as close when it is within a
 * third of the longer length (at least 2 edits) or when one contains the other (3 characters or
 * more). Close ids are ranked by distance, then those that contain or are contained first, then
 * in the order given; the first `max` are kept, and besides them every id that contains the
 * name (3 characters or more), however many: `remittances` gives every measure with
 * "remittances" in its id. O(ids × length²). Internal: not exported from the package.
 */
export function closestIds(name: string, known: readonly string[], max = 3): string[] {
  const wanted = name.toLowerCase();
  return known
    .map((candidate, order) => {
      const lower = candidate.toLowerCase();
      const distance = editDistance(wanted, lower);
      const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
      const contains = Math.min(wanted.length, lower.length) >= 3 && (lower.includes(wanted) || wanted.includes(lower));
      const containsName = wanted.length >= 3 && lower.includes(wanted);
      return { candidate, order, distance, contains, containsName, close: distance <= limit || contains };
    })
    .filter((c) => c.close)
    .sort((a, b) => a.distance - b.distance || Number(b.contains) - Number(a.contains) || a.order - b.order)
    .filter((c, i) => i < max || c.containsName)
    .map((c) => c.candidate);
}
