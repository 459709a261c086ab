import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import { bundleDatasets, bundleModule, datasetExportNames } from '../../scripts/bundleDataset.js';

const exportNameOf = datasetExportNames();
/** Every dataset's consumer bundle, from one esbuild build (made on first use). */
let bundles: ReturnType<typeof bundleDatasets> | undefined;

describe('a consumer bundle of one dataset', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s: carries only that dataset, no zod, at most 1.1× its gzipped JSON (issue 26)', async (id, d) => {
    const name = exportNameOf.get(d);
    expect(name, `export name of ${id}`).toBeDefined();
    const json = JSON.stringify(d);
    bundles ??= bundleDatasets(datasets.map((x) => ({ topic: x.topic, exportName: exportNameOf.get(x)!, datasetJson: JSON.stringify(x) })));
    const b = (await bundles).get(`${d.topic}--${name}`)!;
    const inputs = Object.entries(b.metafile.outputs).flatMap(([, o]) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p));
    expect(inputs.filter((p) => p.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.some((p) => /(^|\/)dist\//.test(p))).toBe(true);
    const others = datasets.filter((o) => o.id !== id && !json.includes(`"${o.id}"`));
    expect(others.filter((o) => b.code.includes(`"${o.id}"`) || b.code.includes(`'${o.id}'`)).map((o) => o.id)).toEqual([]);
    // the bundle holds the dataset, whole and still deeply frozen: run it and inspect what it logs
    // (a generated module holds its data as JSON text, so a quote stands escaped in the code)
    const logged: unknown[] = [];
    new Function('console', b.code.replace(/^export\s*\{[^}]*\};?\s*$/m, ''))({ log: (v: unknown) => logged.push(v) });
    // compared as JSON: the same text, key for key in the same order (a deep toEqual of the larger datasets takes seconds)
    expect(JSON.stringify(logged[0]) === json, `${id}: the bundle logs the dataset`).toBe(true);
    const o = (logged[0] as typeof d).observations[0] ?? (logged[0] as typeof d).events[0];
    expect(Object.isFrozen(o) && Object.isFrozen((o as { locator: object }).locator)).toBe(true);
    expect(b.ratio, `${id}: ${b.gzipBytes} B gzipped against ${b.jsonGzipBytes} B of JSON`).toBeLessThanOrEqual(1.1);
  });
});

describe('a consumer bundle of one dataset and cite (issue 27: citations without the catalogue)', () => {
  // the dataset of the measurement, and the smallest dataset, where cite weighs most
  const smallest = [...datasets].sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)[0]!;
  const cases = [datasets.find((d) => d.id === 'wdi-idps-idmc')!, smallest];

  it.each(cases.map((d) => [d.id, d] as const))('%s: cite from azerbaijan-data/helpers adds at most 6 kB gzipped, and brings no other source record, no other dataset and no semver', async (id, d) => {
    const name = exportNameOf.get(d)!;
    const figure = d.observations[0]?.id ?? d.events[0]!.id;
    const alone = await bundleModule(`${d.topic}--${name}`, `import { ${name} } from 'azerbaijan-data/${d.topic}';\nconsole.log(${name});\n`);
    const cited = await bundleModule(`${d.topic}--${name}--cite`, `import { ${name} } from 'azerbaijan-data/${d.topic}';\nimport { cite } from 'azerbaijan-data/helpers';\nconsole.log(${name}, cite(${name}, ${JSON.stringify(figure)}).bibtex);\n`);
    const inputs = Object.values(cited.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p));
    expect(inputs.filter((p) => p.includes('node_modules/semver') || p.includes('node_modules/zod'))).toEqual([]);
    const own = new Set(d.sources.map((s) => s.id));
    // a record is `{id:"…",title:…}` in the minified code (the documents' ids also stand as keys of their short references)
    expect(own.size).toBeGreaterThan(0);
    for (const s of d.sources) expect(cited.code).toContain(`id:"${s.id}"`);
    expect(sources.filter((s) => !own.has(s.id) && cited.code.includes(`id:"${s.id}"`)).map((s) => s.id)).toEqual([]);
    expect(datasets.filter((o) => o.id !== id && cited.code.includes(`"${o.id}"`)).map((o) => o.id)).toEqual([]);
    // and it cites: the bundle runs and prints the BibTeX of the figure
    const logged: unknown[] = [];
    new Function('console', cited.code.replace(/^export\s*\{[^}]*\};?\s*$/m, ''))({ log: (...v: unknown[]) => logged.push(...v) });
    expect(String(logged[1])).toContain(`@misc{azerbaijan-data-${id},`);
    expect(cited.gzipBytes - alone.gzipBytes, `${id}: ${alone.gzipBytes} B alone, ${cited.gzipBytes} B with cite`).toBeLessThanOrEqual(6000);
  });
});
