import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Event } from 'azerbaijan-data';
import { comparisonPage } from '../../scripts/docs/comparisonPages.js';
import { datasetPage } from '../../scripts/docs/datasetPage.js';
import { comparisonViews } from '../../src/tabular/comparisonViews.js';

// Issue 26, item 6: a series page lists, below its chart and table, the events the library's
// datasets date within the periods of its figures, each as held and according to its source.

const all = datasets as readonly Dataset[];
const byId = (id: string): Dataset => all.find((d) => d.id === id)!;

function page(d: Dataset, library?: readonly Dataset[]): string {
  return datasetPage({
    dataset: d,
    exportName: 'x',
    svg: '<svg></svg>',
    catalogue: '../catalogue.md',
    ...(library ? { library } : {}),
    files: { csv: `./${d.id}.csv`, json: `./${d.id}.json`, spec: './s.vl.json', svg: './s.svg' },
    distribution: { csv: `../media/${d.id}.csv`, json: `../media/${d.id}.json`, licence: 'Data_licence.html' },
  });
}

/** An oracle on the dates as text: the events whose date (both ends) starts with one of the periods (years, months, dates). */
function expected(periods: readonly string[], except: readonly string[] = []): Event[] {
  return all.filter((d) => !except.includes(d.id)).flatMap((d) => d.events.filter((e) => periods.some((p) => !p.includes('/') && e.date.split('/').every((end) => end.startsWith(p)))));
}

/** The rows of the section's table: [date, event, according to, quote, where]. */
function sectionRows(text: string): string[][] {
  const table = /<table class="dataset-events-in-periods">(.*?)<\/table>/s.exec(text)?.[1] ?? '';
  return [...table.matchAll(/<tr><td>(.*?)<\/td><\/tr>/g)].map((m) => m[1]!.split('</td><td>'));
}

describe('dataset pages list the library’s events in the periods of their figures', () => {
  it('wdi-idps-idmc: the DW events of 2020 and 2022 below the observations, attributed, linked to their dataset page', () => {
    const d = byId('wdi-idps-idmc');
    const text = page(d, all);
    const want = expected(d.observations.map((o) => o.period), [d.id]);
    const rows = sectionRows(text);
    expect(rows.length).toBe(want.length);
    expect(rows.some((r) => r[1] === 'Agdam region retaken by Baku, as reported by DW')).toBe(true);
    for (const e of want) expect(text).toContain(`› <code>${e.id}</code></a>`);
    expect(rows.every((r) => r[2]!.includes('DW (Deutsche Welle), &quot;Nagorno-Karabakh: Azerbaijan sends humanitarian aid&quot;') || !r[4]!.includes('humanitarian-aid-2023'))).toBe(true);
    expect(text).toContain('href="./humanitarian-aid-2023.md#events"><code>humanitarian-aid-2023</code> › <code>agdam-retaken-2020</code></a>');
    const dates = rows.map((r) => r[0]!);
    expect(dates).toEqual([...dates].sort());
    const at = text.indexOf('## Events in these periods');
    expect(at).toBeGreaterThan(text.indexOf('## Observations'));
    expect(at).toBeGreaterThan(text.indexOf('## Chart'));
    expect(at).toBeLessThan(text.indexOf('## Sources'));
  });

  it('leaves a dataset’s own events to its own section, and has no section without the library or without events', () => {
    const aid = byId('humanitarian-aid-2023');
    expect(sectionRows(page(aid, all)).every((r) => !r[4]!.includes('humanitarian-aid-2023'))).toBe(true);
    expect(page(byId('wdi-idps-idmc'))).not.toContain('## Events in these periods');
    const timeline = byId('migration-policy-timeline'); // events only: no period of a figure
    expect(page(timeline, all)).not.toContain('## Events in these periods');
  });
});

describe('the IDPs-by-source page lists the library’s events in the periods of its figures', () => {
  it('each event once, below the table of every figure', () => {
    const view = comparisonViews.find((v) => v.slug === 'idps-by-source')!;
    const text = comparisonPage({ page: view, datasets: all, svg: '<svg></svg>', datasetPath: (id) => `./datasets/${id}.md`, files: { spec: './s.vl.json', svg: './s.svg' }, catalogue: './catalogue.md' });
    const periods = all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps').map((o) => o.period));
    const want = expected(periods);
    expect(want.length).toBeGreaterThan(0);
    expect(sectionRows(text).length).toBe(want.length);
    expect(text).toContain('href="./datasets/humanitarian-aid-2023.md#events"><code>humanitarian-aid-2023</code> › <code>agdam-retaken-2020</code></a>');
    expect(text.indexOf('## Events in these periods')).toBeGreaterThan(text.indexOf('## Every figure, by period'));
  });
});
