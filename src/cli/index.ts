#!/usr/bin/env node
// The azerbaijan-data command line: list, show, export, compare. `azerbaijan-data --help` says how.
import { writeSync } from 'node:fs';
import { run } from './run.js';
import { writeFailure } from './writeFailure.js';
import { terminalWidth } from './terminalWidth.js';

/**
 * A write to standard output or error that failed. A reader that stops early (`| head`) closes
 * the pipe: stop quietly, as other tools do. Any other failure (`> /dev/full`: no space left)
 * is one line on standard error, where it can still be written, and exit code 1: never an
 * uncaught exception with its stack trace.
 */
function writeFailed(stream: 'standard output' | 'standard error', error: unknown): never {
  if ((error as { code?: unknown } | null)?.code === 'EPIPE') process.exit(0);
  if (stream === 'standard output') {
    try {
      writeSync(2, `azerbaijan-data: ${writeFailure(stream, error)}\n`);
    } catch {
      // standard error cannot be written either: the exit code is all that is left
    }
  }
  process.exit(1);
}

process.stdout.on('error', (error) => writeFailed('standard output', error));
process.stderr.on('error', (error) => writeFailed('standard error', error));

/** Writes `text` to a stream; a write that throws at once is handled as one that fails later. */
function write(stream: NodeJS.WriteStream, name: 'standard output' | 'standard error', text: string): void {
  try {
    stream.write(text);
  } catch (error) {
    writeFailed(name, error);
  }
}

const result = run(process.argv.slice(2), { width: terminalWidth(process.stdout, process.env) });
if (result.stdout) write(process.stdout, 'standard output', result.stdout);
if (result.stderr) write(process.stderr, 'standard error', result.stderr);
process.exitCode = result.code;
