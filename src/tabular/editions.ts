/**
 * Editions side by side: what changed between two editions of one publisher's table, figure by
 * figure, and between a copy's totals and the sum of a later edition's rows. The build ships
 * both as `data/unhcr-editions.revisions.csv` ({@link editionRevisionRows}) and `compare
 * <measure>` lists them for the periods it shows; both from {@link editionRevisionsOf}.
 *
 * Rows of UNHCR's population table pair by UNHCR's own country codes (the fields `coo` and
 * `coa` of the row each figure quotes), not by the ISO codes the datasets hold as dimensions,
 * so that a row whose ISO code changed between editions still pairs with itself.
 */
import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import type { ColumnInfo } from './columns.js';
import { isoPeriodPattern } from './columns.js';
import type { Cell } from './csv.js';

/** A quote that is not a row of UNHCR's population table as the package writes it out. */
export class EditionQuoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditionQuoteError';
  }
}

/** The fields of one CSV line (RFC 4180: a field in double quotes may hold commas and `""`), each as written, quotes removed. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = '';
      i += 1;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) throw new EditionQuoteError(`an unclosed quoted field in "${line}"`);
        text += line.slice(i, end);
        i = end + 1;
        if (line[i] === '"') {
          text += '"';
          i += 1;
        } else break;
      }
      fields.push(text);
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return fields;
    if (line[i] !== ',') throw new EditionQuoteError(`text after a quoted field in "${line}"`);
    i += 1;
  }
}

/** The country codes of one row of UNHCR's population table, as the row writes them. */
export interface UnhcrRowCodes {
  /** UNHCR's own code of the country of origin (field 3, `coo`): `AZE`, `UKN`. */
  readonly origin: string;
  /** UNHCR's own code of the country of asylum (field 6, `coa`): `GFR`, `NET`. */
  readonly asylum: string;
  /** The ISO code of the country of origin as the row writes it (field 4, `coo_iso`): `NA` where it is missing. */
  readonly originIso: string;
  /** The ISO code of the country of asylum as the row writes it (field 7, `coa_iso`). */
  readonly asylumIso: string;
}

/**
 * The country codes of the row a figure of UNHCR's population table quotes: the row is
 * `year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,…`, as the R package `refugees` writes it
 * out, so UNHCR's own codes are its fields 3 and 6 and the ISO codes its fields 4 and 7.
 *
 * @throws {EditionQuoteError} when the quote has fewer than 7 fields, does not start with the
 * figure's year, or leaves UNHCR's code of origin or asylum empty.
 *
 * @example
 * ```ts
 * import { unhcrRowCodes } from '../../src/tabular/editions.ts';
 * unhcrRowCodes({ id: 'x', period: '1992', quote: '1992,"Unknown","UKN",NA,"Azerbaijan","AZE","AZE",51000,0' });
 * //=> { origin: 'UKN', asylum: 'AZE', originIso: 'NA', asylumIso: 'AZE' }
 * ```
 */
export function unhcrRowCodes(figure: Pick<Observation, 'id' | 'period' | 'quote'>): UnhcrRowCodes {
  const fields = csvFields(figure.quote);
  if (fields.length < 7 || fields[0] !== figure.period.slice(0, 4)) {
    throw new EditionQuoteError(`unhcrRowCodes: the quote of "${figure.id}" is not a row of UNHCR's population table for ${figure.period} (year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,…): "${figure.quote}"`);
  }
  const [, , origin = '', originIso = '', , asylum = '', asylumIso = ''] = fields;
  if (origin === '' || asylum === '') throw new EditionQuoteError(`unhcrRowCodes: the quote of "${figure.id}" leaves UNHCR's code of origin or asylum empty: "${figure.quote}"`);
  return { origin, asylum, originIso, asylumIso };
}

/**
 * What changed for one row between two editions: its value (`revised`), the ISO code its row
 * writes for the country of origin or asylum (`recoded`), both, or the figure stands in one
 * edition only.
 */
