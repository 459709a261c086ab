import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { datasets, estimates, eventsInPeriods } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { acrossSourcesChartSpec, periodMiddle, statementsAcrossSources, yearSpan } from '../../scripts/docs/acrossSources.js';
import { comparisonViews as comparisonPages, viewTitle as comparisonTitle } from '../../src/tabular/comparisonViews.js';
import { revisions } from '../../src/tabular/revisions.js';
import { voiceOf } from '../../src/tabular/voice.js';
import { chartFontSize, contentColumnWidth } from '../../scripts/docs/chartSpec.js';
import { cataloguePage } from '../../scripts/docs/cataloguePage.js';
import { comparisonPage } from '../../scripts/docs/comparisonPages.js';
import { renderChart } from '../../scripts/docs/renderChart.js';

// The docs pages across sources ("IDPs by source", "Remittances by source and edition"): every
// statement of the measure on one time axis by who states it, readable at 1280 px, and the
// revisions table of the World Bank's figures as first printed against today's.

const all = datasets as readonly Dataset[];
const report = { id: 'report', title: 'A country report', publisher: 'An institute', kind: 'academic', file: '003_d94e756ed0cfba1e.txt' } as const;
const body = { id: 'unhcr', title: 'UNHCR', publisher: 'UNHCR', kind: 'intergovernmental', form: 'body' } as const;
const release = { id: 'wdi', title: 'World Development Indicators', publisher: 'World Bank', kind: 'intergovernmental', form: 'dataset', edition: 'copy of 2025 (three files older)' } as const;

function obs(id: string, fields: Partial<Observation> & Record<string, unknown>): Observation {
  return { id, measure: 'idps', qualifier: 'exact', value: 1, unit: 'persons', period: '2000', dimensions: {}, source: 'report', locator: { section: 'S' }, quote: 'q', asWritten: '1', ...fields } as Observation;
}
function fixture(id: string, sources: readonly object[], observations: Observation[], extra: Record<string, unknown> = {}): Dataset {
  return {
    id, title: id, description: 'A dataset for the tests of the pages across sources.', topic: 'displacement', version: '1.0.0', sha256: '0'.repeat(64),
    units: [...new Set(observations.map((o) => o.unit))], measures: [...new Set(observations.map((o) => o.measure))].map((m) => ({ id: m, label: `Label of ${m}`, description: `Definition of ${m}` })),
    dimensions: [], sources, observations, relations: [], events: [], gaps: [], notes: [], ...extra,
  } as unknown as Dataset;
}

const documents = fixture('documents', [report, body], [
  obs('idps-2006', { period: '2006', value: 579000, attribution: 'unhcr', asWritten: '579,000' }),
  obs('idps-2008-02', { period: '2008-02', qualifier: 'atMost', value: 700000, wording: 'up to', asWritten: '700,000' }),
  obs('idps-range', { period: '2001', qualifier: 'range', value: undefined, low: 30, high: 50, unit: 'thousand-persons', asWritten: '30–50' }),
]);
const series = fixture('series', [release, body], [2009, 2010, 2011].map((y, i) => obs(`idps-${y}`, { period: String(y), value: 586000 + 7000 * i, source: 'wdi', attribution: 'unhcr', asWritten: String(586000 + 7000 * i) })));

