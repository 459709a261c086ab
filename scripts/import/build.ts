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
import type { Observation } from '../../src/schema/observation.js';
import type { Relation } from '../../src/schema/relation.js';
import type { ReleaseCopy, Source } from '../../src/schema/source.js';
import type { DatasetConfig, DefinitionRef, ReleaseConfig, SeriesConfig, SumConfig } from './config.js';
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
  const entry = manifest.extracts.find((e) => e.file === ref.file);
  if (!entry) throw new ImportError(`definition file ${ref.file} is not in the manifest of ${dir}`);
  const records = parse(readExtractBytes(dir, entry), { columns: true, bom: false }) as Record<string, string>[];
  const row = records.find((r) => Object.entries(ref.row).every(([k, v]) => r[k] === v));
  if (!row) throw new ImportError(`${ref.file}: no row with ${JSON.stringify(ref.row)}`);
  const text = row[ref.field];
  if (text === undefined || text === '') throw new ImportError(`${ref.file}: the row ${JSON.stringify(ref.row)} has no ${ref.field}`);
  if (ref.sentence === undefined) return text;
  const at = text.indexOf(ref.sentence);
  if (at < 0) throw new ImportError(`${ref.file}: the ${ref.field} of ${JSON.stringify(ref.row)} has no sentence starting "${ref.sentence}"`);
  const end = text.indexOf('. ', at);
  return end < 0 ? text.slice(at) : text.slice(at, end + 1);
}

