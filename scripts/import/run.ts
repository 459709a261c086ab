/**
 * One import: builds every release from its extracts, compares each dataset with the module
 * committed in the project, bumps its version as the changes ask, and writes the modules (data
 * and release sources) into the output folder; returns the report.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentHash } from '../canonicalContent.js';
import type { BuiltRelease } from './build.js';
import { buildRelease } from './build.js';
import type { ReleaseConfig } from './config.js';
import type { Bump, Change, Comparable } from '../dataDiff/diffDataset.js';
import { bumped, diffDataset, largest } from '../dataDiff/diffDataset.js';
import { ImportError } from './importError.js';
import { releases as allReleases } from './releases.js';
import { renderDataset, renderSource } from './render.js';
import type { FoundFolder, MissingFolder } from './releaseFolders.js';
import { defaultLookIn, findReleaseFolders, shownPath } from './releaseFolders.js';

export interface ImportOptions {
  /**
   * The folder holding every release folder (wdi/, unhcr-2019/, …): `--extracts`, or
   * `$AZERBAIJAN_DATA_SOURCES/open-data/`. Where it is not given, each release is looked for in
   * `lookIn` (scripts/import/releaseFolders.ts).
   */
  readonly extractsDir?: string;
  /** Where each release is looked for, in order, when no `extractsDir` is given: by default `../shared/seeds/open-data/`, then `data-raw/open-data/`. */
  readonly lookIn?: readonly string[];
  /** A release found nowhere fails the import (AZERBAIJAN_DATA_STRICT=1) instead of being skipped and named. */
  readonly strict?: boolean;
  /** The project whose committed modules the import is compared with. */
  readonly projectDir: string;
  /** Where the modules are written (the project itself, or a scratch folder). */
  readonly outDir: string;
  /** Compare only: report which modules would change, write nothing. */
  readonly dryRun?: boolean;
  /** The releases to import; all by default. */
  readonly releases?: readonly ReleaseConfig[];
}

export interface DatasetReport {
  readonly id: string;
  /** The module's path, relative to the output folder. */
  readonly file: string;
  /** The committed version, or undefined for a new dataset. */
  readonly from: string | undefined;
  readonly to: string;
  readonly bump: Bump | 'new';
  readonly changes: readonly Change[];
}

export interface ImportReport {
  readonly datasets: readonly DatasetReport[];
  /** The release folders found, and where. */
  readonly folders: readonly FoundFolder[];
  /** The releases skipped: found in none of the places looked in (never with `extractsDir` or `strict`, which fail instead). */
  readonly skipped: readonly MissingFolder[];
  /** Paths (relative to the output folder) of the modules whose bytes changed. */
  readonly written: readonly string[];
  /** Paths of the modules written unchanged. */
  readonly unchanged: readonly string[];
  /** The package bump: the largest among the datasets (a new dataset asks for minor). */
  readonly packageBump: Bump;
  /** The report as text, for a reader. */
  readonly text: string;
}

/**
 * The committed dataset of a generated module, read from its JSON (the module is the importer's own
 * output), its sources as `[]`: the template literal of `datasetFromJson(`…`, [sources]);`
 * (scripts/import/render.ts), or, in a module that an earlier importer wrote, the JSON text of
 * `JSON.parse(String.raw`…`)` or the object literal of `deepFreeze({ … });`.
 */
