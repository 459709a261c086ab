import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the tests find what the repository does not hold: the five source documents (the
// figures' quotes are checked against them), the open-data extracts (in open-data/ of the same
// folder: every line a figure quotes is checked in them) and the standards profiles. Each is looked up, never
// assumed: the folder named by an environment variable, else a folder beside the project (as in
// CI, with ../shared beside the clone). Where neither exists, the tests that need it are skipped
// and the run says so in one line (tests/support/skippedChecksReporter.ts); with
// AZERBAIJAN_DATA_STRICT=1 (set by .ci/run) a missing folder or document fails the run instead
// (tests/support/globalSetup.ts).

/** The project root (the folder of package.json), ending in a slash. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Whether a missing folder or document must fail the run rather than skip checks. */
export const strict = process.env['AZERBAIJAN_DATA_STRICT'] === '1';

/** Where a folder of inputs is looked for: the environment variable, else the default folder. */
export interface Lookup {
  /** The environment variable that names the folder, e.g. `AZERBAIJAN_DATA_SOURCES`. */
  readonly variable: string;
  /** The folder used when the variable is unset, relative to the project root. */
  readonly fallback: string;
  /** What the folder holds, for messages: "the source documents". */
  readonly what: string;
  /** How to point the tests at it, where the variable and fallback alone do not say it. */
  readonly how?: string;
}

export const sourcesLookup: Lookup = { variable: 'AZERBAIJAN_DATA_SOURCES', fallback: '../shared/seeds/', what: 'the source documents' };
/**
 * The open-data extracts stand in `open-data/` of the folder of the source documents: the same
 * variable finds them (`AZERBAIJAN_DATA_SOURCES`, else `../shared/seeds/`).
 */
export const openDataLookup: Lookup = {
  variable: 'AZERBAIJAN_DATA_SOURCES',
  fallback: '../shared/seeds/',
  what: 'the open-data extracts',
  how: 'set AZERBAIJAN_DATA_SOURCES=<folder of the source documents> with the extracts in its open-data/ folder, or place them at ../shared/seeds/open-data/ beside the project',
};
export const standardsLookup: Lookup = { variable: 'AZERBAIJAN_DATA_STANDARDS', fallback: '../shared/standards/', what: 'the standards profiles' };

/**
 * The folder a lookup finds, ending in a slash, or undefined where it finds none. A folder named
 * by the variable must exist: a variable that names nothing is a mistake, and throws.
 */
export function lookUp(lookup: Lookup, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env[lookup.variable];
  if (named !== undefined && named !== '') {
    const dir = resolve(projectRoot, named);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new Error(`${lookup.variable}=${named} names no folder (${dir}); point it at the folder of ${lookup.what}, or unset it`);
    }
    return dir.endsWith('/') ? dir : `${dir}/`;
  }
  const dir = resolve(projectRoot, lookup.fallback);
  return existsSync(dir) && statSync(dir).isDirectory() ? `${dir}/` : undefined;
}

/** How to point the tests at a lookup's folder, for messages. */
export function howToPoint(lookup: Lookup): string {
  if (lookup.how !== undefined) return lookup.how;
  return `set ${lookup.variable}=<folder of ${lookup.what}> or place them at ${lookup.fallback} beside the project`;
}

/** The folder of the five source documents (`AZERBAIJAN_DATA_SOURCES`, else `../shared/seeds/`), or undefined. */
export function sourcesDir(): string | undefined {
  return lookUp(sourcesLookup);
}

/**
 * The folder of the open-data extracts, ending in a slash: `open-data/` in the folder of the source
 * documents (`AZERBAIJAN_DATA_SOURCES`, else `../shared/seeds/`), or undefined where there is none.
 */
export function openDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const seeds = lookUp(openDataLookup, env);
  if (seeds === undefined) return undefined;
  const dir = join(seeds, 'open-data');
  return existsSync(dir) && statSync(dir).isDirectory() ? `${dir}/` : undefined;
}

/** The folder of the standards profiles (`AZERBAIJAN_DATA_STANDARDS`, else `../shared/standards/`), or undefined. */
export function standardsDir(): string | undefined {
  return lookUp(standardsLookup);
}

/** The folder of the source documents, looked up once for this test file. */
export const seedsDir: string | undefined = sourcesDir();

