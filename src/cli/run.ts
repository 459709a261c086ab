import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { citeCommand } from './cite.js';
import { compare } from './compare.js';
import { exportDataset } from './exportDataset.js';
import { findDataset } from './findDataset.js';
import { LOCKFILE_NAME } from '../pinning/lock/lockfile.js';
import { help } from './help.js';
import { list } from './list.js';
import { lockCommand } from './lock.js';
import { show } from './show.js';
import { terminalSafe } from './terminalSafe.js';
import { unknownOption } from './unknownOption.js';
import { UsageError, nameList, unknownName } from './usageError.js';
import { verifyCommand } from './verify.js';
import { version } from './version.js';
import { writeFailure } from './writeFailure.js';
import type { CommandOutput } from './commandOutput.js';
import { layoutWidth } from './terminalWidth.js';
import { wrapText } from './wrapText.js';

/** What a run of the command line prints and its exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const commands = ['list', 'show', 'export', 'compare', 'cite', 'lock', 'verify'] as const;
type Command = (typeof commands)[number];

function isCommand(name: string | undefined): name is Command {
  return (commands as readonly (string | undefined)[]).includes(name);
}

const options = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;

/** How many arguments each command takes (and what they are, for a message) and which options besides --help. */
const usage: Record<Command, { positionals: number; arguments: string; options: readonly string[] }> = {
  list: { positionals: 0, arguments: 'no argument', options: ['json'] },
  show: { positionals: 1, arguments: 'one argument (a dataset id)', options: ['json'] },
  export: { positionals: 1, arguments: 'one argument (a dataset id)', options: ['format', 'output'] },
  compare: { positionals: 1, arguments: 'one argument (a measure)', options: ['json'] },
  cite: { positionals: 2, arguments: 'at most two arguments (a dataset id, then a figure id)', options: ['format'] },
  lock: { positionals: Infinity, arguments: 'dataset ids', options: ['output'] },
  verify: { positionals: 1, arguments: 'one argument (a lockfile)', options: ['json'] },
};

function parse(command: Command, args: string[]) {
  // an option no command takes (a misspelling): name the closest the command takes
  const loose = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of loose.tokens) {
    if (token.kind === 'option' && !Object.hasOwn(options, token.name)) throw new UsageError(unknownOption(command, token.rawName, ['help', ...usage[command].options]));
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
  // parseArgs keeps the last of a repeated option: refuse the command line instead of guessing
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`${command}: option --${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  return parsed;
}

/** Writes an export to `--output` (standard output for `-`); a write that fails is a {@link WriteError}. */
function writeOutput(file: string, text: string): string {
  if (file === '-') return text;
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new WriteError(writeFailure(file, e));
  }
  return '';
}

/** A file `export --output` could not write: the CLI prints its message and exits with code 1. */
class WriteError extends Error {
  override readonly name = 'WriteError';
}

function runCommand(command: Command, args: string[], width: number): CommandOutput {
  const { values, positionals } = parse(command, args);
  if (values.help) return { stdout: help[command], stderr: '' };
  const rule = usage[command];
  const extra = Object.keys(values).filter((k) => k !== 'help' && !rule.options.includes(k));
  if (extra.length > 0) throw new UsageError(unknownOption(command, `--${extra[0]}`, ['help', ...rule.options]));
  if (positionals.length > rule.positionals) throw new UsageError(`${command} takes ${rule.arguments}, received ${nameList(positionals)}`);
  const mode = { json: values.json === true, width };
  switch (command) {
    case 'list':
      return list(mode);
    case 'show':
      return show(findDataset(positionals[0], command), mode);
    case 'compare':
      return compare(positionals[0], mode);
    case 'cite':
      return { stdout: citeCommand(positionals[0], positionals[1], values.format ?? 'text'), stderr: '' };
    case 'export': {
      const dataset = findDataset(positionals[0], command);
      const text = exportDataset(dataset, values.format ?? 'csv');
      if (values.output === undefined) return { stdout: text, stderr: '' };
      return { stdout: writeOutput(values.output, text), stderr: '' };
    }
    case 'lock': {
      const { text, summary } = lockCommand(positionals);
      const file = values.output ?? LOCKFILE_NAME;
      return { stdout: writeOutput(file, text), stderr: `${summary}${file === '-' ? '' : ` to ${file}`}\n` };
    }
    case 'verify':
      return verifyCommand(positionals[0], mode);
  }
}

/**
 * The result of a run that failed: its message on standard error, made safe for a terminal;
 * wrapped to `width` where one is given (a usage message), else one line (a failed write, whose
 * path a script may read).
 */
function failure(message: string, code: number, width?: number): CliResult {
  const line = `azerbaijan-data: ${terminalSafe(message)}`;
  return { stdout: '', stderr: `${width === undefined ? line : wrapText(line, width).join('\n')}\n`, code };
}

/** How a run lays out its text: `width`, the line width its tables and messages fit (default 100). */
export interface RunOptions {
  readonly width?: number | undefined;
}

/**
 * Runs the command line on its arguments (without `node` and the script) and returns what it
 * prints and its exit code: 0 when done, 2 for a command line it cannot run (an unknown command,
 * option, dataset, measure or format; an option given twice; a lockfile verify cannot read), 1
 * when `export --output` or `lock` cannot write its file (a missing folder is not created: the
 * message says to create it) or when `verify` finds data that differs from its lockfile. Writes a
 * file only for `export --output <file>` and `lock`; `--output -` is standard output. Never throws: the
 * arguments echoed in a message have their control characters escaped, and an unexpected error
 * is one line with exit code 1, without a stack trace.
 */
export function run(argv: readonly string[], options: RunOptions = {}): CliResult {
  const width = layoutWidth(options.width);
  const [first, ...rest] = argv;
  try {
    if (first === undefined) return { stdout: '', stderr: help.main, code: 2 };
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      return { stdout: isCommand(topic) ? help[topic] : help.main, stderr: '', code: 0 };
    }
    if (first === '--version' || first === '-v') return { stdout: `${version}\n`, stderr: '', code: 0 };
    if (!isCommand(first)) throw new UsageError(unknownName('command', first, commands, `the commands are ${nameList(commands)}; see "azerbaijan-data --help"`));
    const output = runCommand(first, rest, width);
    return { stdout: output.stdout, stderr: output.stderr, code: output.code ?? 0 };
  } catch (e) {
    if (e instanceof UsageError) return failure(e.message, 2, width);
    // a file --output cannot write (no such folder, no permission): say so, without a stack trace
    if (e instanceof WriteError) return failure(e.message, 1);
    return failure(`internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (please report it)`, 1);
  }
}