export type EditionChangeKind = 'revised' | 'recoded' | 'revised-and-recoded' | 'earlier-only' | 'later-only';

/** One figure of a table that changed between two editions, keyed by measure, period and UNHCR's own codes. */
export interface EditionChange {
  readonly measure: string;
  readonly period: string;
  /** UNHCR's own code of the country of origin of the row (`coo`). */
  readonly origin: string;
  /** UNHCR's own code of the country of asylum of the row (`coa`). */
  readonly asylum: string;
  readonly change: EditionChangeKind;
  /** The figure in the earlier edition; `null` where only the later has it. */
  readonly earlier: Observation | null;
  /** The figure in the later edition; `null` where only the earlier has it. */
  readonly later: Observation | null;
  /** Later minus earlier; `null` where one edition lacks the figure. */
  readonly difference: number | null;
}

function pointValue(o: Observation): number {
  if (o.qualifier === 'range') throw new RangeError(`editions: "${o.id}" is a range (${o.low}–${o.high}); an edition comparison compares single figures`);
  return o.value;
}

/**
 * The figures that changed between two editions of UNHCR's population table: the figures of
 * both are paired by measure, period and UNHCR's own codes of origin and asylum (read from each
 * figure's quote with {@link unhcrRowCodes}), so that a row whose ISO code changed still pairs.
 * Listed: every pair whose value or written ISO code differs, and every figure that one edition
 * has and the other not, over the periods both editions state (a year the earlier edition does
 * not reach is not a change). Ordered by measure, period, origin, asylum.
 *
 * @throws {RangeError} when one edition states the same measure, period and codes twice, or a
 * figure is a range.
 * @throws {EditionQuoteError} when a quote is not a row of the table.
 *
 * @example
 * ```ts
 * import { editionChanges } from '../../src/tabular/editions.ts';
 * const row = (id: string, value: number, quote: string) =>
 *   ({ id, measure: 'refugees', qualifier: 'exact', value, unit: 'persons', period: '1992', dimensions: {}, source: 's', locator: {}, quote, asWritten: String(value) }) as const;
 * const changes = editionChanges(
 *   [row('a', 51000, '1992,"Unknown","UKN",NA,"Azerbaijan","AZE","AZE",51000')],
 *   [row('a', 51000, '1992,"Unknown","UKN","UNK","Azerbaijan","AZE","AZE",51000')],
 * );
 * changes.map((c) => `${c.origin} ${c.change} ${c.difference}`);
 * //=> ['UKN recoded 0']
 * ```
 */
export function editionChanges(earlier: readonly Observation[], later: readonly Observation[]): EditionChange[] {
  const keyed = (list: readonly Observation[], side: string): Map<string, [Observation, UnhcrRowCodes]> => {
    const map = new Map<string, [Observation, UnhcrRowCodes]>();
    for (const o of list) {
      const codes = unhcrRowCodes(o);
      const key = [o.measure, o.period, codes.origin, codes.asylum].join('\u0000');
      const seen = map.get(key);
      if (seen) throw new RangeError(`editions: the ${side} edition states ${o.measure} ${o.period} ${codes.origin}→${codes.asylum} twice ("${seen[0].id}" and "${o.id}")`);
      map.set(key, [o, codes]);
    }
    return map;
  };
  const first = keyed(earlier, 'earlier');
  const second = keyed(later, 'later');
  const laterPeriods = new Set(later.map((o) => o.period));
  const common = new Set(earlier.map((o) => o.period).filter((p) => laterPeriods.has(p)));
  const out: EditionChange[] = [];
  for (const key of new Set([...first.keys(), ...second.keys()])) {
    const e = first.get(key);
    const l = second.get(key);
    const [o, codes] = (e ?? l)!;
    if (!common.has(o.period)) continue;
    const base = { measure: o.measure, period: o.period, origin: codes.origin, asylum: codes.asylum };
    if (e === undefined || l === undefined) {
      out.push({ ...base, change: e === undefined ? 'later-only' : 'earlier-only', earlier: e?.[0] ?? null, later: l?.[0] ?? null, difference: null });
      continue;
    }
    const difference = pointValue(l[0]) - pointValue(e[0]);
    const recoded = e[1].originIso !== l[1].originIso || e[1].asylumIso !== l[1].asylumIso;
    if (difference === 0 && !recoded) continue;
    const change: EditionChangeKind = difference !== 0 && recoded ? 'revised-and-recoded' : recoded ? 'recoded' : 'revised';
    out.push({ ...base, change, earlier: e[0], later: l[0], difference });
  }
  const order = (c: EditionChange): string[] => [c.measure, c.period, c.origin, c.asylum];
  return out.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : x[i]! < y[i]! ? -1 : 1;
  });
}

