import { readFileSync } from 'node:fs';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { boundWhisker, chartFontSize, chartPanels, chartSpec, chartWidth, contentColumnWidth, maxSeriesLines, periodEnd, periodStart } from '../../scripts/docs/chartSpec.js';
import { sourceLine } from '../../scripts/docs/chartSource.js';
import { renderChart, titleMarks } from '../../scripts/docs/renderChart.js';

// The chart of each dataset: its kind follows from the figures (lines for a time series, bars
// for a breakdown, dots and intervals for competing estimates), a range is drawn as an interval
// and a bound as a marker with an arrow in its open direction, the chart carries its title and
// source line, and the shipped spec renders to SVG (tests/docs/shippedCharts.test.ts renders
// every shipped spec and fails on any warning of Vega).

const source = { id: 'doc', title: 'A document', publisher: 'A publisher', kind: 'academic', file: '003_d94e756ed0cfba1e.txt' } as const;
const other = { id: 'body', title: 'A body', publisher: 'Another publisher', kind: 'government' } as const;

function observation(id: string, fields: Partial<Observation> & Record<string, unknown>): Observation {
  return { id, measure: 'idps', qualifier: 'exact', value: 1, unit: 'persons', period: '2000', dimensions: {}, source: 'doc', locator: { section: 'S' }, quote: 'q 1', asWritten: '1', ...fields } as Observation;
}

function dataset(observations: Observation[]): Dataset {
  return {
    id: 'synthetic', title: 'Synthetic', description: 'A synthetic dataset for the chart tests.', topic: 'displacement', version: '1.0.0', sha256: '0'.repeat(64),
    units: ['persons'], measures: [{ id: 'idps', label: 'IDPs' }, { id: 'refugees', label: 'Refugees' }],
    dimensions: [{ id: 'country', label: 'Country', values: [{ code: 'AM', label: 'Armenia' }, { code: 'UZ', label: 'Uzbekistan' }] }],
    sources: [source, other], observations, relations: [], events: [], gaps: [], notes: [],
  } as unknown as Dataset;
}

