import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { internationalMigration } from 'azerbaijan-data/migration';
import { datasetFromJson } from '../../src/datasetFromJson.js';
import type { Source } from '../../src/model/source.js';
import type { BuiltDataset } from '../../scripts/import/build.js';
import type { DatasetConfig, ReleaseConfig } from '../../scripts/import/config.js';
import { datasetJson, renderDataset } from '../../scripts/import/render.js';
import { readCommitted } from '../../scripts/import/run.js';

// A generated data module holds its dataset as JSON text in a template literal: whatever a quote
// holds (a backtick, "${", a backslash, a double quote, a line separator) must come back as it was.

const scratch = mkdtempSync(join(tmpdir(), 'azerbaijan-data-module-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hostile = 'a `tick`, ${notAVariable}, a back\\slash, "quoted", \\n as text, a\u2028separator';
const { sources: _, version: __, sha256: ___, ...built } = internationalMigration;
const dataset = {
  ...built,
  observations: internationalMigration.observations.map((o, i) => (i === 0 ? { ...o, quote: hostile } : o)),
} as unknown as BuiltDataset;
const release = { folder: 'wdi', exportName: 'worldBankWdi2025', sourceFile: 'worldBankWdi2025.ts' } as unknown as ReleaseConfig;
const config = { exportName: 'internationalMigration', topic: 'migration', summary: 'A test module.' } as unknown as DatasetConfig;
const exampleId = internationalMigration.observations[1]!.id;
const text = renderDataset(release, config, dataset, ['worldBankWdi2025', 'otherSource'], exampleId, '1.2.3', 'f'.repeat(64));

/** The value of the module's template literal, as an engine reads it. */
function literalValue(module: string): string {
  const from = module.indexOf('datasetFromJson(`') + 'datasetFromJson('.length;
  const to = module.lastIndexOf('`, [') + 1;
  return new Function(`return ${module.slice(from, to)};`)() as string;
}

describe('the text of a generated data module', () => {
  it('holds the dataset as JSON text whose value an engine reads back exactly, hostile characters included', () => {
    const parsed = JSON.parse(literalValue(text)) as { observations: { quote: string }[]; sources: unknown; version: string };
    expect(parsed.observations[0]!.quote).toBe(hostile);
    expect(parsed).toEqual({ ...JSON.parse(JSON.stringify(dataset)), version: '1.2.3', sha256: 'f'.repeat(64), sources: null });
    expect(Object.keys(parsed).indexOf('sources')).toBe(Object.keys(internationalMigration).indexOf('sources'));
  });

  it('is one line a key and one line a list element, a call annotated pure with the sources named by their exports', () => {
    expect(text).toContain("export const internationalMigration: Dataset<'international-migration'> = /* @__PURE__ */ datasetFromJson(`{\n\"id\": \"international-migration\",\n");
    expect(text.trimEnd().endsWith('}`, [worldBankWdi2025, otherSource]);')).toBe(true);
    expect(literalValue(text).split('\n').length).toBeGreaterThan(internationalMigration.observations.length);
    expect(datasetJson({ a: [], b: [1, 2] })).toBe('{\n"a": [],\n"b": [\n1,\n2\n]\n}');
  });

  it('reads back with readCommitted, its sources as []', () => {
    const path = join(scratch, 'module.ts');
    writeFileSync(path, text);
    const committed = readCommitted(path) as unknown as { observations: { quote: string }[]; sources: unknown[]; version: string };
    expect(committed.observations[0]!.quote).toBe(hostile);
    expect(committed.sources).toEqual([]);
    expect(committed.version).toBe('1.2.3');
  });

  it('datasetFromJson puts the sources at their key and deep-freezes the dataset', () => {
    const source = Object.freeze({ id: 's' }) as unknown as Source;
    const d = datasetFromJson<{ id: string; sources: readonly Source[]; observations: { locator: object }[] }>('{"id":"x","sources":null,"observations":[{"locator":{"line":2}}]}', [source]);
    expect(Object.keys(d)).toEqual(['id', 'sources', 'observations']);
    expect(d.sources[0]).toBe(source);
    expect([d, d.sources, d.observations, d.observations[0], d.observations[0]!.locator].every((o) => Object.isFrozen(o))).toBe(true);
  });
});