describe('statementsAcrossSources', () => {
  const rows = statementsAcrossSources([documents, series], ['idps'], 'persons');

  it('gathers every statement of the measure across the datasets, ordered by period, then who states it', () => {
    expect(rows.map((r) => r.period)).toEqual(['2001', '2006', '2008-02', '2009', '2010', '2011']);
    expect(rows.map((r) => `${r.dataset}/${r.observationId}`)).toEqual(['documents/idps-range', 'documents/idps-2006', 'documents/idps-2008-02', 'series/idps-2009', 'series/idps-2010', 'series/idps-2011']);
  });

  it('names who states each figure: the attributed body in the publication and its edition (without its parenthesis)', () => {
    expect(rows.find((r) => r.observationId === 'idps-2006')!.voice).toBe('UNHCR, in A country report');
    expect(rows.find((r) => r.observationId === 'idps-2009')!.voice).toBe('UNHCR, in World Bank, World Development Indicators (copy of 2025)');
    expect(voiceOf(report as never, undefined)).toBe('A country report');
    expect(voiceOf({ ...report, file: undefined } as never, undefined)).toBe('An institute, A country report');
  });

  it("brings a figure in another unit to the chart's unit and says so in its title, keeping the figure as written", () => {
    const range = rows[0]!;
    expect([range.low, range.high, range.value, range.writtenUnit, range.asWritten]).toEqual([30000, 50000, null, 'thousand-persons', '30–50']);
    expect(range.title).toBe('Label of idps, 2001: 30–50 thousand persons (range; as written "30–50"; 30,000–50,000 persons on the chart). Source: A country report.');
    expect(rows[2]!.title).toBe('Label of idps, 2008-02: ≤ 700,000 persons (at most, "up to"; as written "700,000"). Source: A country report.');
  });

  it('places a period at its middle on the time axis, and spans the years of the periods', () => {
    expect([periodMiddle('2006'), periodMiddle('2008-02'), periodMiddle('2011-04-03')]).toEqual(['2006-07-02', '2008-02-15', '2011-04-03']);
    expect(yearSpan(rows)).toEqual([2001, 2011]);
  });
});

