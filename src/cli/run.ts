import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { compare } from './compare.js';
import { exportDataset } from './exportDataset.js';
import { findDataset } from './findDataset.js';
import { help } from './help.js';
import { list } from './list.js';
import { show } from './show.js';
import { UsageError, nameList } from './usageError.js';
import { version } from './version.js';
import type { CommandOutput } from './commandOutput.js';
import { layoutWidth } from './terminalWidth.js';
import { wrapText } from './wrapText.js';

/** What a run of the command line prints and its exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const commands = ['list', 'show', 'export', 'compare'] as const;
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

/** How many arguments each command takes and which options besides --help. */
const usage: Record<Command, { positionals: number; options: readonly string[] }> = {
  list: { positionals: 0, options: ['json'] },
  show: { positionals: 1, options: ['json'] },
  export: { positionals: 1, options: ['format', 'output'] },
  compare: { positionals: 1, options: ['json'] },
};

function parse(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
}

function runCommand(command: Command, args: string[], width: number): CommandOutput {
  const { values, positionals } = parse(command, args);
  if (values.help) return { stdout: help[command], stderr: '' };
  const rule = usage[command];
  const extra = Object.keys(values).filter((k) => k !== 'help' && !rule.options.includes(k));
  if (extra.length > 0) throw new UsageError(`${command} has no option --${extra[0]}; see "azerbaijan-data ${command} --help"`);
  if (positionals.length > rule.positionals) {
    throw new UsageError(`${command} takes ${rule.positionals === 0 ? 'no argument' : 'one argument'}, received ${nameList(positionals)}`);
  }
  const mode = { json: values.json === true, width };
  switch (command) {
    case 'list':
      return list(mode);
    case 'show':
      return show(findDataset(positionals[0], command), mode);
    case 'compare':
      return compare(positionals[0], mode);
    case 'export': {
      const dataset = findDataset(positionals[0], command);
      const text = exportDataset(dataset, values.format ?? 'csv');
      if (values.output === undefined) return { stdout: text, stderr: '' };
      writeFileSync(values.output, text);
      return { stdout: '', stderr: '' };
    }
  }
}

/** How a run lays out its text: `width`, the line width its tables and messages fit (default 100). */
export interface RunOptions {
  readonly width?: number | undefined;
}

/**
 * Runs the command line on its arguments (without `node` and the script) and returns what it
 * prints and its exit code: 0 when done, 2 for a command line it cannot run, 1 when `export
 * --output` cannot write its file. Writes a file only for `export --output`.
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
    if (!isCommand(first)) throw new UsageError(`unknown command "${first}". The commands are ${nameList(commands)}; see "azerbaijan-data --help"`);
    return { ...runCommand(first, rest, width), code: 0 };
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `${wrapText(`azerbaijan-data: ${e.message}`, width).join('\n')}\n`, code: 2 };
    // a file --output cannot write (no such folder, no permission): say so, without a stack trace
    if (typeof (e as NodeJS.ErrnoException).code === 'string') return { stdout: '', stderr: `azerbaijan-data: ${(e as Error).message}\n`, code: 1 };
    throw e;
  }
}