export function readCommitted(path: string): Comparable | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const opening = text.indexOf('datasetFromJson(`');
  if (opening >= 0) {
    const from = opening + 'datasetFromJson(`'.length;
    const to = text.lastIndexOf('`, [');
    if (to < from) throw new ImportError(`${path}: expected the end of the JSON text, "\`, [sources]);"`);
    // the literal's value: `\\`, `\`` and `\$` stand for `\`, `` ` `` and `$`
    const committed = JSON.parse(text.slice(from, to).replace(/\\([\\`$])/g, '$1')) as object;
    return { ...committed, sources: [] } as unknown as Comparable;
  }
  const raw = text.indexOf('JSON.parse(String.raw`');
  if (raw >= 0) {
    const from = raw + 'JSON.parse(String.raw`'.length;
    const to = text.indexOf('`)', from);
    if (to < 0) throw new ImportError(`${path}: expected the end of the JSON text, "\`)"`);
    return { ...(JSON.parse(text.slice(from, to)) as Comparable), sources: [] } as Comparable;
  }
  const start = text.indexOf('deepFreeze({');
  const end = text.lastIndexOf('});');
  if (start < 0 || end < 0) throw new ImportError(`${path}: expected a generated data module with "deepFreeze({ … });"`);
  const json = text.slice(start + 'deepFreeze('.length, end + 1).replace(/"sources": \[[^\]]*\]/, '"sources": []');
  return JSON.parse(json) as Comparable;
}

function write(outDir: string, path: string, text: string, dryRun: boolean, written: string[], unchanged: string[]): void {
  const full = join(outDir, path);
  if (existsSync(full) && readFileSync(full, 'utf8') === text) {
    unchanged.push(path);
    return;
  }
  if (!dryRun) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  written.push(path);
}

function reportText(dryRun: boolean, extractsDir: string, built: readonly BuiltRelease[], datasets: readonly DatasetReport[], written: readonly string[], unchanged: readonly string[], packageBump: Bump): string {
  const lines = [`Import from ${extractsDir}`];
  for (const r of built) {
    lines.push(`${r.source.id} (${r.config.folder}/): ${r.source.retrievedFrom?.length ?? 0} extracts, each with the sha256 of its MANIFEST.json`);
    for (const d of datasets.filter((x) => r.datasets.some((y) => y.dataset.id === x.id))) {
      if (d.bump === 'new') lines.push(`  ${d.id}: new dataset, version ${d.to} (${d.changes.length} observations and relations)`);
      else if (d.bump === 'none') lines.push(`  ${d.id}: no figure changed (version ${d.to})`);
      else {
        const count = (k: Change['kind']): number => d.changes.filter((c) => c.kind === k).length;
        lines.push(`  ${d.id}: ${d.from} → ${d.to} (${d.bump}: ${count('changed')} changed, ${count('added')} added, ${count('dropped')} dropped)`);
        for (const c of d.changes) lines.push(`    ${c.kind} ${c.id}: ${c.detail}`);
      }
    }
  }
  lines.push(`Modules: ${written.length} ${dryRun ? 'would change' : 'written'}, ${unchanged.length} unchanged.`);
  lines.push(
    packageBump === 'none'
      ? 'No figure changed: no version bump and no changeset needed.'
      : `Next: run npm run generate (npm run build), and add a changeset (.changeset/*.md) with the package bump "${packageBump}" naming the datasets above, their new versions and the figures that changed (docs/data-versions.md).`,
  );
  return lines.join('\n');
}

/** Where each release is read from, and which are skipped; throws where a release is missing and must not be skipped. */
function releaseFolders(options: ImportOptions, releases: readonly ReleaseConfig[]): { found: readonly FoundFolder[]; skipped: readonly MissingFolder[]; from: string } {
  const show = (dir: string): string => shownPath(options.projectDir, dir);
  const folders = releases.map((r) => r.folder);
  if (options.extractsDir !== undefined) {
    const { found, missing } = findReleaseFolders(folders, { extractsDir: options.extractsDir });
    const first = missing[0];
    if (first !== undefined) throw new ImportError(`the release folder ${first.lookedAt[0]} does not exist: expected the open-data extracts of ${first.folder} (with MANIFEST.json) there`);
    return { found, skipped: [], from: show(options.extractsDir) };
  }
  const lookIn = options.lookIn ?? defaultLookIn(options.projectDir);
  const { found, missing } = findReleaseFolders(folders, { lookIn });
  if (missing.length > 0 && options.strict === true) {
    throw new ImportError(`AZERBAIJAN_DATA_STRICT=1 and no folder of ${missing.map((m) => `${m.folder} (looked at ${m.lookedAt.map(show).join(', ')})`).join('; ')}: every release must be read`);
  }
  return { found, skipped: missing, from: lookIn.map((d) => `${show(d)}/<folder>`).join(', else ') };
}

/** The report's lines for the skipped releases: which, where they were looked for, and why they may be absent. */
function skippedText(projectDir: string, skipped: readonly MissingFolder[], releases: readonly ReleaseConfig[]): string[] {
  return skipped.map((m) => {
    const license = releases.find((r) => r.folder === m.folder)?.source.license.name;
    return `Skipped ${m.folder}: no folder at ${m.lookedAt.map((d) => shownPath(projectDir, d)).join(' or ')} (its licence as stated: ${license ?? 'unknown'}; data-raw/ holds only the releases whose licence allows redistribution, data-raw/README.md). Its modules were not checked.`;
  });
}

/** Runs the import; writes the modules into `outDir` and returns the report. */
export function runImport(options: ImportOptions): ImportReport {
  const releases = options.releases ?? allReleases;
  const { found, skipped, from } = releaseFolders(options, releases);
  const built = releases.flatMap((r) => found.filter((f) => f.folder === r.folder).map((f) => buildRelease(r, f.dir)));
  const written: string[] = [];
  const unchanged: string[] = [];
  const reports: DatasetReport[] = [];
  let packageBump: Bump = 'none';
  for (const r of built) {
    write(options.outDir, `src/sources/${r.config.sourceFile}`, renderSource(r.config, r.source), options.dryRun === true, written, unchanged);
    for (const { config, dataset, sourceNames, example } of r.datasets) {
      const path = `src/data/${config.topic}/${config.fileName}`;
      const committed = readCommitted(join(options.projectDir, path));
      const sha256 = contentHash(dataset);
      let report: DatasetReport;
      if (committed === undefined) {
        report = { id: dataset.id, file: path, from: undefined, to: '1.0.0', bump: 'new', changes: [...dataset.observations, ...dataset.relations].map((o) => ({ kind: 'added', id: o.id, detail: 'new dataset' })) };
        packageBump = largest(packageBump, 'minor');
      } else {
        const { bump, changes } = diffDataset(committed, { ...dataset, version: committed.version });
        report = { id: dataset.id, file: path, from: committed.version, to: bumped(committed.version, bump), bump, changes };
        packageBump = largest(packageBump, bump);
      }
      reports.push(report);
      write(options.outDir, path, renderDataset(r.config, config, dataset, sourceNames, example, report.to, sha256), options.dryRun === true, written, unchanged);
    }
  }
  const [header, ...rest] = reportText(options.dryRun === true, from, built, reports, written, unchanged, packageBump).split('\n');
  const read = options.extractsDir === undefined && found.length > 0 ? [`Read ${found.map((f) => `${f.folder} from ${shownPath(options.projectDir, f.dir)}`).join(', ')}.`] : [];
  const text = [header!, ...read, ...skippedText(options.projectDir, skipped, releases), ...rest].join('\n');
  return { datasets: reports, folders: found, skipped, written, unchanged, packageBump, text };
}
