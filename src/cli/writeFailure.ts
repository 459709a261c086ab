import { dirname } from 'node:path';

/**
 * A one-line message for a write that failed (`target` is a file name or "standard output"):
 * what went wrong in words, with the system's error code, never a stack trace.
 */
export function writeFailure(target: string, error: unknown): string {
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : undefined;
  const file = JSON.stringify(target);
  switch (code) {
    case 'ENOSPC':
      return `cannot write ${target === 'standard output' ? target : file}: no space left on the device (ENOSPC)`;
    case 'ENOENT':
      return `cannot write ${file}: the folder ${JSON.stringify(dirname(target))} does not exist; create it first (ENOENT)`;
    case 'ENOTDIR':
      return `cannot write ${file}: a part of its path is a file, not a folder (ENOTDIR)`;
    case 'EISDIR':
      return `cannot write ${file}: it is a folder; give a file name (EISDIR)`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${target === 'standard output' ? target : file}: permission denied (${code})`;
    case 'EROFS':
      return `cannot write ${file}: the file system is read-only (EROFS)`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `cannot write ${target === 'standard output' ? target : file}: ${message.split('\n')[0]}`;
    }
  }
}
