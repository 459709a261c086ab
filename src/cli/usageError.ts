import { closestNames } from './closestNames.js';

/**
 * A command line the CLI cannot run: an unknown command, option, dataset id, measure or format.
 * The CLI prints its message and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `"a", "b" and "c"` (or `"a", "b" or "c"`): a list of names for an error message. */
export function nameList(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '(none)') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

/**
 * The message for an unknown name: the closest few known names as "did you mean" (see
 * `closestNames`), and where the whole list is found, never the whole list itself:
 * `unknown dataset "international-migratoin". Did you mean "international-migration"? …`.
 */
export function unknownName(kind: string, name: string, known: readonly string[], whereListed: string): string {
  const close = closestNames(name, known);
  const hint = close.length === 0 ? `No ${kind} has a similar name.` : didYouMean(close);
  return `unknown ${kind} "${name}". ${hint} ${whereListed[0]!.toUpperCase()}${whereListed.slice(1)}.`;
}

/** The most names a "did you mean" gives; the others are counted. */
const shown = 12;

/**
 * `Did you mean "a", "b" or "c"?` for the names `closestNames` gives, at most 12 of them, the
 * others counted (`… or "l" (and 3 more)?`).
 */
export function didYouMean(close: readonly string[]): string {
  const more = close.length - shown;
  return `Did you mean ${nameList(close.slice(0, shown), 'or')}${more > 0 ? ` (and ${more} more)` : ''}?`;
}
