import type { Dataset, Dimension } from '../model/dataset.js';
import type { Cell } from './csv.js';
import { longObservationRows } from './records.js';

/**
 * The value column an observation's figure goes into in `data/hxl/observations.csv`: the HXL
 * core hashtags for IDPs, refugees, other affected (displaced) people and population where the
 * figure counts persons, `#indicator+num` for every other figure. A figure in thousand persons
 * stays in `#indicator+num` (figures are never rescaled).
 */
export const hxlMeasureColumns: Readonly<Record<string, { readonly column: string; readonly measures: readonly string[] }>> = {
  '#affected+idps+ind': { column: 'idps', measures: ['idps'] },
  '#affected+refugees+ind': { column: 'refugees', measures: ['refugees'] },
  '#affected+displaced+ind': {
    column: 'displaced',
    measures: ['refugees-and-idps', 'refugees-idps-asylum-seekers', 'meskhetian-turks', 'azerbaijanis-from-armenia', 'asylum-seekers'],
  },
  '#population+ind': { column: 'population', measures: ['nagorno-karabakh-population', 'population'] },
};

/** One column of the HXL table: its header, the hashtag under it, and what fills it. */
export interface HxlColumn {
  readonly header: string;
  readonly tag: string;
  readonly from: string;
}

/**
 * Where the dataset's own words say whether a plain "Country" dimension is the origin or the
 * destination, by measure: the descriptions of arrivals-by-country ("countries of origin"),
 * departures-by-country ("countries of destination") and migration-stocks-2010 ("top
 * destination countries", "top source countries"). A country dimension labelled "… of origin"
 * or "… of destination" says so itself.
 */
const countryRoleByMeasure: Readonly<Record<string, 'origin' | 'dest'>> = {
  arrivals: 'origin',
  departures: 'dest',
  'top-emigration-destination': 'dest',
  'top-immigration-source': 'origin',
};

/** The HXL role of a dimension's codes, for one observation's measure. */
interface Role {
  /** The stem of the two column headers (`origin` → `originCode`, `originName`). */
  readonly key: string;
  /** The hashtag and attributes both columns share (`#country+origin`). */
  readonly tag: string;
  /** Whether the codes are ISO 3166-1 alpha-2 (the code column gets `+v_iso2`). */
  readonly iso2: boolean;
  readonly from: string;
}

const token = (id: string): string => id.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function roleOf(dimension: Dimension, measure: string | undefined): Role {
  // UNHCR's codes are ISO 3166-1 alpha-2 plus its own XXA (stateless) and UNK (unknown): country
  // codes, but not all ISO ones, so their column does not claim +v_iso2
  const country = dimension.codelist?.startsWith('ISO 3166-1 alpha-2') === true;
  if (country) {
    const iso2 = dimension.codelist === 'ISO 3166-1 alpha-2';
    const direction = /\bof origin\b/i.test(dimension.label) ? 'origin' : /\bof destination\b/i.test(dimension.label) ? 'dest' : /\bof asylum\b/i.test(dimension.label) ? 'asylum' : measure === undefined ? undefined : countryRoleByMeasure[measure];
    if (direction === 'origin') return { key: 'origin', tag: '#country+origin', iso2, from: 'a country dimension labelled "of origin", or whose dataset names its countries as origins (arrivals, top source countries)' };
    if (direction === 'dest') return { key: 'destination', tag: '#country+dest', iso2, from: 'a country dimension labelled "of destination", or whose dataset names its countries as destinations (departures, top destination countries)' };
    if (direction === 'asylum') return { key: 'asylum', tag: '#country+asylum', iso2, from: 'a country dimension labelled "of asylum" (UNHCR\'s country of asylum)' };
    return { key: 'otherCountry', tag: '#country+other', iso2, from: 'a country dimension that the dataset names neither as origin nor as destination (country of citizenship, country of migrant workers)' };
  }
  switch (dimension.id) {
    case 'region':
      return { key: 'adm1', tag: '#adm1', iso2: false, from: 'the region dimension (a region of Azerbaijan)' };
    case 'area':
      return { key: 'area', tag: '#loc', iso2: false, from: 'the area dimension (a region or district)' };
    case 'donor':
      return { key: 'donor', tag: '#org+funding', iso2: false, from: 'the donor dimension' };
    case 'activity':
      return { key: 'activity', tag: '#sector', iso2: false, from: 'the economic activity dimension' };
    default:
      return { key: camel(dimension.id).replace(/Code$/, ''), tag: `#meta+${token(dimension.id)}`, iso2: false, from: `the ${dimension.id} dimension` };
  }
}

