import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import type { Dataset, Source } from 'azerbaijan-data';
import { releases } from '../../scripts/import/releases.js';
import { csvFields } from '../support/csv.js';
import { extractProblems, manifestExtracts, requireExtractsDir, withoutOpenData } from '../support/seeds.js';

// Provenance down to the row: every figure read from a data file of a statistical release is
// found in the extract, at its line, in its column, written as asWritten; every extract is the
// one its MANIFEST.json declares; and what the library quotes of the releases' metadata (each
// measure's definition, the caveats in the notes) stands in them. The expected lines are read
// from the extracts here, independently of the importer.

/** The release folder (open-data/<folder>/) of each release source. */
const folderOf = new Map(releases.map((r) => [r.source.id, r.folder]));
/** The extract files each release reads of its folder (undefined: all; two releases may share a folder). */
const filesOf = new Map(releases.map((r) => [r.source.id, r.files]));
const releaseSources = sources.filter((s) => s.form === 'dataset');
const imported = (datasets as readonly Dataset[]).filter((d) => d.observations.some((o) => o.locator.file !== undefined));

/** The lines of a file as written, without their line endings (LF or CRLF). */
const linesCache = new Map<string, string[]>();
function linesOf(path: string): string[] {
  let lines = linesCache.get(path);
  if (lines === undefined) {
    lines = readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, ''));
    linesCache.set(path, lines);
  }
  return lines;
}

/**
 * Every text file of a release folder (not its subfolders, which hold the R data files and the
 * earlier edition's extract) as one text, with CSV's doubled quotes read as one ("" → ").
 */
const textCache = new Map<string, string>();
function releaseText(folder: string): string {
  const cached = textCache.get(folder);
  if (cached !== undefined) return cached;
  const dir = join(requireExtractsDir(), folder);
  const text = readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(dir, f.name), 'utf8'))
    .join('\n')
    .replace(/""/g, '"')
    .replace(/^#' ?/gm, '') // roxygen's comment marks at the start of each line of rdf.R
    .replace(/\s+/g, ' ');
  textCache.set(folder, text);
  return text;
}

const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-extracts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the statistical releases as sources', () => {
  it('are those the importer reads, each of form dataset, with an edition, a licence and a copy per extract file', () => {
    expect(releaseSources.map((s) => s.id).sort()).toEqual([...folderOf.keys()].sort());
    for (const s of releaseSources) {
      // IDMC, a monitor, publishes the GIDD; the others are published by UN bodies and the World Bank
      expect(s.kind, s.id).toBe(s.publisher?.includes('Internal Displacement Monitoring Centre') === true ? 'monitor' : 'intergovernmental');
      expect(s.edition, s.id).toBeDefined();
      expect(s.license?.statedIn, s.id).toBeDefined();
      expect(s.retrievedFrom?.length, s.id).toBeGreaterThan(0);
    }
  });

  it('state the licence each copy states upstream: WDI CC BY-4.0 (and MIT for the package), UN DESA CC-BY-4.0, UNHCR none', () => {
    const byId = new Map(releaseSources.map((s) => [s.id, s]));
    expect(byId.get('world-bank-wdi-2025')!.license).toMatchObject({ name: 'CC BY-4.0', attributionRequired: true });
    expect(byId.get('world-bank-wdi-2025')!.license!.statedIn).toContain('"license": "MIT"');
    expect(byId.get('un-desa-international-migrant-stock-2019')!.license).toMatchObject({ name: 'CC-BY-4.0', attributionRequired: true });
    expect(byId.get('unhcr-population-statistics-2019')!.license).toMatchObject({ name: 'none stated', attributionRequired: false });
  });
});