/** One total of a copy beside the sum of a later edition's rows for the same measure and period. */
export interface TotalAgainstRows {
  /** The measure of the total (its id in the copy). */
  readonly measure: string;
  /** The measure whose rows are summed (its id in the later edition). */
  readonly rowsMeasure: string;
  readonly period: string;
  /** The copy's total. */
  readonly total: Observation;
  /** The later edition's rows of `rowsMeasure` and `period`, summed; empty where it has none. */
  readonly rows: readonly Observation[];
  /** The sum of `rows`; `null` where there are none (no figure: not a 0). */
  readonly rowsSum: number | null;
  /** `rowsSum − total`; `null` where there are no rows. */
  readonly difference: number | null;
}

/**
 * Each total of a copy (a figure without dimensions) beside the sum of a later edition's rows
 * of the measure `measures` maps it to and of the same period, where the two differ or the later
 * edition has no row: the copy's total of refugees from Azerbaijan in 2018 beside the sum of the
 * later edition's rows by country of asylum. Totals of a measure `measures` does not name are
 * left out. Ordered by measure (in the order of `measures`), then period.
 *
 * @throws {RangeError} when a figure is a range, or `measures` names a measure neither side states.
 *
 * @example
 * ```ts
 * import { totalsAgainstRows } from '../../src/tabular/editions.ts';
 * const fig = (id: string, value: number, dimensions: Record<string, string>) =>
 *   ({ id, measure: 'refugees', qualifier: 'exact', value, unit: 'persons', period: '2018', dimensions, source: 's', locator: {}, quote: String(value), asWritten: String(value) }) as const;
 * const [r] = totalsAgainstRows([fig('t', 1120, {})], [fig('a', 1000, { origin: 'AM' }), fig('b', 130, { origin: 'RU' })], { refugees: 'refugees' });
 * [r?.total.value, r?.rowsSum, r?.difference];
 * //=> [1120, 1130, 10]
 * ```
 */
export function totalsAgainstRows(totals: readonly Observation[], rows: readonly Observation[], measures: Readonly<Record<string, string>>): TotalAgainstRows[] {
  for (const [total, row] of Object.entries(measures)) {
    if (!totals.some((o) => o.measure === total)) throw new RangeError(`editions: no total states the measure "${total}"`);
    if (!rows.some((o) => o.measure === row)) throw new RangeError(`editions: no row states the measure "${row}"`);
  }
  const byKey = new Map<string, Observation[]>();
  for (const o of rows) {
    const key = `${o.measure}\u0000${o.period}`;
    byKey.set(key, [...(byKey.get(key) ?? []), o]);
  }
  const out: TotalAgainstRows[] = [];
  for (const [measure, rowsMeasure] of Object.entries(measures)) {
    const list = totals.filter((o) => o.measure === measure && Object.keys(o.dimensions).length === 0).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (const total of list) {
      const summed = byKey.get(`${rowsMeasure}\u0000${total.period}`) ?? [];
      const rowsSum = summed.length === 0 ? null : summed.reduce((s, o) => s + pointValue(o), 0);
      const difference = rowsSum === null ? null : rowsSum - pointValue(total);
      if (difference === 0) continue;
      out.push({ measure, rowsMeasure, period: total.period, total, rows: summed, rowsSum, difference });
    }
  }
  return out;
}

