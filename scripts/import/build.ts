/**
 * One code path for every release: from a release's configuration table and its extracts, the
 * source record (with a copy per extract file) and the datasets, every figure with its file,
 * line, column, quote (the whole line) and asWritten (the cell).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Dataset, Dimension, Measure } from '../../src/schema/dataset.js';
import type { Event } from '../../src/schema/event.js';
import type { Observation } from '../../src/schema/observation.js';
import type { Relation } from '../../src/schema/relation.js';
import type { ReleaseCopy, Source } from '../../src/schema/source.js';
import type { DatasetConfig, DefinitionRef, DimensionField, EventConfig, ReleaseConfig, RowSumConfig, SeriesConfig, SumConfig } from './config.js';
import type { DataFile, Manifest, Row } from './extract.js';
import { readDataFile, readExtractBytes, readManifest } from './extract.js';
import { ImportError } from './importError.js';

countries.registerLocale(en);

/**
 * A dataset as the importer builds it: everything but `version` and `sha256`, which depend on
 * the committed module, and `sources`, which the module names by their exports (`sourceNames`).
 */
export type BuiltDataset = Omit<Dataset, 'version' | 'sha256' | 'sources'>;

/** What one release gives: its source record and its datasets, with the configuration they come from. */
export interface BuiltRelease {
  readonly config: ReleaseConfig;
  readonly source: Source;
  readonly datasets: readonly { readonly config: DatasetConfig; readonly dataset: BuiltDataset; readonly sourceNames: readonly string[]; readonly example: string }[];
}

/** The GitHub address of a file of a repository at a commit. */
function blobUrl(repository: string, commit: string, path: string): string {
  return `https://github.com/${repository}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Rows whose fields have every value of `where`. */
function select(rows: readonly Row[], where: Readonly<Record<string, string>>): Row[] {
  return rows.filter((r) => Object.entries(where).every(([k, v]) => r.fields[k] === v));
}

/** The ISO 3166-1 alpha-2 code and English short name of a lower-case alpha-3 code as the DDF files write it. */
function country(alpha3: string, file: string, line: number): { code: string; label: string } {
  const code = countries.alpha3ToAlpha2(alpha3.toUpperCase());
  const label = code === undefined ? undefined : countries.getName(code, 'en');
  if (code === undefined || label === undefined) throw new ImportError(`${file}: line ${line} has country code "${alpha3}", expected an ISO 3166-1 alpha-3 code`);
  return { code, label };
}

const plainNumber = /^-?\d+(?:\.\d+)?$/;

/** The text of a definition: the field of the row, whole or from the sentence that starts with `sentence` to its first full stop. */
function definitionText(dir: string, manifest: Manifest, ref: DefinitionRef): string {
  if (ref.row === undefined || ref.field === undefined) {
    if (ref.sentence === undefined) throw new ImportError(`definition in ${ref.file}: a text file's definition names its sentence`);
    const text = readFileSync(join(dir, ref.file), 'utf8');
    const at = text.indexOf(ref.sentence);
    if (at < 0) throw new ImportError(`${ref.file}: no text "${ref.sentence}"`);
    if (text.indexOf(ref.sentence, at + 1) >= 0) throw new ImportError(`${ref.file}: the text "${ref.sentence}" stands more than once; give more of it`);
    const stops = [text.indexOf('. ', at), text.indexOf('.\n', at), text.indexOf('}', at)].filter((i) => i >= 0);
    const end = Math.min(...stops);
    return text.slice(at, text[end] === '.' ? end + 1 : end).replace(/\n#'/g, ' ').replace(/\s+/g, ' ');
  }
  const { row: key, field } = ref;
  const entry = manifest.extracts.find((e) => e.file === ref.file);
  if (!entry) throw new ImportError(`definition file ${ref.file} is not in the manifest of ${dir}`);
  const records = parse(readExtractBytes(dir, entry), { columns: true, bom: false }) as Record<string, string>[];
  const row = records.find((r) => Object.entries(key).every(([k, v]) => r[k] === v));
  if (!row) throw new ImportError(`${ref.file}: no row with ${JSON.stringify(ref.row)}`);
  const text = row[field];
  if (text === undefined || text === '') throw new ImportError(`${ref.file}: the row ${JSON.stringify(ref.row)} has no ${ref.field}`);
  if (ref.sentence === undefined) return text;
  const at = text.indexOf(ref.sentence);
  if (at < 0) throw new ImportError(`${ref.file}: the ${ref.field} of ${JSON.stringify(ref.row)} has no sentence starting "${ref.sentence}"`);
  const end = text.indexOf('. ', at);
  return end < 0 ? text.slice(at) : text.slice(at, end + 1);
}

