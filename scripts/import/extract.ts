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
  /** The binary file of the release the extract was written from (UNHCR's `rda/population.rda`), and its sha256. */
  readonly from_file?: string;
  readonly rda_sha256?: string;
  /** Where the manifest names them once for all its extracts, the entry may leave out `upstream_repository` and `commit`. */
  readonly upstream_repository?: string;
  readonly upstream_path: string;
  readonly commit?: string;
  /** The commit of an extract of another version than the manifest's (UNHCR's edition 2022.12.0). */
  readonly upstream_commit?: string;
  readonly data_rows: number;
  readonly line_ending: 'LF' | 'CRLF';
  readonly sha256: string;
}

/** A release folder's MANIFEST.json (the fields the importer reads). */
export interface Manifest {
  readonly folder: string;
  readonly upstream_repository?: string;
  readonly commit?: string;
  readonly extracts: readonly ManifestEntry[];
}

/** One line of a data file: its 1-based number, its text without the line ending, and its fields by header name. */
export interface Row {
  readonly line: number;
  readonly text: string;
  /** The value of each field: a quoted field without its quotes. */
  readonly fields: Readonly<Record<string, string>>;
  /** Each field as written in the line, quotes included: an unquoted `NA` is R's missing value, a quoted "NA" a code. */
  readonly cells: Readonly<Record<string, string>>;
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
  if (entry.from_file !== undefined) checkWrittenFrom(dir, entry);
  return bytes;
}

/** The binary file an extract was written from: present, and with the manifest's sha256 (`rda_sha256`). */
export function checkWrittenFrom(dir: string, entry: ManifestEntry): void {
  const from = entry.from_file!;
  const path = join(dir, from);
  if (entry.rda_sha256 === undefined) throw new ImportError(`${entry.file}: its manifest entry names from_file ${from} without its rda_sha256`);
  if (!existsSync(path)) throw new ImportError(`${entry.file} was written from ${from}, which is missing from ${dir}`);
  const actual = sha256(readFileSync(path));
  if (actual !== entry.rda_sha256) throw new ImportError(`${path} has sha256 ${actual}, the manifest declares ${entry.rda_sha256} (rda_sha256 of ${entry.file})`);
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
 * The fields of one CSV line as written (RFC 4180: a field is bare, or quoted with `""` for a
 * quote inside; no line of these extracts holds a line break inside a field). Each field keeps
 * its quotes, so that an unquoted `NA` (R's missing value) and a quoted `"NA"` stay apart.
 */
export function splitCsvLine(text: string, file: string, line: number): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    let end: number;
    if (text[at] === '"') {
      end = at + 1;
      for (;;) {
        const q = text.indexOf('"', end);
        if (q < 0) throw new ImportError(`${file}: line ${line} has a quoted field that does not end`);
        if (text[q + 1] === '"') end = q + 2;
        else {
          end = q + 1;
          break;
        }
      }
      if (end < text.length && text[end] !== ',') throw new ImportError(`${file}: line ${line} has text after a quoted field, at column ${end + 1}`);
    } else {
      const comma = text.indexOf(',', at);
      end = comma < 0 ? text.length : comma;
      if (text.slice(at, end).includes('"')) throw new ImportError(`${file}: line ${line} has a quote inside a bare field`);
    }
    cells.push(text.slice(at, end));
    if (end >= text.length) return cells;
    at = end + 1;
  }
}

/** The value of a field as written: a quoted field without its quotes, `""` read as one quote. */
export function fieldValue(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/**
 * A data extract as rows: the header is line 1, each data line is split into its fields (bare,
 * or quoted as R's write.csv and IDMC quote them), and the number of data rows must be the
 * manifest's.
 */
export function readDataFile(dir: string, entry: ManifestEntry): DataFile {
  const lines = splitLines(readExtractBytes(dir, entry).toString('utf8'), entry.line_ending, entry.file);
  const [head, ...data] = lines;
  if (head === undefined) throw new ImportError(`${entry.file}: empty file, expected a header line`);
  const header = splitCsvLine(head, entry.file, 1).map(fieldValue);
  const rows = data.map((text, i): Row => {
    const cells = splitCsvLine(text, entry.file, i + 2);
    if (cells.length !== header.length) throw new ImportError(`${entry.file}: line ${i + 2} has ${cells.length} fields, the header ${header.length}`);
    return { line: i + 2, text, fields: Object.fromEntries(header.map((h, j) => [h, fieldValue(cells[j]!)])), cells: Object.fromEntries(header.map((h, j) => [h, cells[j]!])) };
  });
  if (rows.length !== entry.data_rows) throw new ImportError(`${entry.file}: ${rows.length} data rows, the manifest says ${entry.data_rows}`);
  return { name: entry.file, header, rows };
}
