import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets as built, sources as builtSources } from 'azerbaijan-data';
import { datasets as fromSrc } from '../../src/catalogue.js';
import { sources as srcSources } from '../../src/sources/index.js';
import { builtData } from '../support/builtData.js';

// The tests' Vite plugin (vitest.config.ts) that serves src/'s data modules from the Node build.

const root = new URL('../..', import.meta.url).pathname;
const load = (id: string): unknown => {
  const hook = builtData(root).load as (id: string) => unknown;
  return hook(id);
};

describe('builtData, the tests\' plugin', () => {
  it('is on in this run: src/\'s catalogue and sources are the objects the built package gives', () => {
    expect(fromSrc.length).toBe(built.length);
    expect(fromSrc.filter((d, i) => d !== built[i]).map((d) => d.id)).toEqual([]);
    expect(srcSources.filter((s) => !builtSources.includes(s)).map((s) => s.id)).toEqual([]);
  });

  it('re-exports a dataset module and a source module from their files of dist/node/', () => {
    expect(load(join(root, 'src/data/remittances/remittanceFlows.ts'))).toBe(`export { remittanceFlows } from ${JSON.stringify(join(root, 'dist/node/topics/remittances.mjs'))};\n`);
    expect(load(join(root, 'src/sources/unhcr.ts'))).toBe(`export { unhcr } from ${JSON.stringify(join(root, 'dist/node/sources.mjs'))};\n`);
  });

  it('leaves code, the sources\' index and files outside src/ to load as written', () => {
    for (const file of ['src/helpers/convert.ts', 'src/sources/index.ts', 'src/catalogue.ts', 'src/topics/remittances.ts']) expect(load(join(root, file)), file).toBeNull();
    expect(load('/elsewhere/src/data/remittances/remittanceFlows.ts')).toBeNull();
  });
});