/**
 * Whether the tests that read the source documents are skipped: where no folder holds them and
 * the run is not strict. Use as `describe.skipIf(withoutSources)(…)`. Under
 * AZERBAIJAN_DATA_STRICT=1 they run, and fail on the missing folder.
 */
export const withoutSources: boolean = seedsDir === undefined && !strict;

/** The folder of the open-data extracts, looked up once for this test file. */
export const extractsDir: string | undefined = openDataDir();

/**
 * Whether the tests that read the open-data extracts are skipped: where no folder holds them and
 * the run is not strict. Under AZERBAIJAN_DATA_STRICT=1 they run, and fail on the missing folder.
 */
export const withoutOpenData: boolean = extractsDir === undefined && !strict;

/** The folder of the open-data extracts, or an error that says how to point the tests at it. */
export function requireExtractsDir(): string {
  if (extractsDir === undefined) throw new Error(`${openDataLookup.what} were not found: ${howToPoint(openDataLookup)}`);
  return extractsDir;
}

/** A release's extract as its MANIFEST.json declares it: the file name and the sha256 of its bytes. */
export interface DeclaredExtract {
  readonly file: string;
  readonly sha256: string;
}

/**
 * The extracts a release folder's MANIFEST.json declares, or an empty list where the folder has no
 * manifest: each file with the sha256 of its bytes, and, where an extract was written from a
 * binary data file (`from_file`, as UNHCR's R data files), that file with its `rda_sha256` too.
 */
export function manifestExtracts(dir: string): DeclaredExtract[] {
  const path = join(dir, 'MANIFEST.json');
  if (!existsSync(path)) return [];
  const extracts = (JSON.parse(readFileSync(path, 'utf8')) as { extracts: (DeclaredExtract & { from_file?: string; rda_sha256?: string })[] }).extracts;
  return extracts.flatMap((e) => [
    { file: e.file, sha256: e.sha256 },
    ...(e.from_file !== undefined && e.rda_sha256 !== undefined ? [{ file: e.from_file, sha256: e.rda_sha256 }] : []),
  ]);
}

/**
 * What is wrong with a release folder of open-data extracts: a missing folder or manifest, and
 * one line per extract that is missing or whose bytes do not have the sha256 of its manifest.
 */
export function extractProblems(dir: string): string[] {
  if (!existsSync(dir)) return [`the release folder ${dir} is missing`];
  if (!existsSync(join(dir, 'MANIFEST.json'))) return [`${dir} has no MANIFEST.json`];
  return documentProblems(dir, manifestExtracts(dir)).map((p) => p.replace('the source record declares', 'its MANIFEST.json declares'));
}

/** Collapses every run of white space to one space, as the quote check compares texts. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function requireSeedsDir(): string {
  if (seedsDir === undefined) throw new Error(`${sourcesLookup.what} were not found: ${howToPoint(sourcesLookup)}`);
  return seedsDir;
}

const cache = new Map<string, string>();

/** The whitespace-normalised text of a source document, by file name. */
export function seedText(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    const path = join(requireSeedsDir(), file);
    if (!existsSync(path)) throw new Error(`the source document ${file} is not in ${seedsDir}`);
    text = normaliseSpace(readFileSync(path, 'utf8'));
    cache.set(file, text);
  }
  return text;
}

/** The file names of the source documents in the folder (files named like `003_d94e756ed0cfba1e.txt`). */
export function seedFiles(): string[] {
  return readdirSync(requireSeedsDir()).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).sort();
}

/** A document as a source record declares it: its file name and the sha256 of its bytes. */
export interface DeclaredDocument {
  readonly id?: string;
  readonly file: string;
  readonly sha256: string;
}

/**
 * What is wrong with the documents of a folder against their source records: one line per
 * document that is missing, or whose bytes do not have the declared sha256 (a different file).
 * Empty when every declared document is there and is the one declared.
 */
export function documentProblems(dir: string, declared: readonly DeclaredDocument[]): string[] {
  const problems: string[] = [];
  for (const d of declared) {
    const path = join(dir, d.file);
    const name = d.id === undefined ? d.file : `${d.file} (source ${d.id})`;
    if (!existsSync(path)) {
      problems.push(`${name} is missing from ${dir}`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (actual !== d.sha256) problems.push(`${name} in ${dir} is a different file: its sha256 is ${actual}, the source record declares ${d.sha256}`);
  }
  return problems;
}
