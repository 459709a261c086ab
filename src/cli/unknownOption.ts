import { closestNames } from './closestNames.js';

/**
 * The message for an option a command does not take: the closest of the options it takes as
 * "did you mean" (see `closestNames`), and where they are listed:
 * `list has no option --jsn. Did you mean --json? See "azerbaijan-data list --help".`
 *
 * @param command the command, such as `list`.
 * @param option the option as given, with its dashes (`--jsn`, `-x`).
 * @param known the long names of the options the command takes, without dashes (`json`, `help`).
 */
export function unknownOption(command: string, option: string, known: readonly string[]): string {
  const close = closestNames(option.replace(/^-+/, ''), known).map((name) => `--${name}`);
  const hint = close.length === 0 ? '' : ` Did you mean ${close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close.at(-1)}`}?`;
  return `${command} has no option ${option}.${hint} See "azerbaijan-data ${command} --help".`;
}
