import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { bundleDataset, datasetExportNames } from '../../scripts/bundleDataset.js';

const exportNameOf = datasetExportNames();

describe('a consumer bundle of one dataset', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s: carries only that dataset, no zod, at most 1.3× its gzipped JSON', async (id, d) => {
    const name = exportNameOf.get(d);
    expect(name, `export name of ${id}`).toBeDefined();
    const b = await bundleDataset(d.topic, name!, JSON.stringify(d));
    const inputs = Object.entries(b.metafile.outputs).flatMap(([, o]) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p));
    expect(inputs.filter((p) => p.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.some((p) => /(^|\/)dist\//.test(p))).toBe(true);
    const others = datasets.filter((o) => o.id !== id && !JSON.stringify(d).includes(`"${o.id}"`));
    expect(others.filter((o) => b.code.includes(`"${o.id}"`) || b.code.includes(`'${o.id}'`)).map((o) => o.id)).toEqual([]);
    expect(b.code).toContain(d.observations[0]?.quote ?? d.events[0]!.quote);
    // the bundled data is still deeply frozen: run the bundle and inspect what it logs
    const logged: unknown[] = [];
    new Function('console', b.code.replace(/^export\s*\{[^}]*\};?\s*$/m, ''))({ log: (v: unknown) => logged.push(v) });
    const o = (logged[0] as typeof d).observations[0] ?? (logged[0] as typeof d).events[0];
    expect(Object.isFrozen(o) && Object.isFrozen((o as { locator: object }).locator)).toBe(true);
    expect(b.ratio, `${id}: ${b.gzipBytes} B gzipped against ${b.jsonGzipBytes} B of JSON`).toBeLessThanOrEqual(1.3);
  });
});