/** The HXL value column (`idps`, `refugees`, `displaced`, `population` or `value`) that takes a figure. */
export function hxlValueColumn(measure: string, unit: string): string {
  if (unit !== 'persons') return 'value';
  for (const { column, measures } of Object.values(hxlMeasureColumns)) if (measures.includes(measure)) return column;
  return 'value';
}

const before: readonly HxlColumn[] = [
  { header: 'datasetId', tag: '#meta+dataset', from: 'datasetId' },
  { header: 'observationId', tag: '#meta+id', from: 'observationId' },
  { header: 'topic', tag: '#meta+topic', from: 'topic' },
  { header: 'country', tag: '#country+name', from: 'Azerbaijan, the country every figure is about' },
  { header: 'countryCode', tag: '#country+code', from: 'AZE (ISO 3166-1 alpha-3)' },
];

const after: readonly HxlColumn[] = [
  { header: 'periodStart', tag: '#date+start', from: 'the start of period (the period itself where it is not an interval)' },
  { header: 'periodEnd', tag: '#date+end', from: 'the end of period (the period itself where it is not an interval)' },
  { header: 'period', tag: '#meta+period', from: 'period (ISO 8601 text, an interval as start/end)' },
  { header: 'measure', tag: '#indicator+code', from: 'measure' },
  { header: 'measureLabel', tag: '#indicator+name', from: 'measureLabel' },
  { header: 'qualifier', tag: '#meta+qualifier', from: 'qualifier' },
  { header: 'wording', tag: '#meta+wording', from: 'wording' },
  { header: 'figure', tag: '#meta+figure', from: 'figure (the figure with its qualifier, as text)' },
  { header: 'idps', tag: '#affected+idps+ind', from: 'value, where the measure is idps and the unit persons' },
  { header: 'refugees', tag: '#affected+refugees+ind', from: 'value, where the measure is refugees and the unit persons' },
  { header: 'displaced', tag: '#affected+displaced+ind', from: 'value, where the measure counts other displaced people in persons' },
  { header: 'population', tag: '#population+ind', from: 'value, where the measure is a population in persons' },
  { header: 'value', tag: '#indicator+num', from: 'value, for every other figure' },
  { header: 'low', tag: '#indicator+num+min', from: 'low' },
  { header: 'high', tag: '#indicator+num+max', from: 'high' },
  { header: 'roundedValue', tag: '#indicator+num+rounded', from: "roundedValue: the figure as its publisher also publishes it, rounded (IDMC's total_displacement_rounded); value stays unrounded" },
  { header: 'roundedColumn', tag: '#meta+rounded+column', from: "roundedColumn: the publisher's column of the rounded figure" },
  { header: 'unit', tag: '#indicator+unit', from: 'unit' },
  { header: 'statingBody', tag: '#org+reporting+name', from: 'statingBody: the body that states the figure' },
  { header: 'source', tag: '#meta+source', from: 'sourceTitle: the publication the figure is read from' },
  { header: 'sourceId', tag: '#meta+source+code', from: 'sourceId' },
  { header: 'sourceUrl', tag: '#meta+url', from: "the publication's url" },
  { header: 'citation', tag: '#meta+citation', from: 'citation (the chain cite() gives)' },
  { header: 'via', tag: '#meta+via', from: 'via' },
  { header: 'quote', tag: '#description+quote', from: 'quote' },
  { header: 'asWritten', tag: '#description+written', from: 'asWritten' },
  { header: 'locatorFile', tag: '#meta+file', from: 'locatorFile: the data file of the release the figure is read from' },
  { header: 'locatorLine', tag: '#meta+line', from: 'locatorLine: the line of that file' },
  { header: 'locatorWrittenFromFile', tag: '#meta+written_from+file', from: 'locatorWrittenFromFile: the binary file (.rda) the data file was written out from' },
  { header: 'locatorWrittenFromTable', tag: '#meta+written_from+table', from: 'locatorWrittenFromTable: the table of that binary file' },
];

