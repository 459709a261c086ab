/**
 * Reading the open-data extracts: a release folder's MANIFEST.json, and each extract file it
 * lists, checked against the manifest's sha256 and line ending, split into lines as written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './importError.js';

/** One extract as its manifest describes it. */
export interface ManifestEntry {
  readonly file: string;
  readonly upstream_repository: string;
  readonly upstream_path: string;
  readonly commit: string;
  readonly data_rows: number;
  readonly line_ending: 'LF' | 'CRLF';
  readonly sha256: string;
}

/** A release folder's MANIFEST.json (the fields the importer reads). */
export interface Manifest {
  readonly folder: string;
  readonly extracts: readonly ManifestEntry[];
}

/** One line of a data file: its 1-based number, its text without the line ending, and its fields by header name. */
export interface Row {
  readonly line: number;
  readonly text: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** A datapoint extract: its header fields and its data rows. */
export interface DataFile {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

/** Reads and parses a release folder's MANIFEST.json. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'MANIFEST.json');
  if (!existsSync(path)) throw new ImportError(`no MANIFEST.json in ${dir}: expected the manifest of a release folder`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!Array.isArray(manifest.extracts) || manifest.extracts.length === 0) {
    throw new ImportError(`${path}: expected "extracts", a list of the extract files, got ${JSON.stringify(manifest.extracts)}`);
  }
  return manifest;
}

/** The SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The bytes of an extract, after checking them against the manifest: the file exists, its
 * sha256 is the manifest's, and every line ends as the manifest says (LF or CRLF).
 */
export function readExtractBytes(dir: string, entry: ManifestEntry): Buffer {
  const path = join(dir, entry.file);
  if (!existsSync(path)) throw new ImportError(`${entry.file} is listed in ${join(dir, 'MANIFEST.json')} but missing from ${dir}`);
  const bytes = readFileSync(path);
  const actual = sha256(bytes);
  if (actual !== entry.sha256) {
    throw new ImportError(`${join(dir, entry.file)} has sha256 ${actual}, its manifest declares ${entry.sha256}: a changed extract needs its manifest entry updated (sha256, data_rows) before it is imported`);
  }
  return bytes;
}

/** Splits text into its lines as written, without line endings, checking the ending of every line. */
export function splitLines(text: string, ending: 'LF' | 'CRLF', file: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  else throw new ImportError(`${file}: the last line has no line ending; expected every line to end with ${ending}`);
  return parts.map((p, i) => {
    const crlf = p.endsWith('\r');
    if (crlf !== (ending === 'CRLF')) throw new ImportError(`${file}: line ${i + 1} ends with ${crlf ? 'CRLF' : 'LF'}, the manifest says ${ending}`);
    return crlf ? p.slice(0, -1) : p;
  });
}

/**
 * A datapoint extract as rows: the header is line 1, each data line is split at its commas
 * (datapoint files carry no quoted fields; one that does is refused), and the number of data
 * rows must be the manifest's.
 */
export function readDataFile(dir: string, entry: ManifestEntry): DataFile {
  const lines = splitLines(readExtractBytes(dir, entry).toString('utf8'), entry.line_ending, entry.file);
  const [head, ...data] = lines;
  if (head === undefined) throw new ImportError(`${entry.file}: empty file, expected a header line`);
  const header = head.split(',');
  const rows = data.map((text, i): Row => {
    if (text.includes('"')) throw new ImportError(`${entry.file}: line ${i + 2} has a quoted field; a datapoint line is plain comma-separated fields`);
    const cells = text.split(',');
    if (cells.length !== header.length) throw new ImportError(`${entry.file}: line ${i + 2} has ${cells.length} fields, the header ${header.length}`);
    return { line: i + 2, text, fields: Object.fromEntries(header.map((h, j) => [h, cells[j]!])) };
  });
  if (rows.length !== entry.data_rows) throw new ImportError(`${entry.file}: ${rows.length} data rows, the manifest says ${entry.data_rows}`);
  return { name: entry.file, header, rows };
}
