import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRecords, dataRows } from '../support/dataTables.js';
import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';

// data/hxl/observations.csv: the long observations with an HXL hashtag row under the header, as
// humanitarian tools (HDX, HXL Proxy, libhxl) expect; the mapping is documented in docs/exports.md.
// libhxl is not packaged for Debian: the checks of its default schema (hxl-default-schema.json,
// the "core schema" rules that hxlvalidate applies) are implemented here, with its tag-pattern
// matching, its ISO date pattern and Python's float() for numbers.

const root = new URL('../../', import.meta.url).pathname;
const [header = [], tags = [], ...body] = dataRows('hxl/observations.csv');
const records = dataRecords('hxl/observations.csv', 1);
const observations = dataRecords('observations.csv');
const page = readFileSync(join(root, 'docs/exports.md'), 'utf8');
const section = page.slice(page.indexOf('## HXL'), page.indexOf('\n## ', page.indexOf('## HXL') + 1));

/** The hashtags of the HXL core schema (HXL 1.1) this file uses. */
const CORE_HASHTAGS = ['#meta', '#country', '#adm1', '#loc', '#date', '#indicator', '#affected', '#population', '#description', '#org', '#sector'];
/** Attributes the HXL 1.1 hashtag dictionary defines (those a file like this one may use). */
const CORE_ATTRIBUTES = ['code', 'name', 'id', 'type', 'origin', 'dest', 'asylum', 'start', 'end', 'occurred', 'reported', 'num', 'pct', 'url', 'source',
  'ind', 'hh', 'idps', 'refugees', 'displaced', 'f', 'm', 'children', 'adults', 'v_iso2', 'v_iso3', 'v_pcode', 'funding', 'prog', 'impl', 'reporting', 'i_en'];

/** A column's hashtag and attributes, as libhxl parses them. */
const parseTag = (tag: string): { hashtag: string; attributes: string[] } => {
  const [hashtag = '', ...attributes] = tag.replace(/\s/g, '').toLowerCase().split('+');
  return { hashtag, attributes };
};
/** libhxl's TagPattern.match: same hashtag, and every attribute of the pattern on the column. */
const matches = (pattern: string, tag: string): boolean => {
  const p = parseTag(pattern);
  const t = parseTag(tag);
  return p.hashtag === t.hashtag && p.attributes.every((a) => t.attributes.includes(a));
};
/** libhxl's ISO date pattern (datatypes._ISO_DATE_PATTERN) with its month and day checks. */
function isHxlDate(value: string): boolean {
  const m = /^([12]\d\d\d)(?:Q([1-4])|W(\d\d?)|-(\d\d?)(?:-(\d\d?))?)?$/i.exec(value.trim());
  if (m === null) return false;
  const [, , , week, month, day] = m;
  if (week !== undefined) return Number(week) >= 1 && Number(week) <= 53;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= 31 && !([4, 6, 9, 11].includes(Number(month)) && d > 30) && !(Number(month) === 2 && d > 29);
}
/** Python's float() on a string (libhxl's is_number): a decimal or exponent literal, or inf/nan. */
const isPythonFloat = (value: string): boolean => /^\s*[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d(_?\d)*)?|inf(inity)?|nan)\s*$/i.test(value) && !/^\s*[+-]?\.?\s*$/.test(value);

/** The rules of libhxl's default schema that a value can break (severity error), and its whitespace warning. */
const DATE_TAGS = ['#date'];
const NUMBER_TAGS = ['#population', '#affected', '#inneed', '#targeted', '#reached', '#indicator+num', '#output+num', '#value'];