/** The roles the dimensions of these datasets take, in the order they first appear. */
function rolesOf(datasets: readonly Dataset[]): Role[] {
  const roles = new Map<string, Role>();
  for (const d of datasets) {
    for (const o of d.observations) {
      for (const dimension of d.dimensions) {
        if (o.dimensions[dimension.id] === undefined) continue;
        const role = roleOf(dimension, o.measure);
        const known = roles.get(role.key);
        if (known !== undefined && known.tag !== role.tag) throw new Error(`hxl: the columns ${role.key}Code and ${role.key}Name would take two hashtags, ${known.tag} and ${role.tag}`);
        // a column claims ISO 3166-1 alpha-2 (+v_iso2) only where every code in it is one
        if (known === undefined) roles.set(role.key, role);
        else if (known.iso2 && !role.iso2) roles.set(role.key, { ...known, iso2: false, from: `${known.from}; or UNHCR's (ISO 3166-1 alpha-2 with XXA, stateless, and UNK, unknown)` });
      }
    }
  }
  return [...roles.values()];
}

/**
 * The columns of `data/hxl/observations.csv` for these datasets, in order: the keys and the
 * country, then two columns (code and name) for each role a dimension takes (the origin and
 * destination countries, a region, an area, a donor…), then the period split into its start and
 * end, the measure, the qualifier, the figure in the column that names what it counts, the body
 * that states it, the publication, the citation and the quote.
 */
export function hxlColumns(datasets: readonly Dataset[]): HxlColumn[] {
  const dimensions = rolesOf(datasets).flatMap((r): HxlColumn[] => [
    { header: `${r.key}Code`, tag: `${r.tag}+code${r.iso2 ? '+v_iso2' : ''}`, from: `the code of ${r.from}${r.iso2 ? ' (ISO 3166-1 alpha-2)' : ''}` },
    { header: `${r.key}Name`, tag: `${r.tag}+name`, from: `the label of that code` },
  ]);
  return [...before, ...dimensions, ...after];
}

/**
 * The rows of the HXL table for a dataset: its long observation rows, each dimension in the
 * columns of its role (code and label), the period split into start and end, the figure in the
 * column that names what it counts. `urls` gives each source's address.
 */
export function hxlRows(dataset: Dataset, urls: ReadonlyMap<string, string | null>): Record<string, Cell>[] {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  return longObservationRows(dataset).map((row) => {
    const o = byId.get(String(row.observationId))!;
    const dimensionCells: Record<string, Cell> = {};
    for (const dimension of dataset.dimensions) {
      const code = o.dimensions[dimension.id];
      if (code === undefined) continue;
      const { key } = roleOf(dimension, o.measure);
      dimensionCells[`${key}Code`] = code;
      dimensionCells[`${key}Name`] = dimension.values.find((v) => v.code === code)?.label ?? null;
    }
    const [start, end = start] = o.period.split('/');
    return {
      datasetId: dataset.id,
      observationId: o.id,
      topic: row.topic ?? null,
      country: 'Azerbaijan',
      countryCode: 'AZE',
      ...dimensionCells,
      periodStart: start ?? null,
      periodEnd: end ?? null,
      period: o.period,
      measure: row.measure ?? null,
      measureLabel: row.measureLabel ?? null,
      qualifier: row.qualifier ?? null,
      wording: row.wording ?? null,
      figure: row.figure ?? null,
      [hxlValueColumn(o.measure, o.unit)]: row.value ?? null,
      low: row.low ?? null,
      high: row.high ?? null,
      roundedValue: row.roundedValue ?? null,
      roundedColumn: row.roundedColumn ?? null,
      unit: row.unit ?? null,
      statingBody: row.statingBody ?? null,
      source: row.sourceTitle ?? null,
      sourceId: row.sourceId ?? null,
      sourceUrl: urls.get(o.source) ?? null,
      citation: row.citation ?? null,
      via: row.via ?? null,
      quote: row.quote ?? null,
      asWritten: row.asWritten ?? null,
      locatorFile: row.locatorFile ?? null,
      locatorLine: row.locatorLine ?? null,
      locatorWrittenFromFile: row.locatorWrittenFromFile ?? null,
      locatorWrittenFromTable: row.locatorWrittenFromTable ?? null,
    };
  });
}
