#!/usr/bin/env node
// The azerbaijan-data command line: list, show, export, compare. `azerbaijan-data --help` says how.
import { run } from './run.js';
import { terminalWidth } from './terminalWidth.js';

// A reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do.
const quietOnClosedPipe = (error: NodeJS.ErrnoException): void => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);

const result = run(process.argv.slice(2), { width: terminalWidth(process.stdout, process.env) });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