/** Two editions of one table, to pair row by row. */
export interface EditionPairConfig {
  /** The dataset of the earlier edition. */
  readonly earlier: string;
  /** The dataset of the later edition. */
  readonly later: string;
}

/** A copy's totals and a later edition's rows, to set side by side. */
export interface TotalsConfig {
  /** The dataset of the copy whose figures are totals. */
  readonly totals: string;
  /** The dataset of the later edition whose rows are summed. */
  readonly rows: string;
  /** Each measure of the copy compared, and the measure of the later edition whose rows add up to it. */
  readonly measures: Readonly<Record<string, string>>;
}

/**
 * The editions of UNHCR's population table the library holds: version 2022.12.0 against
 * 2025.12.1 of the R package `refugees`, row by row; and the December 2019 copy of UNHCR's
 * Population Statistics (totals for Azerbaijan as origin or asylum) against the sum of
 * 2025.12.1's rows. Each measure of the copy maps to the measure of the same id (the same
 * category and direction: `refugees` in Azerbaijan by origin, `refugee-population-by-country-of-origin`
 * from Azerbaijan by asylum…); the copy's `displaced-population-arrived` and `-left` (all
 * categories together) have no counterpart in the package's table and are left out.
 */
export const unhcrEditions: { readonly pairs: readonly EditionPairConfig[]; readonly totals: readonly TotalsConfig[] } = {
  pairs: [{ earlier: 'unhcr-population-2022', later: 'unhcr-population-2025' }],
  totals: [
    {
      totals: 'unhcr-population-statistics-azerbaijan',
      rows: 'unhcr-population-2025',
      measures: Object.fromEntries(
        [
          'refugee-population-by-country-of-origin',
          'asylum-seekers-by-origin',
          'returned-refugees-by-origin',
          'others-of-concern-by-origin',
          'refugees',
          'asylum-seekers',
          'returned-refugees',
          'others-of-concern',
          'stateless-persons',
          'idps',
        ].map((m) => [m, m]),
      ),
    },
  ],
};

/** One row of the table of editions: a pair of figures of two editions, or a copy's total against a sum of rows. */
export interface EditionRevision {
  /** `editions`: one row of two editions of the table; `total-and-rows`: a copy's total against the sum of the later edition's rows. */
  readonly comparison: 'editions' | 'total-and-rows';
  readonly measure: string;
  readonly period: string;
  /** UNHCR's own code of origin (`editions` only; `null` for a total). */
  readonly origin: string | null;
  /** UNHCR's own code of asylum (`editions` only; `null` for a total). */
  readonly asylum: string | null;
  readonly change: EditionChangeKind;
  readonly earlierDataset: Dataset;
  readonly earlier: Observation | null;
  readonly laterDataset: Dataset;
  /** The later figures: one for a pair (none where the later edition lacks it), every row summed for a total. */
  readonly later: readonly Observation[];
  readonly earlierValue: number | null;
  readonly laterValue: number | null;
  readonly difference: number | null;
}

/**
 * Every edition revision of `config` over `datasets`: the changed figures of each pair of
 * editions ({@link editionChanges}), then the totals of each copy that differ from the sum of the
 * later edition's rows ({@link totalsAgainstRows}). A pair or copy whose datasets `datasets`
 * lacks is left out.
 *
 * @example
 * ```ts
 * import { datasets } from 'azerbaijan-data';
 * import { editionRevisionsOf, unhcrEditions } from '../../src/tabular/editions.ts';
 * const r = editionRevisionsOf(unhcrEditions, datasets).find((x) => x.comparison === 'total-and-rows' && x.measure === 'refugee-population-by-country-of-origin' && x.period === '2018');
 * [r?.earlierValue, r?.laterValue];
 * //=> [11226, 11246]
 * ```
 */
