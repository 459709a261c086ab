/**
 * A command line the CLI cannot run: an unknown command, option, dataset id, measure or format.
 * The CLI prints its message and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `"a", "b" and "c"`: a list of names for an error message. */
export function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '(none)') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
