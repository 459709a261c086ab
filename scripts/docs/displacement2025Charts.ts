/**
 * The charts of the displacement series to 2025 (issue 26), shipped in `data/charts/` beside the
 * datasets' charts (scripts/export-data.ts writes them) and drawn on docs/displacement-2025.md:
 * - `azerbaijan-refugees-by-asylum`: refugees from Azerbaijan by country of asylum, each year;
 * - `refugees-in-azerbaijan-by-origin`: refugees in Azerbaijan by country of origin, each year;
 * - `idps-by-source`: every statement of the IDPs in Azerbaijan, 1993–2025, by who carries it;
 * - `azerbaijani-asylum-decisions`: the decisions on asylum claims of Azerbaijani citizens, by
 *   country and outcome.
 * Each in the house style of the datasets' charts: its title and a "Source:" line drawn into it,
 * a tooltip on every mark, no wider than the docs' content column. The figures are UNHCR's and
 * IDMC's as the datasets hold them; a sum is a sum of the publisher's rows, said as such.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Source } from '../../src/schema/source.js';
import { chartFontSize, chartWidth, standAloneTitle } from './chartSpec.js';
import { citedName, publicationName } from './chartSource.js';

/** A publisher by its abbreviation where its name gives one ("(IDMC)"), else by its name up to the first comma ("UNHCR", "World Bank"). */
function shortPublisher(name: string): string {
  return /\(([A-Z]{2,})\)/.exec(name)?.[1] ?? name.split(',')[0]!;
}

/** A publication by its publisher and short title, for a legend: "UNHCR: refugees 2025.12.1", "World Bank: World Development Indicators (2025)". */
function carrierName(s: Source): string {
  if (s.publisher === undefined) return citedName(s);
  const version = /^version (\S+)/.exec(s.edition ?? '')?.[1];
  const title = s.title.split(/:|\s\(/)[0]!;
  const year = s.published?.date.slice(0, 4);
  return `${shortPublisher(s.publisher)}: ${title}${version !== undefined ? ` ${version}` : year !== undefined ? ` (${year})` : ''}`;
}

/** A release as a chart's source line names it: "UNHCR, refugees: UNHCR Refugee Population Statistics Database (R package), version 2025.12.1 (end-2025 data)". */
function releaseLine(s: Source): string {
  return [s.publisher === undefined ? undefined : shortPublisher(s.publisher), s.title, s.edition].filter((x): x is string => x !== undefined).join(', ');
}

/** A chart of this page: its file stem in `data/charts/` and its spec. */
export interface PageChart {
  readonly slug: string;
  readonly spec: TopLevelSpec;
}

/** How many countries a chart names before it sums the rest as "Other countries". */
export const namedCountries = 7;

const padding = 8;
const config = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: chartFontSize, titleFontSize: chartFontSize, gridColor: '#e6e6e6', labelOverlap: true },
  // legends below the plot, one under the other (side by side they would overrun the column)
  legend: { labelFontSize: chartFontSize, titleFontSize: chartFontSize, orient: 'bottom', direction: 'vertical', columns: 1, labelLimit: 400, layout: { bottom: { anchor: 'start', direction: 'vertical', margin: 8 } } },
  title: { anchor: 'start', fontSize: 12 },
};

function datasetOf(all: readonly Dataset[], id: string): Dataset {
  const d = all.find((x) => x.id === id);
  if (d === undefined) throw new Error(`displacement2025Charts: no dataset "${id}" in the catalogue`);
  return d;
}

function labelOf(d: Dataset, dimension: string, code: string): string {
  return d.dimensions.find((x) => x.id === dimension)?.values.find((v) => v.code === code)?.label ?? code;
}

function top(totals: ReadonlyMap<string, number>, n: number): string[] {
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => k);
}

