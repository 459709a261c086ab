import { spawnSync } from 'node:child_process';
import { it } from 'vitest';
import { strict } from './seeds.js';

// The programs some tests run besides Node (BibTeX, R, Python with pandas), each looked for,
// never assumed. Where one is missing, the tests that need it are skipped, each saying why in its
// name, and the run ends with one line naming the missing programs and the Debian packages that
// install them (tests/support/skippedChecksReporter.ts); with AZERBAIJAN_DATA_STRICT=1 (set by
// .ci/run, which installs them) a missing program fails those tests instead.

/** A program a test runs, where it is found. */
export interface Tool {
  /** What it is, for messages: "BibTeX". */
  readonly what: string;
  /** The Debian package that installs it. */
  readonly debian: string;
  /** The command to run it (a path or a name on PATH), or undefined where none works. */
  readonly command: string | undefined;
}

/** Whether `command args` runs and exits with 0. */
const runs = (command: string, args: readonly string[]): boolean => spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;

/** The first of the candidate commands that runs with `args`. */
const first = (candidates: readonly string[], args: readonly string[]): string | undefined => candidates.find((c) => runs(c, args));

const cache = new Map<string, Tool>();
function tool(what: string, debian: string, find: () => string | undefined): Tool {
  let t = cache.get(what);
  if (t === undefined) {
    t = { what, debian, command: find() };
    cache.set(what, t);
  }
  return t;
}

/** Classic BibTeX with its standard style plain.bst (Debian: texlive-binaries, and texlive-base for the styles). */
export const bibtex = (): Tool =>
  tool('BibTeX with plain.bst', 'texlive-binaries texlive-base', () => {
    const command = first(['/usr/bin/bibtex', 'bibtex'], ['--version']);
    return command !== undefined && runs('kpsewhich', ['plain.bst']) ? command : undefined;
  });

/** R's Rscript (Debian: r-base-core). */
export const rscript = (): Tool => tool('Rscript', 'r-base-core', () => first(['/usr/bin/Rscript', 'Rscript'], ['--version']));

/**
 * A Python 3 that imports pandas (Debian: python3-pandas): Debian's /usr/bin/python3 first, since
 * the `python3` on PATH may be another Python (a pyenv shim) without pandas.
 */
export const pandasPython = (): Tool => tool('Python 3 with pandas', 'python3-pandas', () => first(['/usr/bin/python3', 'python3'], ['-c', 'import pandas']));

/** Why a test that needs a missing program does not run, and how to install it. */
export const missingText = (t: Tool): string => `${t.what} not found (Debian: apt-get install ${t.debian})`;

/**
 * `it` for a test that needs a program: where it is found, the test; where not, a skipped test
 * whose name says why, or, under AZERBAIJAN_DATA_STRICT=1, a test that fails saying so.
 */
export function itWith(t: Tool): (name: string, fn: (command: string) => void | Promise<void>, timeout?: number) => void {
  return (name, fn, timeout) => {
    if (t.command !== undefined) it(name, () => fn(t.command!), timeout);
    else if (strict) {
      it(name, () => {
        throw new Error(`AZERBAIJAN_DATA_STRICT=1 and ${missingText(t)}: this test must run in CI`);
      });
    } else it.skip(`${name} (skipped: ${missingText(t)})`, () => undefined);
  };
}