/** What a row's fields name, read once per dimension: the code, and its label where the row gives one. */
interface DimensionValue {
  readonly code: string;
  readonly label?: string;
}

/** Codes a country field may hold besides ISO 3166-1 alpha-3, as UNHCR writes them, with UNHCR's own code for the same. */
const NON_ISO_COUNTRIES: Readonly<Record<string, { code: string; label: string }>> = {
  XXA: { code: 'XXA', label: 'Stateless' },
  UNK: { code: 'UNK', label: 'Unknown' },
  UKN: { code: 'UNK', label: 'Unknown' },
};

/** The code of a dimension in a row: an ISO country (alpha-2), one of UNHCR's non-ISO country codes, or the cell as a code. */
function dimensionValue(field: DimensionField, row: Row, file: string, missing: readonly string[]): DimensionValue {
  let cell = row.cells[field.field];
  let value = row.fields[field.field];
  if (cell === undefined || value === undefined) throw new ImportError(`${file}: no field "${field.field}" for dimension ${field.id}`);
  if (field.kind === 'code') {
    if (missing.includes(cell)) throw new ImportError(`${file}: line ${row.line} has no ${field.field} (written ${cell}) for dimension ${field.id}`);
    return { code: value };
  }
  if (missing.includes(cell) && field.fallbackField !== undefined) value = row.fields[field.fallbackField] ?? '';
  else if (missing.includes(cell)) throw new ImportError(`${file}: line ${row.line} has no ${field.field} (written ${cell}) for dimension ${field.id}`);
  const other = NON_ISO_COUNTRIES[value.toUpperCase()];
  return other ?? country(value.toLowerCase(), file, row.line);
}

