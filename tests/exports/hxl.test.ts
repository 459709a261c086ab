import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';

// data/hxl/observations.csv: the long observations with an HXL hashtag row under the header, as
// humanitarian tools (HDX, HXL Proxy) expect; the mapping is documented in docs/exports.md.

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string): string[][] => parse(readFileSync(join(root, path), 'utf8'));
const [header = [], tags = [], ...body] = read('data/hxl/observations.csv');
const [obsHeader = [], ...obsBody] = read('data/observations.csv');
const records = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
const observations = obsBody.map((r) => Object.fromEntries(obsHeader.map((h, i) => [h, r[i]!])));

/** The hashtags of the HXL core schema (HXL 1.1) this file uses. */
const CORE_HASHTAGS = ['#meta', '#country', '#loc', '#date', '#indicator', '#affected', '#population', '#description', '#org'];

/** The rows of the mapping table under the page's "## HXL" heading: column, hashtag. */
function documentedMapping(): [string, string][] {
  const page = readFileSync(join(root, 'docs/exports.md'), 'utf8');
  const section = page.slice(page.indexOf('## HXL'), page.indexOf('\n## ', page.indexOf('## HXL') + 1));
  return [...section.matchAll(/^\| (\w+) \| `(#[^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('data/hxl/observations.csv', () => {
  it('has a hashtag under every header, each a valid HXL tag with attributes, from the HXL core schema', () => {
    expect(tags.length).toBe(header.length);
    for (const tag of tags) {
      expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
      expect(CORE_HASHTAGS, tag).toContain(tag.split('+')[0]);
    }
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toEqual(expect.arrayContaining(['#affected+idps+ind', '#affected+refugees+ind', '#population+ind', '#date', '#country+code', '#meta+source', '#meta+url']));
  });

  it('is documented column by column on the docs page', () => {
    expect(documentedMapping()).toEqual(header.map((h, i) => [h, tags[i]!]));
  });

  it('has every observation of observations.csv, in order, with its period, source and quote', () => {
    expect(records.map((r) => `${r.datasetId}/${r.observationId}`)).toEqual(observations.map((o) => `${o.datasetId}/${o.observationId}`));
    expect(records.length).toBe(datasets.reduce((n, d) => n + d.observations.length, 0));
    records.forEach((r, i) => {
      const o = observations[i]!;
      expect([r.period, r.source, r.sourceId, r.quote, r.asWritten, r.unit, r.measure, r.countryCode]).toEqual([o.period, o.sourceTitle, o.sourceId, o.quote, o.asWritten, o.unit, o.measure, 'AZE']);
    });
  });

  it('puts each figure in exactly one value column: IDPs, refugees, other displaced people, population in persons, else #indicator+num', () => {
    const valueColumns = ['idps', 'refugees', 'displaced', 'population', 'value'];
    const column = (measure: string, unit: string): string => {
      if (unit !== 'persons') return 'value';
      if (measure === 'idps' || measure === 'refugees') return measure;
      if (['refugees-and-idps', 'refugees-idps-asylum-seekers', 'meskhetian-turks', 'azerbaijanis-from-armenia', 'asylum-seekers'].includes(measure)) return 'displaced';
      return measure === 'nagorno-karabakh-population' || measure === 'population' ? 'population' : 'value';
    };
    records.forEach((r, i) => {
      const o = observations[i]!;
      const filled = valueColumns.filter((c) => r[c] !== '');
      if (o.qualifier === 'range') {
        expect(filled, r.observationId).toEqual([]);
        expect([r.low, r.high]).toEqual([o.low, o.high]);
      } else {
        expect(filled, r.observationId).toEqual([column(o.measure!, o.unit!)]);
        expect(Number(r[filled[0]!])).toBe(Number(o.value));
      }
    });
    // the four IDP statements of the documents: 570 000, 579,000, 687,000, up to 700,000 (the
    // series of the statistical releases stand in the same column, from their own sources)
    const documentIds = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.id));
    expect(records.filter((r) => r.idps !== '' && documentIds.has(r.sourceId!)).map((r) => Number(r.idps)).sort((a, b) => a - b)).toEqual([570000, 579000, 687000, 700000]);
    expect(records.filter((r) => r.idps !== '').length).toBe(datasets.reduce((n, d) => n + d.observations.filter((o) => o.measure === 'idps' && o.unit === 'persons' && 'value' in o).length, 0));
  });

  it('names the place of an observation with a region or area dimension', () => {
    const placed = records.filter((r) => r.place !== '');
    expect(placed.length).toBeGreaterThan(0);
    for (const r of placed) expect(['landmine-contamination', 'karabakh-conflict-areas']).toContain(r.datasetId);
  });
});