/** The rows of the mapping table under the page's "## HXL" heading: column, hashtag. */
const documentedMapping = (): [string, string][] => [...section.matchAll(/^\| (\w+) \| `(#[^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!]);

describe('data/hxl/observations.csv', () => {
  it('has a hashtag under every header, each a valid HXL tag with attributes, its hashtag from the HXL core schema', () => {
    expect(tags.length).toBe(header.length);
    for (const tag of tags) {
      expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
      expect(CORE_HASHTAGS, tag).toContain(parseTag(tag).hashtag);
    }
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toEqual(expect.arrayContaining(['#affected+idps+ind', '#affected+refugees+ind', '#population+ind', '#date+start', '#date+end', '#country+code',
      '#country+origin+code', '#country+origin+name', '#country+asylum+code', '#country+asylum+name', '#indicator+num+rounded', '#meta+written_from+file', '#meta+written_from+table', '#country+dest+code+v_iso2', '#country+dest+name', '#adm1+code', '#adm1+name', '#meta+source', '#meta+url', '#org+reporting+name']));
    // no JSON column of dimensions: each dimension has its own columns
    expect(tags).not.toContain('#meta+dimensions');
  });

  it('the docs say which attributes are core HXL and which are the library\'s: every attribute it uses is one or the other, and the docs list each library attribute', () => {
    const used = new Set(tags.flatMap((t) => parseTag(t).attributes));
    const library = [...used].filter((a) => !CORE_ATTRIBUTES.includes(a)).sort();
    const documented = [...section.matchAll(/^- `\+(\w+)`/gm)].map((m) => m[1]!).sort();
    expect(documented).toEqual(library);
    expect(library).toEqual(expect.arrayContaining(['dataset', 'qualifier', 'wording', 'min', 'max', 'unit', 'quote', 'written']));
    expect(section).not.toMatch(/tags? (all )?(come )?from the HXL core schema/);
  });

  it('is documented column by column on the docs page', () => {
    expect(documentedMapping()).toEqual(header.map((h, i) => [h, tags[i]!]));
  });

  it('passes the date and number checks of libhxl\'s default schema in every row (#date: a date; #population, #affected, #indicator+num…: a number)', () => {
    const problems: string[] = [];
    tags.forEach((tag, i) => {
      const date = DATE_TAGS.some((p) => matches(p, tag));
      const number = NUMBER_TAGS.some((p) => matches(p, tag));
      if (!date && !number) return;
      for (const r of body) {
        const value = r[i]!;
        if (value.trim() === '') continue; // libhxl skips empty values
        if (date && !isHxlDate(value)) problems.push(`${tag}=${value}: expected a date`);
        if (number && !isPythonFloat(value)) problems.push(`${tag}=${value}: expected a number`);
      }
    });
    expect(problems).toEqual([]);
    // the checks bite: an interval is not a date, a figure as written is not a number
    expect([isHxlDate('2001/2009'), isHxlDate('2011-01/2011-10'), isHxlDate('2011-13'), isHxlDate('2011-02-30'), isHxlDate('2011-10')]).toEqual([false, false, false, false, true]);
    expect([isPythonFloat('700,000'), isPythonFloat('1432.6'), isPythonFloat('1e-3'), isPythonFloat('')]).toEqual([false, true, true, false]);
    // every date column has values, and the intervals are split
    expect(tags.filter((t) => matches('#date', t))).toEqual(['#date+start', '#date+end']);
  });

  it('has no sloppy whitespace in a tagged value (libhxl\'s whitespace warning)', () => {
    const sloppy: string[] = [];
    tags.forEach((tag, i) => {
      // the publisher's own text stays as written (a quote, IDMC's event name with its double space): libhxl only warns
      if (tag === '#description+quote' || tag === '#meta+event+name') return;
      for (const r of body) if (r[i] !== r[i]!.trim().replace(/\s+/g, ' ')) sloppy.push(`${tag}: ${JSON.stringify(r[i])}`);
    });
    expect(sloppy).toEqual([]);
  });

  it('has every observation of observations.csv, in order, with its period split into start and end, its source and quote', () => {
    expect(records.map((r) => `${r.datasetId}/${r.observationId}`)).toEqual(observations.map((o) => `${o.datasetId}/${o.observationId}`));
    expect(records.length).toBe(datasets.reduce((n, d) => n + d.observations.length, 0));
    let intervals = 0;
    const problems: string[] = [];
    records.forEach((r, i) => {
      const o = observations[i]!;
      const [start, end = start] = o.period!.split('/');
      // every cell a string (csv-parse gives no other): the rows compared as JSON text
      const actual = JSON.stringify([r.period, r.source, r.sourceId, r.quote, r.asWritten, r.unit, r.measure, r.countryCode, r.topic, r.qualifier, r.figure, r.periodStart, r.periodEnd]);
      const expected = JSON.stringify([o.period, o.sourceTitle, o.sourceId, o.quote, o.asWritten, o.unit, o.measure, 'AZE', o.topic, o.qualifier, o.figure, start, end]);
      if (actual !== expected) problems.push(`${r.datasetId}/${r.observationId}: ${actual}, expected ${expected}`);
      if (o.period!.includes('/')) intervals++;
    });
    expect(problems).toEqual([]);
    expect(intervals).toBeGreaterThanOrEqual(21);
  });

  it('#org names the body that states the figure, #meta+source the publication: no source id in an #org column', () => {
    const org = header.find((_, i) => tags[i] === '#org+reporting+name')!;
    const ids = new Set(datasets.flatMap((d) => d.sources.map((s) => s.id)));
    const problems: string[] = [];
    records.forEach((r, i) => {
      const id = `${r.datasetId}/${r.observationId}`;
      if (r[org] !== observations[i]!.statingBody) problems.push(`${id}: ${org} ${JSON.stringify(r[org])}, the stating body ${JSON.stringify(observations[i]!.statingBody)}`);
      if (ids.has(r[org]!)) problems.push(`${id}: ${org} is the source id ${r[org]}`);
      if (r.source !== observations[i]!.sourceTitle) problems.push(`${id}: source ${JSON.stringify(r.source)}, the source title ${JSON.stringify(observations[i]!.sourceTitle)}`);
    });
    for (const [i, tag] of tags.entries()) if (matches('#org+name', tag)) for (const r of body) if (ids.has(r[i]!)) problems.push(`${tag}=${r[i]}: a source id`);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.citation)).toEqual(observations.map((o) => o.citation));
  });

  it('puts each figure in exactly one value column: IDPs, refugees, other displaced people, population in persons, else #indicator+num', () => {
    const valueColumns = ['idps', 'refugees', 'displaced', 'population', 'value'];
    const column = (measure: string, unit: string): string => {
      if (unit !== 'persons') return 'value';
      if (measure === 'idps' || measure === 'refugees') return measure;
      if (['refugees-and-idps', 'refugees-idps-asylum-seekers', 'meskhetian-turks', 'azerbaijanis-from-armenia', 'asylum-seekers'].includes(measure)) return 'displaced';
      return measure === 'nagorno-karabakh-population' || measure === 'population' ? 'population' : 'value';
    };
    const problems: string[] = [];
    records.forEach((r, i) => {
      const o = observations[i]!;
      const id = `${r.datasetId}/${r.observationId}`;
      const filled = valueColumns.filter((c) => r[c] !== '');
      if (o.qualifier === 'range') {
        if (filled.length > 0) problems.push(`${id}: a range, with ${filled.join(', ')} filled`);
        if (r.low !== o.low || r.high !== o.high) problems.push(`${id}: low ${r.low} high ${r.high}, expected ${o.low} and ${o.high}`);
      } else {
        const expected = column(o.measure!, o.unit!);
        if (filled.length !== 1 || filled[0] !== expected) problems.push(`${id}: ${filled.join(', ') || 'no column'} filled, expected ${expected}`);
        // Object.is, as toBe compared them
        else if (!Object.is(Number(r[expected]), Number(o.value))) problems.push(`${id}: ${expected} ${r[expected]}, expected ${o.value}`);
      }
    });
    expect(problems).toEqual([]);
    // the four IDP statements of the documents: 570 000, 579,000, 687,000, up to 700,000 (the
    // series of the statistical releases stand in the same column, from their own sources)
    const documentIds = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.id));
    const idps = records.filter((r) => r.idps !== '' && documentIds.has(r.sourceId!)).sort((a, b) => Number(a.idps) - Number(b.idps));
    expect(idps.map((r) => [Number(r.idps), r.qualifier])).toEqual([[570000, 'exact'], [579000, 'exact'], [687000, 'exact'], [700000, 'atMost']]);
    expect(records.filter((r) => r.idps !== '').length).toBe(datasets.reduce((n, d) => n + d.observations.filter((o) => o.measure === 'idps' && o.unit === 'persons' && 'value' in o).length, 0));
  });

  it('every dimension of a row stands in its own columns, the code and its label, under the hashtag of its role', () => {
    const codeColumns = header.filter((h, i) => h.endsWith('Code') && h !== 'countryCode' && /\+code\b/.test(tags[i]!));
    const byId = new Map<string, (typeof datasets)[number]>(datasets.map((d) => [d.id, d]));
    // each dimension's labels by code, looked up once
    const labelsOf = new Map(datasets.flatMap((d) => d.dimensions.map((x) => [x, new Map(x.values.map((v) => [v.code, v.label]))] as const)));
    const problems: string[] = [];
    records.forEach((r, i) => {
      const id = `${r.datasetId}/${r.observationId}`;
      const dimensions = JSON.parse(observations[i]!.dimensions!) as Record<string, string>;
      const d = byId.get(r.datasetId!)!;
      const filled = codeColumns.filter((c) => r[c] !== '');
      const codes = JSON.stringify(filled.map((c) => r[c]).sort());
      if (codes !== JSON.stringify(Object.values(dimensions).sort())) problems.push(`${id}: codes ${codes}, the dimensions ${JSON.stringify(dimensions)}`);
      for (const c of filled) {
        // two dimensions may share a code (IDMC's hazard category 2 and hazard type 2): the label is that of one of them
        const labels = d.dimensions.filter((x) => dimensions[x.id] === r[c]).map((x) => labelsOf.get(x)!.get(r[c]!));
        if (labels.includes(undefined) || !labels.includes(r[c.replace(/Code$/, 'Name')])) problems.push(`${id}: ${c.replace(/Code$/, 'Name')} ${JSON.stringify(r[c.replace(/Code$/, 'Name')])}, not among the labels ${JSON.stringify(labels)}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('filters by origin and by destination: a dimension labelled "of origin" or "of destination" lands in #country+origin or #country+dest', () => {
    // UNHCR's origin codes include XXA and UNK, so the origin column does not claim +v_iso2
    const originTag = header[tags.indexOf('#country+origin+code')]!;
    const destTag = header[tags.indexOf('#country+dest+code+v_iso2')]!;
    const asylumTag = header[tags.indexOf('#country+asylum+code')]!;
    expect(tags).not.toContain('#country+asylum+code+v_iso2');
    // the first row of each figure, by dataset and observation id
    const rowOf = new Map<string, Record<string, string>>();
    for (const r of records) if (!rowOf.has(`${r.datasetId}\u0000${r.observationId}`)) rowOf.set(`${r.datasetId}\u0000${r.observationId}`, r);
    const problems: string[] = [];
    for (const d of datasets) {
      for (const dim of d.dimensions) {
        const role = /\bof origin\b/i.test(dim.label) ? originTag : /\bof destination\b/i.test(dim.label) ? destTag : /\bof asylum\b/i.test(dim.label) ? asylumTag : undefined;
        if (role === undefined) continue;
        for (const o of d.observations.filter((x) => x.dimensions[dim.id] !== undefined)) {
          const row = rowOf.get(`${d.id}\u0000${o.id}`);
          if (row === undefined) problems.push(`${d.id}/${o.id}: no row`);
          else if (row[role] !== o.dimensions[dim.id]) problems.push(`${d.id}/${o.id}: ${role} ${JSON.stringify(row[role])}, expected ${o.dimensions[dim.id]}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // the UN DESA stocks: emigrants by destination, immigrants by origin, each filterable by country
    const toRussia = records.filter((r) => r[destTag] === 'RU').map((r) => r.datasetId);
    const fromRussia = records.filter((r) => r[originTag] === 'RU').map((r) => r.datasetId);
    expect(toRussia).toContain('undesa-emigrants-by-destination');
    expect(fromRussia).toContain('undesa-immigrants-by-origin');
    expect(toRussia).not.toContain('undesa-immigrants-by-origin');
    // UNHCR: refugees from Azerbaijan by country of asylum, and people in Azerbaijan by origin
    const inGermany = records.filter((r) => r.datasetId === 'unhcr-population-2025' && r[asylumTag] === 'DE' && r[originTag] === 'AZ');
    expect(inGermany.some((r) => r.measure === 'refugee-population-by-country-of-origin' && r.periodStart === '2023')).toBe(true);
    const stateless = records.filter((r) => r[originTag] === 'XXA');
    expect(stateless.length).toBeGreaterThan(0);
  });

  it('keeps the publisher\'s rounded figure beside the unrounded one, and each figure\'s file, line and .rda file', () => {
    const gidd = records.find((r) => r.datasetId === 'idmc-gidd-conflict-2025' && r.observationId === 'idps-2009')!;
    expect([gidd.idps, gidd.roundedValue, gidd.roundedColumn, gidd.locatorFile, gidd.locatorLine]).toEqual(['586013', '586000', 'total_displacement_rounded', 'conflict--aze.csv', '2']);
    const unhcr = records.find((r) => r.datasetId === 'unhcr-idmc-idps-2025' && r.observationId === 'idps-2009')!;
    expect([unhcr.idps, unhcr.roundedValue, unhcr.locatorFile, unhcr.locatorWrittenFromFile, unhcr.locatorWrittenFromTable]).toEqual(['586000', '', 'idmc--aze.csv', 'rda/idmc.rda', 'idmc']);
  });
});