function frame(title: string, source: string, data: string, description: string, body: Record<string, unknown>): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${description} Generated from the data by scripts/docs/displacement2025Charts.ts.`,
    title: standAloneTitle(title, source, data),
    config,
    background: 'white',
    padding,
    width: chartWidth - 2 * padding - 60,
    ...body,
  } as unknown as TopLevelSpec;
}

/**
 * Country by year, stacked: the `namedCountries` countries with the most people over the years,
 * the rest summed as "Other countries". `measure` names the figures, `dimension` the country.
 */
function countriesOverTime(d: Dataset, measure: string, dimension: string, fixed: Record<string, string>): { year: string; country: string; value: number; figures: number }[] {
  const rows = d.observations.filter((o) => o.measure === measure && 'value' in o && Object.entries(fixed).every(([k, v]) => o.dimensions[k] === v));
  const totals = new Map<string, number>();
  for (const o of rows) totals.set(o.dimensions[dimension]!, (totals.get(o.dimensions[dimension]!) ?? 0) + (o as { value: number }).value);
  const named = new Set(top(totals, namedCountries));
  const cells = new Map<string, { year: string; country: string; value: number; figures: number }>();
  for (const o of rows) {
    const code = o.dimensions[dimension]!;
    const country = named.has(code) ? labelOf(d, dimension, code) : 'Other countries';
    const key = `${o.period}|${country}`;
    const cell = cells.get(key) ?? { year: o.period, country, value: 0, figures: 0 };
    cell.value += (o as { value: number }).value;
    cell.figures += 1;
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => a.year.localeCompare(b.year) || a.country.localeCompare(b.country));
}

function stackedByCountry(title: string, d: Dataset, rows: ReturnType<typeof countriesOverTime>, countryTitle: string): TopLevelSpec {
  const order = [...new Set(rows.map((r) => r.country))].sort((a, b) => (a === 'Other countries' ? 1 : b === 'Other countries' ? -1 : a.localeCompare(b)));
  return frame(title, `Source: ${releaseLine(d.sources[0]!)}, table population.`, `Data: azerbaijan-data, dataset ${d.id} ${d.version}; "Other countries" sums UNHCR's rows for the rest.`, title, {
    height: 300,
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'End of year', axis: { labelAngle: -90, labelExpr: "toNumber(datum.value) % 5 === 0 ? datum.value : ''" } },
      y: { field: 'value', type: 'quantitative', stack: 'zero', title: 'persons', axis: { format: ',d' } },
      color: { field: 'country', type: 'nominal', title: countryTitle, sort: order, scale: { scheme: 'tableau10' }, legend: { columns: 2, labelLimit: 240 } },
      tooltip: [
        { field: 'year', title: 'End of year' },
        { field: 'country', title: countryTitle },
        { field: 'value', type: 'quantitative', title: 'persons', format: ',d' },
        { field: 'figures', type: 'quantitative', title: "UNHCR's rows summed" },
      ],
    },
  });
}

/** (a) Refugees from Azerbaijan by country of asylum, each year. */
export function refugeesByAsylumChart(all: readonly Dataset[]): TopLevelSpec {
  const d = datasetOf(all, 'unhcr-population-2025');
  const rows = countriesOverTime(d, 'refugee-population-by-country-of-origin', 'asylum', { origin: 'AZ' });
  const years = rows.map((r) => r.year).sort();
  return stackedByCountry(`Refugees from Azerbaijan by country of asylum, ${years[0]}–${years.at(-1)} (UNHCR, end of year)`, d, rows, 'Country of asylum');
}

/** (b) Refugees in Azerbaijan by country of origin, each year. */
export function refugeesInAzerbaijanChart(all: readonly Dataset[]): TopLevelSpec {
  const d = datasetOf(all, 'unhcr-population-2025');
  const rows = countriesOverTime(d, 'refugees', 'origin', { asylum: 'AZ' });
  const years = rows.map((r) => r.year).sort();
  return stackedByCountry(`Refugees in Azerbaijan by country of origin, ${years[0]}–${years.at(-1)} (UNHCR, end of year)`, d, rows, 'Country of origin');
}