/** The observations of one series: one per selected row, the cell read as written. */
function seriesObservations(release: ReleaseConfig, dir: string, file: DataFile, series: SeriesConfig, sourceId: string): Observation[] {
  if (!file.header.includes(series.column)) throw new ImportError(`${file.name}: no column "${series.column}" (header: ${file.header.join(',')})`);
  const rows = select(file.rows, series.where);
  if (rows.length === 0) throw new ImportError(`${file.name}: no row with ${JSON.stringify(series.where)} for measure ${series.measure}`);
  return rows.map((row): Observation => {
    const written = row.fields[series.column]!;
    const period = row.fields[series.period]!;
    if (!plainNumber.test(written)) throw new ImportError(`${file.name}: line ${row.line} has "${written}" in ${series.column}, expected a number written with digits`);
    if (!/^\d{4}$/.test(period)) throw new ImportError(`${file.name}: line ${row.line} has "${period}" in ${series.period}, expected a year`);
    const dimensions: Record<string, string> = {};
    let idPart = '';
    if (series.dimension) {
      const c = country(row.fields[series.dimension.field]!, file.name, row.line);
      dimensions[series.dimension.id] = c.code;
      idPart = `-${c.code.toLowerCase()}`;
    }
    const masked = release.masked !== undefined && period === release.masked.period && written === release.masked.written ? release.masked : undefined;
    const base = {
      id: `${series.measure}${idPart}-${period}`,
      measure: series.measure,
    };
    const rest = {
      unit: series.unit,
      period,
      dimensions,
      ...(masked ? { wording: masked.wording } : {}),
      source: sourceId,
      ...(series.attribution === undefined ? {} : { attribution: series.attribution }),
      locator: { file: file.name, line: row.line, column: series.column },
      quote: row.text,
      asWritten: written,
      ...(masked ? { note: masked.note } : {}),
    };
    return masked
      ? { ...base, qualifier: 'range', low: masked.low, high: masked.high, ...rest }
      : { ...base, qualifier: 'exact', value: Number(written), ...rest };
  });
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

/** Builds one release from its extracts in `dir` (the release's folder). */
export function buildRelease(release: ReleaseConfig, dir: string): BuiltRelease {
  const manifest = readManifest(dir);
  const retrievedFrom: ReleaseCopy[] = manifest.extracts.map((e) => {
    readExtractBytes(dir, e); // every extract is checked against its sha256, read or not
    return { repository: e.upstream_repository, path: e.upstream_path, commit: e.commit, url: blobUrl(e.upstream_repository, e.commit, e.upstream_path) };
  });
  const { license, ...rest } = release.source;
  const source: Source = { ...rest, retrievedFrom, license };

  const files = new Map<string, DataFile>();
  const fileOf = (name: string): DataFile => {
    let f = files.get(name);
    if (!f) {
      const entry = manifest.extracts.find((e) => e.file === name);
      if (!entry) throw new ImportError(`${name} is not in the manifest of ${dir}`);
      f = readDataFile(dir, entry);
      files.set(name, f);
    }
    return f;
  };

  // every data row of every datapoint file read is used once, or declared the same as a row used
  const used = new Map<string, Set<number>>();
  const use = (file: string, line: number): void => {
    const lines = used.get(file) ?? new Set<number>();
    if (lines.has(line)) throw new ImportError(`${file}: line ${line} is read by two series`);
    used.set(file, lines.add(line));
  };

  for (const dup of release.duplicates) {
    const here = select(fileOf(dup.file).rows, dup.where);
    const there = select(fileOf(dup.sameAs.file).rows, dup.sameAs.where);
    const a = here.map((r) => r.text);
    const b = there.map((r) => r.text);
    if (a.length !== b.length || a.some((t, i) => t !== b[i])) {
      throw new ImportError(`${dup.file}: the rows with ${JSON.stringify(dup.where)} are declared the same as those of ${dup.sameAs.file}, but differ: ${a.filter((t) => !b.includes(t)).concat(b.filter((t) => !a.includes(t))).join(' | ')}`);
    }
    for (const r of here) use(dup.file, r.line);
  }

  const datasets = release.datasets.map((config) => {
    const observations: Observation[] = [];
    for (const series of config.series) {
      const file = fileOf(series.file);
      const obs = seriesObservations(release, dir, file, series, release.source.id);
      for (const o of obs) use(file.name, o.locator.line!);
      observations.push(...obs);
    }
    const ids = new Set<string>();
    for (const o of observations) {
      if (ids.has(o.id)) throw new ImportError(`${config.id}: two rows give observation ${o.id}`);
      ids.add(o.id);
    }
    const notes = [...config.notes];
    const relations = config.sums.flatMap((s) => sumRelations(s, observations, notes));
    const dimensions: Dimension[] = config.dimensions.map((d) => {
      const codes = new Map<string, string>();
      for (const s of config.series.filter((x) => x.dimension?.id === d.id)) {
        for (const r of select(fileOf(s.file).rows, s.where)) {
          const c = country(r.fields[s.dimension!.field]!, s.file, r.line);
          codes.set(c.code, c.label);
        }
      }
      const values = [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, label]) => ({ code, label }));
      return { id: d.id, label: d.label, codelist: 'ISO 3166-1 alpha-2', values };
    });
    const measures: Measure[] = config.measures.map((m) => ({
      id: m.id,
      label: m.label,
      description: `${m.description} ${m.definition.intro}: "${definitionText(dir, manifest, m.definition)}"`,
    }));
    const units = [...new Set(config.series.map((s) => s.unit))];
    const years = yearSpan(observations);
    const dataset: BuiltDataset = {
      id: config.id,
      title: config.title.replace('{years}', years),
      description: config.description.replace('{years}', years),
      topic: config.topic,
      units,
      measures,
      dimensions,
      observations,
      relations,
      events: [],
      gaps: [],
      notes,
    };
    const examples = observations.filter((o) => o.id === `${config.example}-${o.period}`).sort((a, b) => (a.period < b.period ? -1 : 1));
    const example = examples[examples.length - 1];
    if (example === undefined) throw new ImportError(`${config.id}: no observation ${config.example}-<year> for the module's example`);
    return { config, dataset, sourceNames: [release.exportName, ...config.attributionSources], example: example.id };
  });

  for (const [name, file] of files) {
    const lines = used.get(name) ?? new Set<number>();
    const unused = file.rows.filter((r) => !lines.has(r.line));
    if (unused.length > 0) throw new ImportError(`${name}: ${unused.length} data rows are read by no series (first: line ${unused[0]!.line} "${unused[0]!.text}"); add them to a series of scripts/import/releases.ts or declare them duplicates`);
  }
  // every datapoint extract of the manifest is read
  for (const e of manifest.extracts) {
    if (e.file.startsWith('ddf--datapoints--') && !files.has(e.file)) throw new ImportError(`${e.file} (in the manifest of ${dir}) is read by no series of scripts/import/releases.ts`);
  }
  return { config: release, source, datasets };
}

/** The text of a file of a release, for checks: its bytes as UTF-8. */
export function releaseFileText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