describe('acrossSourcesChartSpec', () => {
  const rows = statementsAcrossSources([documents, series], ['idps'], 'persons');
  const spec = acrossSourcesChartSpec(rows, 'IDPs by source');

  it('joins only the yearly figures of one series by a line, and draws bounds and ranges as intervals', () => {
    const values = (spec as unknown as { data: { values: { observationId: string; line: boolean; plotLow: number | null; plotHigh: number | null; plotInterval: string | null }[] } }).data.values;
    expect(values.filter((v) => v.line).map((v) => v.observationId)).toEqual(['idps-2009', 'idps-2010', 'idps-2011']);
    const upTo = values.find((v) => v.observationId === 'idps-2008-02')!;
    expect([upTo.plotLow, upTo.plotHigh, upTo.plotInterval]).toEqual([0, 700000, 'bound (open end)']);
    expect(values.find((v) => v.observationId === 'idps-range')!.plotInterval).toBe('range (low to high)');
    expect(() => compile(spec)).not.toThrow();
  });

  it(`renders within the ${contentColumnWidth} px content column, with text of ${chartFontSize} px or more and a <title> for every figure`, async () => {
    const svg = await renderChart(spec);
    expect(Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(contentColumnWidth);
    expect(Math.min(...[...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(chartFontSize);
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
    for (const r of rows) expect(titles.some((t) => t === r.title), r.observationId).toBe(true);
  });
});

describe('revisions', () => {
  // Table 5 of the migration report (from the Factbook 2011), million US$, against WDI in US$
  const factbook = [171, 228, 693, 813, 1287, 1554, 1273, 1472];
  const wdi = [155957000, 203578000, 623235000, 790214000, 1267735000, 1518327000, 1254645000, 1410296000];
  const years = [2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010].map(String);

  it('sets each year of both series side by side in one unit, with the difference and the ratio', () => {
    const earlier = years.map((p, i) => obs(`e-${p}`, { period: p, value: factbook[i], unit: 'million-usd' }));
    const later = [...years, '2011'].map((p, i) => obs(`l-${p}`, { period: p, value: wdi[i] ?? 1893080000, unit: 'usd' })).reverse();
    const rows = revisions(earlier, later, 'million-usd');
    expect(rows.map((r) => r.period)).toEqual(years);
    expect(rows.map((r) => r.laterValue)).toEqual(wdi.map((v) => v / 1e6));
    rows.forEach((r, i) => {
      expect(r.difference).toBeCloseTo(wdi[i]! / 1e6 - factbook[i]!, 9);
      expect(r.ratio).toBeCloseTo(wdi[i]! / 1e6 / factbook[i]!, 12);
    });
    expect(rows[0]!.difference.toFixed(3)).toBe('-15.043');
    expect(rows[0]!.ratio.toFixed(3)).toBe('0.912');
  });

  it('refuses a period stated twice and a range', () => {
    expect(() => revisions([obs('a', { period: '2003' }), obs('b', { period: '2003' })], [], 'persons')).toThrow('the earlier series states 2003 twice ("a" and "b")');
    expect(() => revisions([obs('a', {})], [obs('r', { qualifier: 'range', value: undefined, low: 1, high: 2 })], 'persons')).toThrow('is a range');
  });
});

describe('the pages across sources, from the data of the library', () => {
  const idpsPage = comparisonPages.find((p) => p.slug === 'idps-by-source')!;
  const remittancesPage = comparisonPages.find((p) => p.slug === 'remittances-by-source')!;
  const page = (p: typeof idpsPage): string =>
    comparisonPage({ page: p, datasets: all, svg: '<svg></svg>', datasetPath: (id) => `./datasets/${id}.md`, files: { spec: './s.vl.json', svg: './s.svg' }, catalogue: './catalogue.md' });

  it('IDPs by source: every statement of idps in the library, from the first year to the latest, each with who states it', () => {
    const stated = all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps').map((o) => ({ d, o })));
    const rows = statementsAcrossSources(all, ['idps'], 'persons');
    // each statement once; every figure among the carriers of a row
    expect(rows).toHaveLength(estimates(all, 'idps').length);
    expect(rows.reduce((n, r) => n + r.carriers.length, 0)).toBe(stated.length);
    const idmc2022 = rows.find((r) => r.period === '2022' && r.attributionId === 'idmc')!;
    expect(idmc2022.carriers.map((c) => [c.dataset, c.rounded])).toEqual([
      ['idmc-gidd-conflict-2025', false],
      ['unhcr-idmc-idps-2025', true],
      ['wdi-idps-idmc', true],
    ]);
    const years = stated.flatMap(({ o }) => o.period.split('/').map((p) => Number(p.slice(0, 4))));
    // the span the figures hold, to the last year of any statement, never "to today"
    expect(comparisonTitle(idpsPage, all)).toBe(`IDPs by source, ${Math.min(...years)}–${Math.max(...years)}`);
    const text = page(idpsPage);
    // statements (each once), then the events of the library in their periods, then one definition a dataset
    const events = eventsInPeriods(all, [...new Set(stated.map(({ o }) => o.period))]);
    expect(text.match(/<tr><td>/g)?.length).toBe(rows.length + events.length + new Set(stated.map(({ d }) => d.id)).size);
    for (const { o } of stated) expect(text).toContain(`<code>${o.id}</code>`);
    expect(new Set(rows.map((r) => r.voice)).size, 'the sources of the IDP figures').toBeGreaterThanOrEqual(4);
  });

  it('Remittances: the revisions table sets the Factbook 2011 figures of Table 5 beside WDI today, with the definitions as each source states them', () => {
    const text = page(remittancesPage);
    expect(text).toContain('## Revisions');
    // 2003: 171 (Table 5) against aze,2003,155957000 (WDI): −15.043 million US$, ratio 0.912
    expect(text).toMatch(/<tr id="revision-2003"><td>2003<\/td><td><span class="value">171<\/span>.*<code>155957000<\/code>.*<span class="value">155.957<\/span><\/td><td><span class="value">-15.043<\/span><\/td><td><span class="value">0.912<\/span>/);
    expect(text.match(/<tr id="revision-\d{4}">/g)).toHaveLength(8);
    expect(text).toContain('names its row “Inward remittance flows”');
    expect(text).toContain('Personal remittances, received (current US$)');
    expect(text).toContain('BPM6');
  });

  it('the catalogue links each page across sources and lists it among its children', () => {
    const text = cataloguePage({ datasets: all, pagePath: (d) => `./datasets/${d.id}.md`, files: { datapackage: './d.json', schemas: [] }, comparisons: [{ title: 'IDPs by source, 1993–2022', path: './idps-by-source.md' }] });
    expect(text).toContain('  - ./idps-by-source.md\n');
    expect(text).toContain('- [IDPs by source, 1993–2022](./idps-by-source.md)');
  });
});