/** (c) Every statement of the IDPs in Azerbaijan in persons, by who states it and who carries it. */
export function idpsBySourceChart(all: readonly Dataset[]): TopLevelSpec {
  const rows = all.flatMap((d) =>
    d.observations
      .filter((o) => o.measure === 'idps' && o.unit === 'persons' && 'value' in o)
      .map((o) => {
        const document = d.sources.find((s) => s.id === o.source)!;
        const body = o.attribution === undefined ? undefined : d.sources.find((s) => s.id === o.attribution);
        const stated = body !== undefined ? citedName(body) : document.publisher !== undefined ? shortPublisher(document.publisher) : citedName(document);
        const carrier = carrierName(document);
        return { year: o.period.slice(0, 4), stated, carrier, value: (o as { value: number }).value, dataset: d.id, observation: o.id, qualifier: o.qualifier, asWritten: o.asWritten };
      }),
  ).filter((r) => r.year >= '1993' && r.year <= '2025');
  const years = rows.map((r) => r.year).sort();
  const sources = [...new Map(all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps').map((o) => [o.source, d.sources.find((s) => s.id === o.source)!]))).values()];
  return frame(
    `Internally displaced persons in Azerbaijan, ${years[0]}–${years.at(-1)}, every statement by who states it and who carries it`,
    `Source: ${[...new Set(sources.map(publicationName))].join('; ')}.`,
    "Data: azerbaijan-data, every dataset's idps figures in persons. Within each year each copy has its place: IDMC's statement carried by several copies stands once for each copy, side by side at one height.",
    'IDPs in Azerbaijan by source.',
    {
      height: 320,
      data: { values: rows },
      mark: { type: 'point', filled: true, size: 45, opacity: 0.8 },
      encoding: {
        // each carrier has its place within the year: one statement carried by several copies is a row of marks at one height
        x: { field: 'year', type: 'ordinal', title: 'year', axis: { labelAngle: -90, labelExpr: "toNumber(datum.value) % 5 === 0 ? datum.value : ''" } },
        xOffset: { field: 'carrier', type: 'nominal' },
        y: { field: 'value', type: 'quantitative', title: 'persons', scale: { zero: false }, axis: { format: ',d' } },
        color: { field: 'carrier', type: 'nominal', title: 'Carried by', scale: { scheme: 'tableau10' }, legend: { columns: 1, labelLimit: 400 } },
        shape: { field: 'stated', type: 'nominal', title: 'Stated by', legend: { columns: 2, labelLimit: 230 } },
        tooltip: [
          { field: 'year' },
          { field: 'stated', title: 'stated by' },
          { field: 'carrier', title: 'carried by' },
          { field: 'value', type: 'quantitative', title: 'persons', format: ',d' },
          { field: 'asWritten', title: 'as written' },
          { field: 'dataset' },
          { field: 'observation' },
        ],
      },
    },
  );
}

const outcomes: readonly [string, string][] = [
  ['asylum-decisions-recognized', 'Recognized'],
  ['asylum-decisions-complementary-protection', 'Complementary protection'],
  ['asylum-decisions-rejected', 'Rejected'],
  ['asylum-decisions-otherwise-closed', 'Otherwise closed'],
];

/** (d) Decisions on asylum claims of Azerbaijani citizens, in persons, summed over the years, by country of asylum and outcome. */
export function asylumDecisionsChart(all: readonly Dataset[]): TopLevelSpec {
  const d = datasetOf(all, 'unhcr-asylum-decisions-2025');
  const label = new Map(outcomes);
  const rows = d.observations.filter((o) => label.has(o.measure) && o.dimensions.origin === 'AZ' && o.dimensions['cases-or-persons'] === 'P' && 'value' in o);
  const totals = new Map<string, number>();
  for (const o of rows) totals.set(o.dimensions.asylum!, (totals.get(o.dimensions.asylum!) ?? 0) + (o as { value: number }).value);
  const named = new Set(top(totals, 12));
  const cells = new Map<string, { country: string; outcome: string; value: number; figures: number; order: number }>();
  for (const o of rows) {
    const code = o.dimensions.asylum!;
    const country = named.has(code) ? labelOf(d, 'asylum', code) : 'Other countries';
    const outcome = label.get(o.measure)!;
    const key = `${country}|${outcome}`;
    const cell = cells.get(key) ?? { country, outcome, value: 0, figures: 0, order: outcomes.findIndex(([m]) => m === o.measure) };
    cell.value += (o as { value: number }).value;
    cell.figures += 1;
    cells.set(key, cell);
  }
  const years = rows.map((o) => o.period).sort();
  const byTotal = [...named].sort((a, b) => totals.get(b)! - totals.get(a)!).map((c) => labelOf(d, 'asylum', c));
  return frame(
    `Decisions on asylum claims of Azerbaijani citizens by country of asylum and outcome, ${years[0]}–${years.at(-1)} (UNHCR, persons)`,
    `Source: ${releaseLine(d.sources[0]!)}, table asylum_decisions.`,
    `Data: azerbaijan-data, dataset ${d.id} ${d.version}: UNHCR's rows in persons (not those in cases), summed over years, procedures and decision levels.`,
    'Asylum decisions on Azerbaijani citizens by country and outcome.',
    {
      width: 360,
      height: { step: 20 },
      data: { values: [...cells.values()] },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'country', type: 'nominal', title: null, sort: [...byTotal, 'Other countries'], axis: { labelLimit: 200 } },
        x: { field: 'value', type: 'quantitative', stack: 'zero', title: 'decisions (persons)', axis: { format: ',d' } },
        color: { field: 'outcome', type: 'nominal', title: 'Outcome', sort: outcomes.map(([, l]) => l), scale: { domain: outcomes.map(([, l]) => l), range: ['#1b7837', '#7fbf7b', '#c2a5cf', '#9e9e9e'] } },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [
          { field: 'country', title: 'Country of asylum' },
          { field: 'outcome' },
          { field: 'value', type: 'quantitative', title: 'persons', format: ',d' },
          { field: 'figures', type: 'quantitative', title: "UNHCR's rows summed" },
        ],
      },
    },
  );
}

/** The four charts of the page, each with its file stem in `data/charts/`. */
export function displacement2025Charts(all: readonly Dataset[]): PageChart[] {
  return [
    { slug: 'azerbaijan-refugees-by-asylum', spec: refugeesByAsylumChart(all) },
    { slug: 'refugees-in-azerbaijan-by-origin', spec: refugeesInAzerbaijanChart(all) },
    { slug: 'idps-by-source-1993-2025', spec: idpsBySourceChart(all) },
    { slug: 'azerbaijani-asylum-decisions', spec: asylumDecisionsChart(all) },
  ];
}
