import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A Table Schema v2 field, as data/datapackage.json declares it. */
export interface Field {
  name: string;
  type: string;
  format?: string;
  description?: string;
  categories?: ({ value: string; label?: string } | string)[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** A Data Resource v2, as data/datapackage.json declares it. */
export interface Resource {
  $schema: string;
  name: string;
  type: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding?: string;
  bytes: number;
  hash: string;
  dialect?: { $schema: string; header?: boolean; headerRows?: number[]; commentRows?: number[]; delimiter?: string; lineTerminator?: string };
  datasetVersion?: string;
  contentHash?: string;
  sources: { title: string; path?: string }[];
  licenses?: { path?: string; name?: string; title: string }[];
  schema: {
    $schema: string;
    fields: Field[];
    missingValues: string[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** A typed cell: text, a number, a parsed JSON object, or `null` for a missing value. */
export type Value = string | number | Record<string, unknown> | null;

/**
 * Casts one CSV cell by its field: a missing value to `null`, a number or integer to a number,
 * an object from its JSON text. Throws, naming the field and the cell, where the cell does not fit
 * the field's type or constraints.
 */
export function castCell(field: Field, cell: string, missingValues: readonly string[]): Value {
  if (missingValues.includes(cell)) {
    if (field.constraints?.required) throw new Error(`${field.name}: a value is required, the cell is empty`);
    return null;
  }
  let value: Value;
  switch (field.type) {
    case 'string':
      value = cell;
      break;
    case 'number':
      if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell)) throw new Error(`${field.name}: "${cell}" is not a number`);
      value = Number(cell);
      break;
    case 'integer':
      if (!/^-?\d+$/.test(cell)) throw new Error(`${field.name}: "${cell}" is not an integer`);
      value = Number(cell);
      break;
    case 'object': {
      const parsed: unknown = JSON.parse(cell);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${field.name}: "${cell}" is not a JSON object`);
      value = parsed as Record<string, unknown>;
      break;
    }
    default:
      throw new Error(`${field.name}: type ${field.type} is not one this package declares`);
  }
  checkConstraints(field, value);
  return value;
}

/** A field's pattern and categories, compiled once per field (a long table has some 12,000 rows). */
const compiled = new WeakMap<Field, { pattern: RegExp | undefined; categories: ReadonlySet<string> | undefined }>();
function compiledOf(field: Field): { pattern: RegExp | undefined; categories: ReadonlySet<string> | undefined } {
  let c = compiled.get(field);
  if (c === undefined) {
    const pattern = field.constraints?.pattern;
    c = {
      pattern: pattern === undefined ? undefined : new RegExp(pattern),
      categories: field.categories === undefined ? undefined : new Set(field.categories.map((x) => (typeof x === 'string' ? x : x.value))),
    };
    compiled.set(field, c);
  }
  return c;
}

/** Checks a typed, present value against the field's enum, pattern and categories. */
export function checkConstraints(field: Field, value: Exclude<Value, null>): void {
  const c = field.constraints;
  const { pattern, categories } = compiledOf(field);
  if (c?.enum && !c.enum.includes(String(value))) throw new Error(`${field.name}: "${value}" is not one of ${c.enum.join(', ')}`);
  if (pattern && !pattern.test(String(value))) throw new Error(`${field.name}: "${value}" does not match ${c!.pattern}`);
  if (field.format === 'uri' && !URL.canParse(String(value))) throw new Error(`${field.name}: "${value}" is not a URI`);
  if (categories && !categories.has(String(value))) throw new Error(`${field.name}: "${value}" is not one of its categories`);
}

/**
 * Reads a CSV resource through its declared dialect and schema: the header row(s) must name the
 * fields in order, comment rows are skipped, every cell is cast by its field.
 */
export function readCsvResource(dataDir: string, r: Resource): { header: string[]; rows: Record<string, Value>[] } {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dataDir, r.path)));
  const records: string[][] = parse(text, { relax_column_count: false, delimiter: r.dialect?.delimiter ?? ',' });
  const headerRows = r.dialect?.headerRows ?? [1];
  const commentRows = new Set(r.dialect?.commentRows ?? []);
  const header = records[headerRows[0]! - 1] ?? [];
  const rows = records
    .map((rec, i) => ({ rec, line: i + 1 }))
    .filter(({ line }) => !headerRows.includes(line) && !commentRows.has(line))
    .map(({ rec, line }) =>
      Object.fromEntries(
        r.schema.fields.map((f, i) => {
          try {
            return [f.name, castCell(f, rec[i] ?? '', r.schema.missingValues)];
          } catch (e) {
            throw new Error(`${r.path} line ${line}: ${(e as Error).message}`);
          }
        }),
      ),
    );
  return { header, rows };
}
