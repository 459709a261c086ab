import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { datasets } from '../catalogue.js';
import { LockfileError } from '../pinning/lock/lockfileError.js';
import { parseLockfile } from '../pinning/lock/parseLockfile.js';
import { releases } from '../pinning/releases.js';
import { checkLock } from '../pinning/verify/checkLock.js';
import { reportText } from '../pinning/verify/reportText.js';
import { canonicalContent } from '../schema/contentHash.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { UsageError } from './usageError.js';

/** Why a lockfile cannot be read, in words. */
function readFailure(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const name = JSON.stringify(file);
  if (code === 'ENOENT') return `verify: cannot read ${name}: no such file (ENOENT); write a lockfile first with "azerbaijan-data lock"`;
  if (code === 'EISDIR') return `verify: cannot read ${name}: it is a folder; give the lockfile's name (EISDIR)`;
  if (code === 'EACCES' || code === 'EPERM') return `verify: cannot read ${name}: permission denied (${String(code)})`;
  return `verify: cannot read ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

/**
 * The `verify` command: compares the installed data with a lockfile. Exit code 0 when it is what
 * was locked, 1 when a locked dataset differs (the report names each figure, old → new, and the
 * changelog entry or the alteration outside a release).
 *
 * @throws {UsageError} when the lockfile is missing, cannot be read, or is not a lockfile.
 */
export function verifyCommand(file: string | undefined, mode: OutputMode): CommandOutput & { readonly code: number } {
  if (file === undefined) throw new UsageError('verify needs a lockfile, e.g. "azerbaijan-data verify azerbaijan-data.lock.json"; "azerbaijan-data lock" writes one');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(readFailure(file, e));
  }
  let lock;
  try {
    lock = parseLockfile(text);
  } catch (e) {
    if (e instanceof LockfileError) throw new UsageError(`verify: ${JSON.stringify(file)} is not a lockfile azerbaijan-data can read: ${e.message}`);
    throw e;
  }
  // Node's own SHA-256, synchronous: the same digest Web Crypto gives verifyData
  const hashed = datasets
    .filter((d) => Object.hasOwn(lock.datasets, d.id))
    .map((dataset) => ({ dataset, contentSha256: createHash('sha256').update(canonicalContent(dataset), 'utf8').digest('hex') }));
  const report = checkLock(lock, hashed, releases);
  const code = report.ok ? 0 : 1;
  if (mode.json) return { stdout: jsonDocument({ lockfile: file, ...report }), stderr: '', code };
  return { stdout: reportText(report, file), stderr: '', code };
}
