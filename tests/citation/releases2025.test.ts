import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cite, datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';

// Issue 26, part 7: cite() names the chain of a figure of the releases to 2025 (IDMC → UNHCR's R
// package; IDMC → OCHA's copy of the GIDD), the CSV line and the .rda file and table a UNHCR row
// was written from, the package's authors and version, and the licence of each release.

const dataset = (id: string): Dataset => {
  const d = (datasets as readonly Dataset[]).find((x) => x.id === id);
  if (d === undefined) throw new Error(`no dataset ${id}`);
  return d;
};
const figure = (id: string, figureId: string) => cite(dataset(id) as never, figureId as never);

describe('cite() of the releases to 2025', () => {
  it('IDMC\'s IDP stock as UNHCR\'s R package carries it: IDMC, in the package at version 2025.12.1, its idmc.rda at the commit, the CSV line and the .rda table', () => {
    const c = figure('unhcr-idmc-idps-2025', 'idps-2009');
    expect(c.chain).toMatch(/^Internal Displacement Monitoring Centre \(IDMC\), figure for 2009, in UNHCR\b.*refugees: UNHCR Refugee Population Statistics Database \(R package\), version 2025\.12\.1/);
    // only the copy of the file the row was written from
    expect(c.chain).toContain('as retrieved from PopulationStatistics/refugees (data/idmc.rda at commit 0c16a6d)');
    expect(c.chain).not.toContain('data/population.rda');
    expect(c.chain).toContain('file idmc--aze.csv, line 2, written out from rda/idmc.rda, table idmc, column "total"');
    expect(c.text).toContain('CC BY 4.0');
  });

  it('IDMC\'s GIDD: IDMC\'s figure in its database, as retrieved from OCHA\'s HDX pipeline, with the licence CC BY-IGO and its attribution', () => {
    const c = figure('idmc-gidd-conflict-2025', 'idps-2009');
    expect(c.chain).toMatch(/^Internal Displacement Monitoring Centre \(IDMC\), figure for 2009, in Internal Displacement Monitoring Centre \(IDMC\), Geneva, Global Internal Displacement Database \(GIDD\)/);
    expect(c.chain).toContain('as retrieved from OCHA-DAP/hdx-scraper-idmc-gidd');
    expect(c.chain).toContain('file conflict--aze.csv, line 2, column "total_displacement"');
    expect(c.text).toContain('Licence: CC BY-IGO');
    expect(c.text).toContain('"Internal Displacement Monitoring Centre (IDMC), Global Internal Displacement Database"');
  });

  it('a UNHCR package figure: the CSV line and the .rda file and table, in the chain, the CSL note and BibTeX', () => {
    const d = dataset('unhcr-population-2025');
    const o = d.observations.find((x) => x.measure === 'refugee-population-by-country-of-origin' && x.period === '2023' && x.dimensions.asylum === 'DE')!;
    const c = cite(d as never, o.id as never);
    const where = `file population--aze.csv, line ${o.locator.line}, written out from rda/population.rda, table population, column "refugees"`;
    expect(c.chain).toContain(where);
    expect(c.csl.find((i) => i.id === 'unhcr-refugees-package-2025-12-1')!.note).toContain(where);
    expect(c.bibtex).toContain('rda/population.rda');
  });

  it('the package\'s authors (as DESCRIPTION names them) and its version, in CSL, BibTeX and biblatex', () => {
    const d = dataset('unhcr-population-2025');
    const c = cite(d as never, d.observations[0]!.id as never);
    const item = c.csl.find((i) => i.id === 'unhcr-refugees-package-2025-12-1')!;
    expect(item.author).toEqual([{ family: 'Galal', given: 'Hisham' }, { family: 'Dicko', given: 'Ahmadou' }]);
    expect(item.version).toBe('2025.12.1');
    expect(c.bibtex).toMatch(/@misc\{unhcr-refugees-package-2025-12-1,\n {2}author = \{Galal, Hisham and Dicko, Ahmadou\}/);
    expect(c.biblatex).toMatch(/version = \{2025\.12\.1\}/);
    // a BibTeX reader finds the authors and the edition
    const parsed = new Cite(c.bibtex).data as { id: string; author?: { family: string }[]; edition?: string }[];
    const entry = parsed.find((e) => e.id === 'unhcr-refugees-package-2025-12-1')!;
    expect(entry.author?.map((a) => a.family)).toEqual(['Galal', 'Dicko']);
    expect(entry.edition).toContain('2025.12.1');
  });

  it('the earlier edition names its own version and .rda file inside the release folder', () => {
    const c = figure('unhcr-population-2022', 'refugee-population-by-country-of-origin-az-am-1992');
    expect(c.chain).toContain('version 2022.12.0');
    expect(c.chain).toContain('file editions/population--aze--2022.12.0.csv, line 2, written out from editions/population-2022.12.0.rda, table population');
    expect(c.csl.find((i) => i.id === 'unhcr-refugees-package-2022-12-0')!.version).toBe('2022.12.0');
  });
});