describe.skipIf(withoutOpenData)('the open-data extracts', () => {
  it.each([...folderOf])('%s: every extract has the sha256 of its MANIFEST.json, and the source lists each with its repository, path and commit', (id, folder) => {
    const dir = join(requireExtractsDir(), folder);
    expect(extractProblems(dir)).toEqual([]);
    // the repository and commit stand on each extract (older manifests) or once for the folder, with
    // an extract of another commit (an earlier edition) naming its own upstream_commit
    interface ManifestExtract { file: string; upstream_repository?: string; upstream_path: string; commit?: string; upstream_commit?: string }
    const manifest = JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as { upstream_repository?: string; commit?: string; extracts: ManifestExtract[] };
    const files = filesOf.get(id);
    const read = manifest.extracts.filter((e) => files === undefined || files.includes(e.file));
    expect(read.length, `${id}: the extracts of ${folder} it reads`).toBeGreaterThan(0);
    const source = releaseSources.find((s) => s.id === id) as Source;
    expect(source.retrievedFrom!.map((c) => `${c.repository} ${c.path} ${c.commit}`)).toEqual(
      read.map((e) => `${e.upstream_repository ?? manifest.upstream_repository} ${e.upstream_path} ${e.upstream_commit ?? e.commit ?? manifest.commit}`),
    );
  });

  it.each([...folderOf])('%s: each author the record states is named in the release\'s files, and its address stands in them or in another release that cites it', (id, folder) => {
    const source = releaseSources.find((s) => s.id === id) as Source;
    const own = releaseText(folder);
    for (const a of (source.authors ?? []).filter((x) => x.basis === 'stated')) {
      expect(own, `${id}: ${a.family}`).toContain(a.family);
      if (a.given !== undefined) expect(own, `${id}: ${a.given}`).toContain(a.given);
    }
    if (source.url !== undefined) {
      const address = source.url.replace(/\/$/, '');
      const citing = [...new Set(folderOf.values())].filter((f) => releaseText(f).includes(address));
      expect(citing, `${id}: ${address}`).not.toEqual([]);
    }
  });

  it('a modified copy of an extract fails, named, with both hashes', () => {
    const [folder] = [...folderOf.values()];
    const from = join(requireExtractsDir(), folder!);
    const dir = mkdtempSync(join(scratch, 'f-'));
    const declared = manifestExtracts(from);
    for (const f of [...declared.map((e) => e.file), 'MANIFEST.json']) copyFileSync(join(from, f), join(dir, f));
    const changed = declared.find((e) => e.file.startsWith('ddf--datapoints--'))!;
    writeFileSync(join(dir, changed.file), readFileSync(join(dir, changed.file), 'utf8').replace(/\d(\r?\n)$/, '9$1'));
    const problems = extractProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${changed.file.replace(/[.]/g, '\\.')} in .* is a different file: its sha256 is [0-9a-f]{64}, its MANIFEST\\.json declares ${changed.sha256}$`));
  });

  it.each(imported.map((d) => [d.id, d] as const))('%s: every figure\'s (and event\'s) line stands at its line in its extract, with asWritten in its column', (id, d) => {
    const problems: string[] = [];
    for (const o of d.observations) {
      const folder = folderOf.get(o.source);
      if (folder === undefined || o.locator.file === undefined) {
        problems.push(`${id}/${o.id}: not located in a data file of a release`);
        continue;
      }
      const lines = linesOf(join(requireExtractsDir(), folder, o.locator.file));
      const header = csvFields(lines[0]!);
      const line = lines[o.locator.line! - 1];
      if (line !== o.quote) {
        problems.push(`${id}/${o.id}: line ${o.locator.line} of ${o.locator.file} is "${line}", the quote "${o.quote}"`);
        continue;
      }
      const fields = csvFields(line);
      const at = header.indexOf(o.locator.column!);
      if (at < 0) problems.push(`${id}/${o.id}: ${o.locator.file} has no column "${o.locator.column}"`);
      else if (fields[at] !== o.asWritten) problems.push(`${id}/${o.id}: column ${o.locator.column} of line ${o.locator.line} is "${fields[at]}", asWritten "${o.asWritten}"`);
      if (o.rounded !== undefined) {
        const r = header.indexOf(o.rounded.column);
        if (r < 0 || Number(fields[r]) !== o.rounded.value) problems.push(`${id}/${o.id}: the rounded figure ${o.rounded.value} is not in column ${o.rounded.column} of line ${o.locator.line}`);
      }
      const year = header.findIndex((h) => h === 'time' || h === 'year');
      if (fields[year] !== o.period) problems.push(`${id}/${o.id}: the year of line ${o.locator.line} is ${fields[year]}, the period ${o.period}`);
      if (o.wording !== undefined && !releaseText(folder).includes(o.wording)) problems.push(`${id}/${o.id}: the wording "${o.wording}" stands nowhere in ${folder}/`);
    }
    for (const e of d.events.filter((ev) => ev.locator.file !== undefined)) {
      const lines = linesOf(join(requireExtractsDir(), folderOf.get(e.source)!, e.locator.file!));
      const line = lines[e.locator.line! - 1];
      if (line !== e.quote) problems.push(`${id}/${e.id}: line ${e.locator.line} of ${e.locator.file} is "${line}", the quote "${e.quote}"`);
      else if (csvFields(line)[csvFields(lines[0]!).indexOf(e.locator.column!)] !== e.asWritten) problems.push(`${id}/${e.id}: column ${e.locator.column} of line ${e.locator.line} is not "${e.asWritten}"`);
    }
    expect(problems).toEqual([]);
  });

  it.each(imported.map((d) => [d.id, d] as const))('%s: each measure\'s quoted definition and each quotation in the notes stands in the release\'s files', (id, d) => {
    const folder = folderOf.get(d.observations[0]!.source)!;
    const text = releaseText(folder);
    const problems: string[] = [];
    for (const m of d.measures) {
      const definition = /: "(.*)"$/.exec(m.description ?? '')?.[1];
      // where the release defines nothing, the description says so in its last sentence
      const saysUndefined = /(does not describe the table|gives no definition of [^."]+)\.$/.test(m.description ?? '');
      if (definition === undefined && saysUndefined) continue;
      if (definition === undefined) problems.push(`${id} measure ${m.id}: no quoted definition at the end of its description`);
      else if (!text.includes(definition.replace(/\s+/g, ' '))) problems.push(`${id} measure ${m.id}: "${definition}" is not in ${folder}/`);
    }
    for (const n of d.notes) {
      for (const [, q] of n.matchAll(/"([^"]{12,})"/g)) if (!text.includes(q!.replace(/\s+/g, ' '))) problems.push(`${id} note: "${q}" is not in ${folder}/`);
    }
    expect(problems).toEqual([]);
  });
});