/** A code as part of an id: lower case, every run of other characters than letters and digits one hyphen. */
function idPart(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Whether a cell is a figure of the release: not missing, and not a zero the release's rule leaves out. */
function isFigure(release: ReleaseConfig, cell: string): boolean {
  const rule = release.cells;
  if (rule === undefined) return true;
  if (rule.missing.includes(cell)) return false;
  return !(rule.zeros === 'omit' && cell === '0');
}

/** The rows of a file that a series reads: those with every value of `where` and none of `unless`. */
function seriesRows(file: DataFile, series: SeriesConfig): Row[] {
  return select(file.rows, series.where).filter((r) => series.unless === undefined || !Object.entries(series.unless).some(([k, v]) => r.fields[k] === v));
}

/** The observations of one series: one per selected row whose cell is a figure, the cell read as written. */
function seriesObservations(release: ReleaseConfig, manifest: Manifest, file: DataFile, series: SeriesConfig, sourceId: string, labels: Map<string, Map<string, string>>): Observation[] {
  if (!file.header.includes(series.column)) throw new ImportError(`${file.name}: no column "${series.column}" (header: ${file.header.join(',')})`);
  const rows = seriesRows(file, series);
  if (rows.length === 0) throw new ImportError(`${file.name}: no row with ${JSON.stringify(series.where)} for measure ${series.measure}`);
  const entry = manifest.extracts.find((e) => e.file === file.name);
  const writtenFrom = entry?.from_file === undefined ? undefined : { file: entry.from_file, table: file.name.split('/').pop()!.split('--')[0]! };
  const missing = release.cells?.missing ?? [];
  const observations: Observation[] = [];
  for (const row of rows) {
    const cell = row.cells[series.column]!;
    if (!isFigure(release, cell)) continue;
    const written = row.fields[series.column]!;
    const period = row.fields[series.period]!;
    if (!plainNumber.test(written)) throw new ImportError(`${file.name}: line ${row.line} has "${written}" in ${series.column}, expected a number written with digits`);
    if (!/^\d{4}$/.test(period)) throw new ImportError(`${file.name}: line ${row.line} has "${period}" in ${series.period}, expected a year`);
    const dimensions: Record<string, string> = {};
    const label = (id: string, v: DimensionValue): void => {
      dimensions[id] = v.code;
      const known = labels.get(id) ?? new Map<string, string>();
      if (v.label !== undefined && !known.has(v.code)) known.set(v.code, v.label);
      labels.set(id, known);
    };
    if (series.dimension) label(series.dimension.id, country(row.fields[series.dimension.field]!, file.name, row.line));
    for (const d of series.dimensions ?? []) label(d.id, dimensionValue(d, row, file.name, missing));
    for (const [id, code] of Object.entries(series.fixed ?? {})) label(id, { code });
    const idParts = Object.values(dimensions).map(idPart);
    let unit = series.unit;
    if (series.unitBy !== undefined) {
      const code = row.fields[series.unitBy.field]!;
      const u = series.unitBy.units[code];
      if (u === undefined) throw new ImportError(`${file.name}: line ${row.line} has "${code}" in ${series.unitBy.field}, expected one of ${Object.keys(series.unitBy.units).join(', ')}`);
      unit = u;
    }
    let rounded: { value: number; column: string } | undefined;
    if (series.rounded !== undefined) {
      const r = row.cells[series.rounded];
      if (r === undefined) throw new ImportError(`${file.name}: no column "${series.rounded}" (the rounded figure of ${series.column})`);
      if (r !== '' && !missing.includes(r)) {
        if (!plainNumber.test(r)) throw new ImportError(`${file.name}: line ${row.line} has "${r}" in ${series.rounded}, expected a number written with digits`);
        rounded = { value: Number(r), column: series.rounded };
      }
    }
    const masked = release.masked !== undefined && period === release.masked.period && written === release.masked.written ? release.masked : undefined;
    const base = {
      id: [series.measure, ...idParts, period].join('-'),
      measure: series.measure,
    };
    const rest = {
      unit,
      period,
      dimensions,
      ...(masked ? { wording: masked.wording } : {}),
      ...(rounded === undefined ? {} : { rounded }),
      source: sourceId,
      ...(series.attribution === undefined ? {} : { attribution: series.attribution }),
      locator: { file: file.name, line: row.line, column: series.column, ...(writtenFrom === undefined ? {} : { writtenFrom }) },
      quote: row.text,
      asWritten: written,
      ...(masked ? { note: masked.note } : {}),
    };
    observations.push(
      masked
        ? { ...base, qualifier: 'range', low: masked.low, high: masked.high, ...rest }
        : { ...base, qualifier: 'exact', value: Number(written), ...rest },
    );
  }
  return observations;
}

/** Per year of the total measure, a sum relation: total = Σ parts, with a remainder or a discrepancy for the difference. */
function sumRelations(sum: SumConfig, observations: readonly Observation[], notes: string[]): Relation[] {
  const totals = observations.filter((o) => o.measure === sum.totalMeasure && Object.keys(o.dimensions).length === 0);
  const relations: Relation[] = [];
  for (const total of totals) {
    const parts = observations.filter((o) => o !== total && o.period === total.period && sum.partMeasures.includes(o.measure) && (o.measure !== sum.totalMeasure || Object.keys(o.dimensions).length > 0));
    if (parts.length === 0) continue;
    const id = sum.id.replace('{year}', total.period);
    if (total.qualifier === 'range' || parts.some((p) => p.qualifier === 'range')) {
      notes.push(`No sum relation is declared for ${total.period} (${id}): a figure of that year is a range.`);
      continue;
    }
    const difference = total.value - parts.reduce((s, p) => s + (p.qualifier === 'range' ? 0 : p.value), 0);
    const rounded = Number(difference.toPrecision(12));
    relations.push({
      kind: 'sum',
      id,
      description: sum.description.replace('{year}', total.period),
      total: total.id,
      parts: parts.map((p) => p.id),
      ...(rounded > 0 && sum.remainderLabel !== undefined ? { remainder: { label: sum.remainderLabel, value: rounded } } : {}),
      tolerance: 0,
      ...(rounded !== 0 && !(rounded > 0 && sum.remainderLabel !== undefined) ? { discrepancy: { value: rounded, note: sum.discrepancyNote } } : {}),
    });
  }
  return relations;
}

/** The first and last year of a dataset's observations, as "1995–2024" (or "2019" for one year). */
function yearSpan(observations: readonly Observation[]): string {
  const years = observations.map((o) => o.period).sort();
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? first : `${first}–${last}`;
}

/** An ISO 8601 date of the precision a row states: `Month` gives the month, `Day` (or none) the day. */
function eventDate(date: string, accuracy: string, file: string, line: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ImportError(`${file}: line ${line} has "${date}" as a date, expected YYYY-MM-DD`);
  if (accuracy === 'Month') return date.slice(0, 7);
  if (accuracy === 'Year') return date.slice(0, 4);
  if (accuracy === 'Day' || accuracy === '') return date;
  throw new ImportError(`${file}: line ${line} has "${accuracy}" as a date's accuracy, expected Day, Month, Year or empty`);
}

/** One event per row of the file: its name as written, its dates (an interval where the row gives an end on another day). */
function rowEvents(config: EventConfig, file: DataFile, sourceId: string): { events: Event[]; byLine: Map<number, Event> } {
  const byLine = new Map<number, Event>();
  const events = file.rows.map((row, i): Event => {
    const name = row.fields[config.labelField]!;
    const start = eventDate(row.fields[config.start]!, row.fields[config.startAccuracy]!, file.name, row.line);
    const endWritten = row.fields[config.end]!;
    const end = endWritten === '' ? undefined : eventDate(endWritten, row.fields[config.endAccuracy]!, file.name, row.line);
    const event: Event = {
      id: config.id.replace('{n}', String(i + 1)),
      label: name,
      date: end === undefined || end === start ? start : `${start}/${end}`,
      dateBasis: 'stated',
      source: sourceId,
      ...(config.attribution === undefined ? {} : { attribution: config.attribution }),
      locator: { file: file.name, line: row.line, column: config.labelField },
      quote: row.text,
      asWritten: name,
    };
    byLine.set(row.line, event);
    return event;
  });
  return { events, byLine };
}

/** Row by row: the total column against the sum of the part columns; a relation with its discrepancy where they differ, and a note of what was checked. */
function rowSumRelations(check: RowSumConfig, observations: readonly Observation[], notes: string[]): Relation[] {
  const byLine = new Map<number, Observation[]>();
  for (const o of observations) if (o.locator.file === check.file) byLine.set(o.locator.line!, [...(byLine.get(o.locator.line!) ?? []), o]);
  const relations: Relation[] = [];
  let rows = 0;
  let alone = 0;
  for (const obs of byLine.values()) {
    const total = obs.find((o) => o.locator.column === check.total);
    if (total === undefined || total.qualifier !== 'exact') continue;
    rows += 1;
    const parts = obs.filter((o) => check.parts.includes(o.locator.column!));
    if (parts.length === 0) {
      // every outcome of the row is written 0: no part is held (zero rule), so no relation can name one
      alone += 1;
      continue;
    }
    const difference = Number((total.value - parts.reduce((s, p) => s + (p.qualifier === 'exact' ? p.value : 0), 0)).toPrecision(12));
    if (difference === 0) continue;
    relations.push({
      kind: 'sum',
      id: `${total.id}-parts`,
      description: `Line ${total.locator.line} of ${check.file}: ${check.total} = ${check.parts.join(' + ')}`,
      total: total.id,
      parts: parts.map((p) => p.id),
      tolerance: 0,
      discrepancy: { value: difference, note: check.discrepancyNote },
    });
  }
  notes.push(`The importer checks, row by row, that ${check.total} equals ${check.parts.join(' + ')} (cells written 0 count as 0): ${rows - relations.length - alone} of ${rows} rows add up; ${relations.length === 0 ? 'none differs' : `${relations.length} differ, each declared as a sum relation with its discrepancy`}${alone === 0 ? '' : `; ${alone} give a total with every part written 0, so that their parts add up to 0, not to the total (no relation can name a part that is not held; each such row's quote shows it)`}.`);
  return relations;
}

/** A title or description with its spans: `{years}`, and `{years:<measure>}` for the years of one measure. */
function spans(text: string, years: string, observations: readonly Observation[]): string {
  return text.replace('{years}', years).replace(/\{years:([a-z0-9-]+)\}/g, (_, measure: string) => {
    const of = observations.filter((o) => o.measure === measure);
    if (of.length === 0) throw new ImportError(`"${text}": no figure of the measure ${measure} for its span`);
    return yearSpan(of);
  });
}

/** Builds one release from its extracts in `dir` (the release's folder). */
export function buildRelease(release: ReleaseConfig, dir: string): BuiltRelease {
  const manifest = readManifest(dir);
  const mine = manifest.extracts.filter((e) => release.files === undefined || release.files.includes(e.file));
  if (release.files !== undefined && mine.length !== release.files.length) throw new ImportError(`${release.folder}: the files ${release.files.filter((f) => !mine.some((e) => e.file === f)).join(', ')} are not in its MANIFEST.json`);
  const retrievedFrom: ReleaseCopy[] = mine.map((e) => {
    readExtractBytes(dir, e); // every extract is checked against its sha256, read or not
    const repository = e.upstream_repository ?? manifest.upstream_repository;
    const commit = e.commit ?? e.upstream_commit ?? manifest.commit;
    if (repository === undefined || commit === undefined) throw new ImportError(`${e.file}: its MANIFEST.json entry names no upstream_repository or commit, and the manifest names none for all`);
    return { repository, path: e.upstream_path, commit, url: blobUrl(repository, commit, e.upstream_path), extract: e.from_file ?? e.file };
  });
  const { license, ...rest } = release.source;
  const source: Source = { ...rest, retrievedFrom, license };

  const files = new Map<string, DataFile>();
  const fileOf = (name: string): DataFile => {
    let f = files.get(name);
    if (!f) {
      const entry = mine.find((e) => e.file === name);
      if (!entry) throw new ImportError(`${name} is not in the manifest of ${dir}${release.files === undefined ? '' : ` among the files of ${release.source.id}`}`);
      f = readDataFile(dir, entry);
      files.set(name, f);
    }
    return f;
  };

  // every figure cell of every data file read is used once, or declared the same as a row used
  const used = new Map<string, Set<string>>();
  const use = (file: string, line: number, column: string): void => {
    const cells = used.get(file) ?? new Set<string>();
    const key = `${line}:${column}`;
    if (cells.has(key)) throw new ImportError(`${file}: line ${line}, column ${column} is read by two series`);
    used.set(file, cells.add(key));
  };
  const valueColumns = new Map<string, Set<string>>();
  for (const d of release.datasets) for (const s of d.series) valueColumns.set(s.file, (valueColumns.get(s.file) ?? new Set<string>()).add(s.column));
  for (const [file, columns] of Object.entries(release.valueColumns ?? {})) for (const c of columns) valueColumns.set(file, (valueColumns.get(file) ?? new Set<string>()).add(c));

  for (const dup of release.duplicates) {
    const here = select(fileOf(dup.file).rows, dup.where);
    const there = select(fileOf(dup.sameAs.file).rows, dup.sameAs.where);
    const a = here.map((r) => r.text);
    const b = there.map((r) => r.text);
    if (a.length !== b.length || a.some((t, i) => t !== b[i])) {
      throw new ImportError(`${dup.file}: the rows with ${JSON.stringify(dup.where)} are declared the same as those of ${dup.sameAs.file}, but differ: ${a.filter((t) => !b.includes(t)).concat(b.filter((t) => !a.includes(t))).join(' | ')}`);
    }
    for (const r of here) for (const c of valueColumns.get(dup.file) ?? []) use(dup.file, r.line, c);
  }

  const datasets = release.datasets.map((config) => {
    const observations: Observation[] = [];
    const labels = new Map<string, Map<string, string>>();
    for (const series of config.series) {
      const file = fileOf(series.file);
      const obs = seriesObservations(release, manifest, file, series, release.source.id, labels);
      for (const o of obs) use(file.name, o.locator.line!, series.column);
      observations.push(...obs);
    }
    let events: Event[] = [];
    if (config.events !== undefined) {
      const built = rowEvents(config.events.config, fileOf(config.events.config.file), release.source.id);
      events = built.events;
      const dim = config.events.dimension;
      const eventLabels = new Map<string, string>();
      for (const [i, o] of observations.entries()) {
        if (o.locator.file !== config.events.config.file) continue;
        const e = built.byLine.get(o.locator.line!)!;
        eventLabels.set(e.id, e.label);
        observations[i] = { ...o, id: `${o.id.slice(0, -o.period.length - 1)}-${e.id}`, dimensions: { ...o.dimensions, [dim]: e.id } };
      }
      labels.set(dim, eventLabels);
    }
    const ids = new Set<string>();
    for (const o of observations) {
      if (ids.has(o.id)) throw new ImportError(`${config.id}: two rows give observation ${o.id}`);
      ids.add(o.id);
    }
    const notes = [...config.notes];
    const relations = [...config.sums.flatMap((s) => sumRelations(s, observations, notes)), ...(config.rowSums ?? []).flatMap((c) => rowSumRelations(c, observations, notes))];
    const dimensions: Dimension[] = config.dimensions.map((d) => {
      const codes = new Map<string, string>();
      if (config.series.some((x) => x.dimension?.id === d.id)) {
        for (const s of config.series.filter((x) => x.dimension?.id === d.id)) {
          for (const r of select(fileOf(s.file).rows, s.where)) {
            const c = country(r.fields[s.dimension!.field]!, s.file, r.line);
            codes.set(c.code, c.label);
          }
        }
      } else {
        const seen = new Set(observations.map((o) => o.dimensions[d.id]).filter((c): c is string => c !== undefined));
        const found = new Map(labels.get(d.id) ?? []);
        if (d.labelField !== undefined) {
          for (const s of config.series) {
            const field = s.dimensions?.find((x) => x.id === d.id);
            if (field !== undefined) for (const r of seriesRows(fileOf(s.file), s)) if (!found.has(r.fields[field.field]!)) found.set(r.fields[field.field]!, r.fields[d.labelField]!);
          }
        }
        for (const code of seen) {
          const label = d.labels?.[code] ?? found.get(code);
          if (label === undefined || label === '') throw new ImportError(`${config.id}: dimension ${d.id} has the code "${code}" without a label; give it one in scripts/import/releases.ts`);
          codes.set(code, label);
        }
      }
      if (codes.size === 0) throw new ImportError(`${config.id}: dimension ${d.id} has no code in any observation`);
      const values = [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, label]) => ({ code, label }));
      return { id: d.id, label: d.label, codelist: d.codelist ?? 'ISO 3166-1 alpha-2', values };
    });
    const measures: Measure[] = config.measures.map((m) => ({
      id: m.id,
      label: m.label,
      description: m.definition === undefined ? m.description : `${m.description} ${m.definition.intro}: "${definitionText(dir, manifest, m.definition)}"`,
    }));
    const unused = config.measures.filter((m) => !observations.some((o) => o.measure === m.id));
    if (unused.length > 0) throw new ImportError(`${config.id}: the measures ${unused.map((m) => m.id).join(', ')} have no figure`);
    const units = [...new Set(observations.map((o) => o.unit))];
    const years = yearSpan(config.titleMeasures === undefined ? observations : observations.filter((o) => config.titleMeasures!.includes(o.measure)));
    const dataset: BuiltDataset = {
      id: config.id,
      title: spans(config.title, years, observations),
      description: spans(config.description, years, observations),
      topic: config.topic,
      units,
      measures,
      dimensions,
      observations,
      relations,
      events,
      gaps: [],
      notes,
    };
    const examples = observations.filter((o) => o.id === config.example || o.id === `${config.example}-${o.period}`).sort((a, b) => (a.period < b.period ? -1 : 1));
    const example = examples[examples.length - 1];
    if (example === undefined) throw new ImportError(`${config.id}: no observation ${config.example}-<year> for the module's example`);
    return { config, dataset, sourceNames: [release.exportName, ...config.attributionSources], example: example.id };
  });

  for (const [name, file] of files) {
    const cells = used.get(name) ?? new Set<string>();
    const columns = valueColumns.get(name) ?? new Set<string>();
    if (columns.size === 0) continue; // a file read for events only
    if (release.cells?.zeros === 'omit') {
      const silent = file.rows.find((r) => [...columns].every((c) => !isFigure(release, r.cells[c] ?? '') ));
      if (silent !== undefined) throw new ImportError(`${name}: line ${silent.line} states no figure in ${[...columns].join(', ')}; the rule that leaves out zeros beside a figure does not say what such a row means`);
    }
    const unread = file.rows.flatMap((r) => [...columns].filter((c) => isFigure(release, r.cells[c] ?? '') && !cells.has(`${r.line}:${c}`)).map((c) => ({ r, c })));
    if (unread.length > 0) throw new ImportError(`${name}: ${unread.length} figures are read by no series (first: line ${unread[0]!.r.line}, column ${unread[0]!.c}: "${unread[0]!.r.text}"); add them to a series of scripts/import/releases.ts or declare them duplicates`);
  }
  // every data extract of the manifest is read
  for (const e of mine) {
    if ((e.file.startsWith('ddf--datapoints--') || e.file.endsWith('.csv')) && !e.file.startsWith('ddf--') && !files.has(e.file)) throw new ImportError(`${e.file} (in the manifest of ${dir}) is read by no series of scripts/import/releases.ts`);
    if (e.file.startsWith('ddf--datapoints--') && !files.has(e.file)) throw new ImportError(`${e.file} (in the manifest of ${dir}) is read by no series of scripts/import/releases.ts`);
  }
  return { config: release, source, datasets };
}

/** The text of a file of a release, for checks: its bytes as UTF-8. */
export function releaseFileText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