export function editionRevisionsOf(config: typeof unhcrEditions, datasets: readonly Dataset[]): EditionRevision[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const out: EditionRevision[] = [];
  for (const pair of config.pairs) {
    const earlierDataset = byId.get(pair.earlier);
    const laterDataset = byId.get(pair.later);
    if (earlierDataset === undefined || laterDataset === undefined) continue;
    for (const c of editionChanges(earlierDataset.observations, laterDataset.observations)) {
      out.push({
        comparison: 'editions',
        measure: c.measure,
        period: c.period,
        origin: c.origin,
        asylum: c.asylum,
        change: c.change,
        earlierDataset,
        earlier: c.earlier,
        laterDataset,
        later: c.later === null ? [] : [c.later],
        earlierValue: c.earlier === null ? null : pointValue(c.earlier),
        laterValue: c.later === null ? null : pointValue(c.later),
        difference: c.difference,
      });
    }
  }
  for (const t of config.totals) {
    const earlierDataset = byId.get(t.totals);
    const laterDataset = byId.get(t.rows);
    if (earlierDataset === undefined || laterDataset === undefined) continue;
    for (const r of totalsAgainstRows(earlierDataset.observations, laterDataset.observations, t.measures)) {
      out.push({
        comparison: 'total-and-rows',
        measure: r.measure,
        period: r.period,
        origin: null,
        asylum: null,
        change: r.rowsSum === null ? 'earlier-only' : 'revised',
        earlierDataset,
        earlier: r.total,
        laterDataset,
        later: r.rows,
        earlierValue: pointValue(r.total),
        laterValue: r.rowsSum,
        difference: r.difference,
      });
    }
  }
  return out;
}

/** The locator of a figure as one line of text: `population--aze.csv, line 2, column refugees (written from rda/population.rda, table population)`. */
function locatorText(o: Observation): string {
  const l = o.locator;
  const parts = [l.file, l.table, l.section, l.row, l.line === undefined ? undefined : `line ${l.line}`, l.column === undefined ? undefined : `column ${l.column}`].filter((x) => x !== undefined && x !== '');
  const from = l.writtenFrom ? ` (written from ${l.writtenFrom.file}${l.writtenFrom.table ? `, table ${l.writtenFrom.table}` : ''})` : '';
  return `${parts.join(', ')}${from}`;
}