const marks = (spec: TopLevelSpec): string[] => JSON.stringify(spec).match(/"mark":\{"type":"(\w+)"/g)?.map((m) => m.slice(16, -1)) ?? [];

describe('chartSpec', () => {
  it('draws a series with figures for three or more periods as lines over the years', () => {
    const d = dataset(['1990', '1995', '2000'].map((p, i) => observation(`idps-${p}`, { period: p, value: 100 + i })));
    expect(chartPanels(d).map((p) => p.kind)).toEqual(['series']);
    expect(marks(chartSpec(d))).toContain('line');
    expect(JSON.stringify(chartSpec(d))).toContain('"field":"plotYear"');
  });

  it('draws a breakdown by dimension as bars', () => {
    const d = dataset([observation('am', { dimensions: { country: 'AM' } }), observation('uz', { dimensions: { country: 'UZ' }, value: 2 })]);
    expect(chartPanels(d).map((p) => p.kind)).toEqual(['breakdown']);
    expect(marks(chartSpec(d))).toContain('bar');
    expect(chartPanels(d)[0]!.rows.map((r) => r.plotCategory)).toEqual(['Armenia', 'Uzbekistan']);
  });

  it('draws one measure stated by two sources as competing estimates: labelled dots, intervals where a figure is a range, no bars', () => {
    const d = dataset([observation('a', { value: 570000 }), observation('b', { value: 579000, period: '2006', attribution: 'body' })]);
    expect(chartPanels(d).map((p) => p.kind)).toEqual(['estimates']);
    expect(marks(chartSpec(d))).toEqual(['text', 'point']); // no range or bound: no layer of intervals
    const ranged = dataset([observation('a', { value: 570000 }), observation('b', { qualifier: 'range', value: undefined, low: 560000, high: 590000, period: '2006', attribution: 'body' })]);
    expect(marks(chartSpec(ranged))).toEqual(['text', 'rule', 'point']);
  });

  it(`draws more than ${maxSeriesLines} series as a grid of series by period (migrant stock by country: 48 countries × 7 years), readable at 1280 px with a <title> on every figure`, async () => {
    const codes = Array.from({ length: 48 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const years = ['1990', '1995', '2000', '2005', '2010', '2015', '2019'];
    const base = dataset([]);
    const d = {
      ...base,
      measures: [{ id: 'immigrant-stock', label: 'International migrant stock in Azerbaijan, by country of origin' }],
      dimensions: [{ id: 'origin', label: 'Country of origin', values: codes.map((c, i) => ({ code: c, label: `Country of origin number ${i}` })) }],
      observations: codes.flatMap((c, i) => years.map((y, j) => observation(`${c}-${y}`, { measure: 'immigrant-stock', period: y, value: 10 * (i + 1) ** 3 + j, asWritten: String(10 * (i + 1) ** 3 + j), dimensions: { origin: c }, ...(i === 0 && j === 0 ? { qualifier: 'approximate' } : {}) }))),
    } as unknown as Dataset;
    expect(d.observations).toHaveLength(336);
    expect(chartPanels(d).map((p) => p.kind)).toEqual(['matrix']);
    const spec = chartSpec(d);
    expect(marks(spec)).toEqual(['rect', 'text', 'point']); // cells, figures in the cells, qualifier marks (no range, so no layer of range cells)
    // the rows run from the series with the largest figure down
    const sorted = (JSON.parse(JSON.stringify(spec)) as { encoding: { y: { sort: string[] } } }).encoding.y.sort;
    expect(sorted[0]).toContain('number 47');
    const svg = await renderChart(spec);
    expect(Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(contentColumnWidth);
    expect(Math.min(...[...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(chartFontSize);
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    for (const o of d.observations) expect(titles.some((t) => t.includes(`, ${o.period}: `) && t.includes(o.asWritten)), o.id).toBe(true);
  });

  it('draws a range as an interval from low to high with no point, and a bound as a marker with a short whisker in its open direction', () => {
    const d = dataset([
      observation('range', { qualifier: 'range', value: undefined, low: 30000, high: 50000 }),
      observation('more', { qualifier: 'atLeast', value: 7000, wording: 'more than', measure: 'refugees' }),
      observation('upto', { qualifier: 'atMost', value: 700000, wording: 'up to', period: '2008' }),
    ]);
    const rows = chartPanels(d).flatMap((p) => p.rows);
    const byId = new Map(rows.map((r) => [r.observationId, r]));
    expect([byId.get('range')!.plotLow, byId.get('range')!.plotHigh, byId.get('range')!.plotMark]).toEqual([30000, 50000, null]);
    // the panel's figures span 0 to 700,000: each whisker is 12% of that, from the bound outwards
    expect(boundWhisker).toBe(0.12);
    expect([byId.get('more')!.plotMark, byId.get('more')!.plotLow, byId.get('more')!.plotHigh]).toEqual([7000, 7000, 7000 + 84000]);
    expect([byId.get('upto')!.plotMark, byId.get('upto')!.plotLow, byId.get('upto')!.plotHigh]).toEqual([700000, 700000 - 84000, 700000]);
    // neither is a bar
    expect([byId.get('more')!.plotBar, byId.get('upto')!.plotBar]).toEqual([null, null]);
    expect(rows.map((r) => r.plotInterval)).toEqual(['range (low to high)', 'bound (open end)', 'bound (open end)']);
  });

  it('draws "up to 700,000" as a point at 700,000 with a short rule and an arrowhead to its left, not a bar from zero (as rendered)', async () => {
    const d = dataset([
      observation('am', { value: 300000, dimensions: { country: 'AM' } }),
      observation('upto', { qualifier: 'atMost', value: 700000, wording: 'up to', dimensions: { country: 'UZ' } }),
    ]);
    expect(chartPanels(d).map((p) => p.kind)).toEqual(['breakdown']);
    const spec = chartSpec(d);
    const svg = await renderChart(spec);
    const width = (spec as { width: number }).width;
    /** The marks drawn for a figure: their kind, where they start (x, px from the plot's left edge) and their length. */
    const drawn = (id: string) => {
      const row = chartPanels(d)[0]!.rows.find((r) => r.observationId === id)!;
      const label = row.plotTitle.replaceAll('"', '&quot;');
      return [...svg.matchAll(/<\w+ aria-label="([^"]*)"[^>]*>/g)]
        .filter((m) => m[1] === label)
        .map(([element]) => {
          const attribute = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
          // a point or a rule is placed by its transform; a bar by the first point of its path
          const x = /translate\(([-\d.]+),/.exec(attribute('transform') ?? '')?.[1] ?? /^M([-\d.]+),/.exec(attribute('d') ?? '')?.[1];
          return { kind: attribute('aria-roledescription')!.replace(' mark', ''), x: Number(x), length: Number(attribute('x2') ?? 0) };
        });
    };
    const upto = drawn('upto');
    expect(upto.map((m) => m.kind).sort()).toEqual(['point', 'point', 'rule']); // the marker, the arrowhead, the whisker
    const rule = upto.find((m) => m.kind === 'rule')!;
    const [arrowhead, marker] = upto.filter((m) => m.kind === 'point').sort((a, b) => a.x - b.x);
    expect(rule.x).toBeGreaterThan(width / 2); // it starts near the bound, not at zero
    expect(rule.length).toBeLessThan(width / 5);
    expect(arrowhead!.x).toBeCloseTo(rule.x, 0); // the arrowhead at the open (left) end
    expect(marker!.x).toBeCloseTo(rule.x + rule.length, 0); // the marker at the bound
    // the exact figure beside it is a bar from zero
    expect(drawn('am').map((m) => m.kind).sort()).toEqual(['bar', 'point']);
    expect(drawn('am').find((m) => m.kind === 'bar')!.x).toBe(0);
  });

  it('puts the title and a source line from the attributions at the top of the chart, so that a saved SVG says what and from whom', async () => {
    const wdi = datasets.find((x) => x.id === 'wdi-idps-idmc')!;
    expect(sourceLine(wdi)).toBe('Source: IDMC via World Bank, World Development Indicators (2025).');
    // a publication that states some figures itself and attributes others
    const mixed = dataset([observation('own', {}), observation('cited', { attribution: 'body', period: '2001' })]);
    expect(sourceLine(mixed)).toBe('Source: A publisher, A document, citing Another publisher.');
    // a publication that attributes every figure
    expect(sourceLine(dataset([observation('cited', { attribution: 'body' })]))).toBe('Source: Another publisher via A publisher, A document.');
    expect(sourceLine(dataset([observation('own', {})]))).toBe('Source: A publisher, A document.');
    const title = (chartSpec(wdi) as { title: { text: string[]; subtitle: string[] } }).title;
    expect(title.text.join(' ')).toBe(wdi.title);
    expect(title.subtitle.join(' ')).toBe(`Source: IDMC via World Bank, World Development Indicators (2025). Data: azerbaijan-data, dataset wdi-idps-idmc ${wdi.version}.`);
    const svg = await renderChart(chartSpec(wdi));
    const text = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]!.trim()).filter((t) => t !== '').join(' ');
    expect(text).toContain(wdi.title);
    expect(text).toContain('Source: IDMC via World Bank, World Development Indicators (2025).');
  });

  it('gives each unit a panel of its own and the events a timeline', () => {
    const d = { ...dataset([observation('p', {}), observation('s', { unit: 'percent', measure: 'refugees' })]), units: ['persons', 'percent'],
      events: [{ id: 'e', label: 'Ceasefire', date: '1994-05', dateBasis: 'stated', source: 'doc', locator: { section: 'S' }, quote: 'May 1994', asWritten: 'May 1994' }] } as unknown as Dataset;
    const spec = chartSpec(d) as { vconcat?: { title?: string }[] };
    expect(spec.vconcat?.map((p) => p.title)).toEqual(['In persons', 'In percent', 'Events']);
  });

  it("tells each figure's exact value, qualifier, period and source in the description of its marks", () => {
    const d = dataset([
      observation('range', { qualifier: 'range', value: undefined, low: 30000, high: 50000, asWritten: '30,000 – 50,000' }),
      observation('more', { qualifier: 'atLeast', value: 7000, wording: 'more than', measure: 'refugees', asWritten: '7,000', attribution: 'body', period: '1998' }),
      observation('exact', { value: 1432.6, period: '2008', asWritten: '1,432.6', dimensions: { country: 'AM' } }),
    ]);
    const titles = new Map(chartPanels(d).flatMap((p) => p.rows).map((r) => [r.observationId, r.plotTitle]));
    expect(titles.get('range')).toBe('IDPs, 2000: 30,000–50,000 persons (range; as written "30,000 – 50,000"). Source: A document.');
    expect(titles.get('more')).toBe('Refugees, 1998: ≥ 7,000 persons (at least, "more than"; as written "7,000"). Source: Another publisher (in A document).');
    expect(titles.get('exact')).toBe('IDPs · Armenia, 2008: = 1,432.6 persons (exact; as written "1,432.6"). Source: A document.');
    // Every layer's marks carry it, so that the SVG renderer writes it as each mark's aria-label.
    expect(JSON.stringify(chartSpec(d))).toContain('"description":{"field":"plotTitle"}');
  });

  it(`sets every font size of the chart at ${chartFontSize} px or more, and plans it within ${chartWidth} px`, () => {
    expect(chartFontSize).toBeGreaterThanOrEqual(11);
    expect(chartWidth).toBeLessThanOrEqual(contentColumnWidth);
    expect(contentColumnWidth).toBe(608); // measured: the docs' content column at a 1280 px window (the browser test checks it)
    for (const d of datasets) {
      const text = JSON.stringify(chartSpec(d));
      const sizes = [...text.matchAll(/"(?:f|labelF|titleF)ontSize":(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      expect(sizes.length, d.id).toBeGreaterThan(3);
      expect(Math.min(...sizes), d.id).toBeGreaterThanOrEqual(11);
      const widths = [...text.matchAll(/"width":(\d+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...widths), d.id).toBeLessThan(chartWidth);
    }
  });

  it('titleMarks gives each described mark a <title> and leaves axes and legends alone', () => {
    const svg =
      '<svg><g><path aria-label="IDPs, 2000: = 1 persons" role="graphics-symbol" aria-roledescription="point" d="M0,0"/>' +
      '<text aria-label="label" role="graphics-symbol" x="1">30,000</text><g role="graphics-object"><text x="2">axis</text></g></g></svg>';
    expect(titleMarks(svg)).toBe(
      '<svg><g><path aria-label="IDPs, 2000: = 1 persons" role="graphics-symbol" aria-roledescription="point" d="M0,0"><title>IDPs, 2000: = 1 persons</title></path>' +
        '<text aria-label="label" role="graphics-symbol" x="1"><title>label</title>30,000</text><g role="graphics-object"><text x="2">axis</text></g></g></svg>',
    );
  });

  it('reads the first and last day of a period', () => {
    expect([periodStart('2011-04'), periodEnd('2011-04')]).toEqual(['2011-04-01', '2011-04-30']);
    expect([periodStart('1988/1992'), periodEnd('1988/1992')]).toEqual(['1988-01-01', '1992-12-31']);
    expect(periodEnd('2012-02')).toBe('2012-02-29');
  });
});

describe.each(datasets.map((d) => [d.id, d] as const))('data/charts/%s.vl.json', (id, d) => {
  const spec = JSON.parse(readFileSync(new URL(`../../data/charts/${id}.vl.json`, import.meta.url), 'utf8')) as TopLevelSpec;

  // Rendered, with every other shipped spec, by tests/docs/shippedCharts.test.ts.
  it('is the Vega-Lite spec of the dataset, with every observation in its data, and compiles without error', () => {
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    const ids = [...JSON.stringify(spec).matchAll(/"observationId":"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(ids).toEqual(d.observations.map((o) => o.id).sort());
    expect(() => compile(spec)).not.toThrow();
  });
});
