import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { datasetJsonLd } from '../../scripts/docs/datasetJsonLd.js';
import { datasetPage } from '../../scripts/docs/datasetPage.js';

// The schema.org Dataset that every dataset page carries in JSON-LD, taken from the page the docs
// build writes (datasetPage), parsed and expanded with the jsonld library. Tests reach no network:
// the schema.org context is served locally as its vocabulary with the URL-valued properties used
// here typed as IRIs (as schema.org's own context types them).

const S = 'https://schema.org/';
const schemaOrgContext = {
  '@context': { '@vocab': S, url: { '@type': '@id' }, contentUrl: { '@type': '@id' }, license: { '@type': '@id' } },
};
const documentLoader = async (url: string) => {
  if (url.replace(/\/?$/, '/') !== S) throw new Error(`the test loads no remote document; asked for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
};

const pageUrl = (id: string): string => `https://docs.example/documents/Catalogue.${id}.html`;

/** The JSON-LD script of a dataset page, as the docs build writes it, parsed. */
function pageJsonLd(d: Dataset): Record<string, unknown>[] {
  const page = datasetPage({
    dataset: d,
    exportName: 'x',
    svg: '<svg></svg>',
    catalogue: '../catalogue.md',
    files: { csv: `./${d.id}.csv`, json: `./${d.id}.json`, spec: './s.vl.json', svg: './s.svg', ...(d.events.length ? { eventsCsv: `./${d.id}.events.csv` } : {}) },
    distribution: { csv: `../media/${d.id}.csv`, json: `../media/${d.id}.json`, licence: 'Data_licence.html', ...(d.events.length ? { eventsCsv: `../media/${d.id}.events.csv` } : {}) },
  });
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return scripts;
}

type Node = Record<string, { '@value'?: unknown; '@id'?: string; '@type'?: string[] }[] | string[] | string>;
const values = (node: Node, property: string): unknown[] =>
  ((node[S + property] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map((v) => v['@value'] ?? v['@id'] ?? v);
const nodes = (node: Node, property: string): Node[] => (node[S + property] ?? []) as unknown as Node[];

describe.each((datasets as readonly Dataset[]).map((d) => [d.id, d] as const))('the JSON-LD of the page of %s', (id, d) => {
  it('is one schema.org Dataset that the jsonld library expands without errors, with its required fields', async () => {
    const scripts = pageJsonLd(d);
    expect(scripts).toHaveLength(1);
    // safe mode: anything the expansion would drop (an unknown term, a bad IRI) is an error
    const options = { documentLoader, base: pageUrl(id), safe: true } as unknown as jsonld.Options.Expand;
    const expanded = (await jsonld.expand(scripts[0] as jsonld.JsonLdDocument, options)) as unknown as Node[];
    expect(expanded).toHaveLength(1);
    const ds = expanded[0]!;
    expect(ds['@type']).toEqual([`${S}Dataset`]);
    expect(values(ds, 'name')).toEqual([d.title]);
    const [description] = values(ds, 'description') as string[];
    expect(description).toBe(d.description);
    expect(description!.length, 'Google Dataset Search wants 50 to 5000 characters').toBeGreaterThanOrEqual(50);
    expect(values(ds, 'version')).toEqual([d.version]);
    expect(values(nodes(ds, 'license')[0]!, 'url')).toEqual(['https://docs.example/documents/Data_licence.html']);
    for (const p of ['creator', 'publisher']) expect(values(nodes(ds, p)[0]!, 'name')).toEqual(['The azerbaijan-data contributors']);

    // isBasedOn: the documents the figures are read from, with their titles and addresses
    const documents = new Set([...d.observations, ...d.events].map((f) => f.source));
    const basedOn = nodes(ds, 'isBasedOn');
    expect(basedOn.map((n) => values(n, 'identifier')[0]).sort()).toEqual([...documents].sort());
    for (const n of basedOn) {
      const s = sources.find((x) => x.id === values(n, 'identifier')[0])!;
      expect(values(n, 'name')).toEqual([s.title]);
      expect(values(n, 'url')).toEqual(s.url ?? s.archiveUrl ? [s.url ?? s.archiveUrl] : []);
      if (s.published?.basis === 'inferred') expect(values(n, 'datePublished'), `${s.id}: an inferred date is no datePublished`).toEqual([]);
    }
    // citation: one per source of the dataset, naming its title
    const citations = values(ds, 'citation') as string[];
    expect(citations).toHaveLength(d.sources.length);
    for (const s of d.sources) expect(citations.some((c) => c.includes(s.title)), s.id).toBe(true);

    // temporalCoverage spans the earliest to the latest year of the periods and event dates
    const periods = [...d.observations.map((o) => o.period), ...d.events.map((e) => e.date), ...d.gaps.map((g) => g.period)];
    const years = periods.flatMap((p) => p.split('/').map((x) => Number(x.slice(0, 4))));
    const [coverage] = values(ds, 'temporalCoverage') as string[];
    expect(Number(coverage!.slice(0, 4))).toBe(Math.min(...years));
    expect(Number(coverage!.split('/').at(-1)!.slice(0, 4))).toBe(Math.max(...years));

    // spatialCoverage: Azerbaijan, ISO 3166-1 alpha-2 AZ
    const [place] = nodes(ds, 'spatialCoverage');
    expect(values(place!, 'name')).toEqual(['Azerbaijan']);
    expect(values(nodes(place!, 'identifier')[0]!, 'value')).toEqual(['AZ']);

    // variableMeasured: every measure, with the unit of its observations
    const variables = nodes(ds, 'variableMeasured');
    expect(new Set(variables.map((v) => values(v, 'propertyID')[0]))).toEqual(new Set(d.measures.map((m) => m.id)));
    const withUnit = new Set(variables.filter((v) => values(v, 'unitText').length === 1).map((v) => values(v, 'propertyID')[0]));
    expect(d.observations.filter((o) => !withUnit.has(o.measure)).map((o) => `${o.id}: ${o.measure}`)).toEqual([]);

    // distribution: its CSV and its JSON, at their addresses in the site
    const downloads = nodes(ds, 'distribution').map((n) => [values(n, 'encodingFormat')[0], values(n, 'contentUrl')[0]]);
    expect(downloads).toContainEqual(['text/csv', `https://docs.example/media/${id}.csv`]);
    expect(downloads).toContainEqual(['application/json', `https://docs.example/media/${id}.json`]);
  });
});

describe('datasetJsonLd', () => {
  it('escapes "<" so that no text closes the script element', () => {
    const d = datasets[0] as Dataset;
    const page = pageJsonLd({ ...d, description: `${d.description} </script><b>` } as Dataset);
    expect((page[0] as { description: string }).description).toContain('</script><b>');
    const raw = JSON.stringify(datasetJsonLd({ ...d, description: 'x </script>' } as Dataset, { csv: 'a', json: 'b', licence: 'c' }));
    expect(raw).toContain('</script>'); // the object holds the text; only the page escapes it
  });
});