/** The columns of `data/unhcr-editions.revisions.csv`, in order: one row per changed figure or differing total. */
export const editionRevisionColumns: Readonly<Record<string, ColumnInfo>> = {
  revisionId: { type: 'string', required: true, description: 'The row\'s key: comparison, measure, period and (for a pair of editions) UNHCR\'s codes of origin and asylum, separated by spaces.' },
  comparison: { type: 'string', required: true, description: 'editions: one row of UNHCR\'s population table in two editions of its R package refugees, paired by measure, period and UNHCR\'s own codes of origin and asylum; total-and-rows: a total of the December 2019 copy beside the sum of the later edition\'s rows of the same measure and year.' },
  measure: { type: 'string', required: true, description: 'The measure id (the same in both editions).' },
  period: { type: 'string', required: true, pattern: isoPeriodPattern, description: 'The period of both figures, ISO 8601 text.' },
  origin: { type: 'string', required: false, description: 'UNHCR\'s own code of the country of origin, as the row writes it (field coo: AZE, UKN); empty for a total.' },
  asylum: { type: 'string', required: false, description: 'UNHCR\'s own code of the country of asylum, as the row writes it (field coa: GFR, NET); empty for a total.' },
  change: { type: 'string', required: true, description: 'revised: the value differs; recoded: the value is the same but the ISO code the row writes for origin or asylum differs; revised-and-recoded: both; earlier-only or later-only: the figure stands in one edition only (over the years both editions state).' },
  earlierDatasetId: { type: 'string', required: true, description: 'Id of the dataset of the earlier edition or copy; with earlierObservationId, a key of observations.csv.' },
  earlierObservationId: { type: 'string', required: false, description: 'Id of the earlier figure in that dataset; empty where only the later edition has it.' },
  earlierSourceId: { type: 'string', required: true, description: 'Id of the source of the earlier edition (a key of sources.csv with earlierDatasetId).' },
  earlierValue: { type: 'number', required: false, description: 'The earlier figure, in persons; empty where the earlier edition lacks it.' },
  earlierQuote: { type: 'string', required: false, description: 'The earlier figure\'s quote: the row of the earlier edition it is read from.' },
  earlierLocator: { type: 'string', required: false, description: 'Where the earlier figure stands: file, line and column, and the file the line was written from.' },
  laterDatasetId: { type: 'string', required: true, description: 'Id of the dataset of the later edition; with laterObservationId, a key of observations.csv.' },
  laterObservationId: { type: 'string', required: false, description: 'Id of the later figure in that dataset, for a pair of editions; empty for a sum of rows and where the later edition lacks the figure.' },
  laterSourceId: { type: 'string', required: true, description: 'Id of the source of the later edition (a key of sources.csv with laterDatasetId).' },
  laterRows: { type: 'integer', required: true, description: 'How many figures of the later edition laterValue is: 1 for a pair, the number of rows summed for a total, 0 where the later edition has none.' },
  laterObservationIds: { type: 'string', required: false, description: 'The ids of those figures in the later dataset, separated by spaces.' },
  laterValue: { type: 'number', required: false, description: 'The later figure, or the sum of the later rows, in persons; empty where the later edition has none (not a 0).' },
  laterQuote: { type: 'string', required: false, description: 'The later figure\'s quote, for a pair of editions (for a sum, each row\'s quote stands in observations.csv).' },
  laterLocator: { type: 'string', required: false, description: 'Where the later figure stands, for a pair of editions.' },
  difference: { type: 'number', required: false, description: 'laterValue minus earlierValue, in persons; empty where one side lacks a figure.' },
};

/** The rows of `data/unhcr-editions.revisions.csv`, in the columns of {@link editionRevisionColumns}. */
export function editionRevisionRows(revisions: readonly EditionRevision[]): Record<string, Cell>[] {
  return revisions.map((r) => {
    const one = r.comparison === 'editions' ? (r.later[0] ?? null) : null;
    const sourceOf = (d: Dataset, o: Observation | null | undefined): string => o?.source ?? d.sources[0]?.id ?? '';
    return {
      revisionId: [r.comparison, r.measure, r.period, ...(r.origin === null ? [] : [r.origin, r.asylum])].join(' '),
      comparison: r.comparison,
      measure: r.measure,
      period: r.period,
      origin: r.origin,
      asylum: r.asylum,
      change: r.change,
      earlierDatasetId: r.earlierDataset.id,
      earlierObservationId: r.earlier?.id ?? null,
      earlierSourceId: sourceOf(r.earlierDataset, r.earlier),
      earlierValue: r.earlierValue,
      earlierQuote: r.earlier?.quote ?? null,
      earlierLocator: r.earlier === null ? null : locatorText(r.earlier),
      laterDatasetId: r.laterDataset.id,
      laterObservationId: one?.id ?? null,
      laterSourceId: sourceOf(r.laterDataset, r.later[0]),
      laterRows: r.later.length,
      laterObservationIds: r.later.length === 0 ? null : r.later.map((o) => o.id).join(' '),
      laterValue: r.laterValue,
      laterQuote: one?.quote ?? null,
      laterLocator: one === null ? null : locatorText(one),
      difference: r.difference,
    };
  });
}
