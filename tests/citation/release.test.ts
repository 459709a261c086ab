import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { cite, datasets, idmc, unhcr } from 'azerbaijan-data';
import type { Dataset, Source } from 'azerbaijan-data';
import { Dataset as DatasetSchema } from 'azerbaijan-data/schema';
import { seedText, withoutSources } from '../support/seeds.js';

// Issue 19/21: a figure of a statistical release (form `dataset`) is cited as "IDMC, in World Bank,
// World Development Indicators, as retrieved from <repository> (<path> at commit <short>)", with
// the release's licence and the attribution it requires, in every format. The fixtures hold the
// facts of the open-data extracts (/work/shared/seeds/open-data/*/MANIFEST.json and README.md):
// repositories, paths, commits, licences and a data line.

const wdi: Source = {
  id: 'world-bank-wdi',
  title: 'World Development Indicators',
  publisher: 'World Bank',
  kind: 'intergovernmental',
  form: 'dataset',
  retrievedFrom: [
    {
      repository: 'open-numbers/ddf--open_numbers--world_development_indicators',
      path: 'datapoints/ddf--datapoints--vc_idp_tocv--by--geo--time.csv',
      commit: '0b3bf62622cd68fb40c6a98ea4aeadfce6debede',
    },
    {
      repository: 'open-numbers/ddf--open_numbers--world_development_indicators',
      path: 'datapoints/ddf--datapoints--sm_pop_refg_or--by--geo--time.csv',
      commit: '35f470d9a011a2253b7efa0a901ff8acb8a6cc99',
    },
  ],
  license: {
    name: 'CC BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attributionRequired: true,
    statedIn: "license_type of the indicator's concept row (ddf--concepts--continuous.csv)",
    attribution: 'The Internal Displacement Monitoring Centre (http://www.internal-displacement.org/)',
  },
};

const unhcrRelease: Source = {
  id: 'unhcr-population-statistics-2019',
  title: 'UNHCR Population Statistics',
  publisher: 'UNHCR',
  kind: 'intergovernmental',
  form: 'dataset',
  edition: 'December 2019',
  retrievedFrom: [{ repository: 'open-numbers/ddf--unhcr--population_statistics', path: 'ddf--datapoints--population_left--by--geo--year.csv', commit: '0ee56a8dcb175fc5264301efb936ed147bd473e5' }],
  license: { name: 'none stated', attributionRequired: false, statedIn: 'datapackage.json ("license": "")' },
};

const fixture = {
  id: 'idps-wdi-fixture',
  title: 'Internally displaced persons in Azerbaijan (WDI, from IDMC): a test fixture',
  description: 'A test fixture: one WDI figure attributed to IDMC and one UNHCR release figure.',
  topic: 'displacement',
  version: '1.0.0',
  sha256: '0'.repeat(64),
  units: ['persons'],
  measures: [{ id: 'idps', label: 'Internally displaced persons' }, { id: 'refugees-left', label: 'Refugees by origin' }],
  dimensions: [],
  sources: [wdi, unhcrRelease, idmc, unhcr],
  observations: [
    {
      id: 'idps-2009', measure: 'idps', qualifier: 'exact', value: 586000, unit: 'persons', period: '2009', dimensions: {},
      source: 'world-bank-wdi', attribution: 'idmc',
      locator: { file: 'ddf--datapoints--vc_idp_tocv--by--geo--time.csv', line: 2, column: 'vc_idp_tocv' },
      quote: 'aze,2009,586000', asWritten: '586000',
    },
    {
      id: 'refugees-left-1992', measure: 'refugees-left', qualifier: 'exact', value: 300000, unit: 'persons', period: '1992', dimensions: {},
      source: 'unhcr-population-statistics-2019',
      locator: { file: 'ddf--datapoints--population_left--by--geo--year.csv', line: 2, column: 'population_left' },
      quote: 'aze,1992,300000', asWritten: '300000',
    },
  ],
  relations: [],
  events: [],
  gaps: [],
  notes: [],
} as unknown as Dataset;

const repository = 'open-numbers/ddf--open_numbers--world_development_indicators';
/** The notes of BibTeX or biblatex entries as Citation.js reads them (LaTeX escapes undone). */
const notesOf = (entries: string): string => back(entries).map((i) => i.note ?? '').join('\n');
const back = (entries: string): { id: string; type: string; note?: string }[] => new Cite(entries).data as { id: string; type: string; note?: string }[];

describe('a figure of a statistical release', () => {
  it('the fixture is a valid dataset', () => {
    expect(DatasetSchema.safeParse(fixture).success).toBe(true);
  });

  it.skipIf(withoutSources)('the fixture\'s data lines are line 2 of the extracts (after the header)', () => {
    expect(seedText('open-data/wdi/ddf--datapoints--vc_idp_tocv--by--geo--time.csv').startsWith('geo,time,vc_idp_tocv aze,2009,586000 ')).toBe(true);
    expect(seedText('open-data/unhcr-2019/ddf--datapoints--population_left--by--geo--year.csv').startsWith('geo,year,population_left aze,1992,300000 ')).toBe(true);
    expect(seedText('open-data/wdi/MANIFEST.json')).toContain('"commit": "0b3bf62622cd68fb40c6a98ea4aeadfce6debede"');
    expect(seedText('open-data/unhcr-2019/MANIFEST.json')).toContain('"commit": "0ee56a8dcb175fc5264301efb936ed147bd473e5"');
  });

  it('names the chain: IDMC, in World Bank, World Development Indicators, as retrieved from the repository (the path of the figure\'s file at its short commit)', () => {
    const c = cite(fixture, 'idps-2009');
    expect(c.chain).toBe(
      `Internal Displacement Monitoring Centre (IDMC), figure for 2009, in World Bank, World Development Indicators, as retrieved from ${repository} (datapoints/ddf--datapoints--vc_idp_tocv--by--geo--time.csv at commit 0b3bf62), file ddf--datapoints--vc_idp_tocv--by--geo--time.csv, line 2, column "vc_idp_tocv"`,
    );
    // only the copy of the figure's own file
    expect(c.chain).not.toContain('sm_pop_refg_or');
  });

  it('gives the licence and the attribution it requires in every format', () => {
    const c = cite(fixture, 'idps-2009');
    const licence = 'Licence: CC BY-4.0 (https://creativecommons.org/licenses/by/4.0/)';
    const attribution = 'attribution required: "The Internal Displacement Monitoring Centre (http://www.internal-displacement.org/)"';
    for (const [format, text] of [['text', c.text], ['csl', c.csl.map((i) => i.note).join('\n')], ['bibtex', notesOf(c.bibtex)], ['biblatex', notesOf(c.biblatex)]] as const) {
      expect(text, format).toContain(licence);
      expect(text, format).toContain(attribution);
      expect(text, format).toContain(`as retrieved from ${repository}`);
    }
    const release = c.csl.find((i) => i.id === 'world-bank-wdi')!;
    expect(release.type).toBe('dataset');
    expect(release.publisher).toBe('World Bank');
  });

  it('is a @dataset in biblatex and a @misc in BibTeX, and both read back with the chain in the note', () => {
    const c = cite(fixture, 'idps-2009');
    expect(c.biblatex).toMatch(/^@dataset\{world-bank-wdi,$/m);
    expect(c.bibtex).toMatch(/^@misc\{world-bank-wdi,$/m);
    for (const entries of [c.bibtex, c.biblatex]) {
      const items = back(entries);
      expect(items.map((i) => i.id)).toEqual(c.csl.map((i) => i.id));
      expect(items.find((i) => i.id === 'idmc')!.note).toContain('in World Bank, World Development Indicators, as retrieved from');
    }
  });

  it('the library\'s WDI figure names only its own file: no other copy of the release, and not the edition of a copy it was not read from', () => {
    const wdiIdps = datasets.find((d) => d.id === 'wdi-idps-idmc')!;
    const release = wdiIdps.sources.find((s) => s.id === 'world-bank-wdi-2025')!;
    // the release's copies stand at several commits; its edition describes the newest package
    expect(new Set(release.retrievedFrom!.map((c) => c.commit)).size).toBeGreaterThan(1);
    expect(release.edition).toContain('from earlier commits');
    for (const o of wdiIdps.observations) {
      const c = cite(wdiIdps, o.id);
      // the other data files (the licence names the metadata file it is stated in)
      const others = release.retrievedFrom!.filter((copy) => copy.path.startsWith('datapoints/') && !copy.path.endsWith(`/${o.locator.file!}`)).map((copy) => copy.path);
      expect(others.length).toBeGreaterThan(5);
      // BibTeX and biblatex escape `_` and split `--` (which LaTeX would print as a dash)
      const latex = (name: string): string => name.replaceAll('_', '\\_').replace(/-(?=-)/g, '-{}');
      for (const [text, written] of [[c.text, (x: string) => x], [JSON.stringify(c.csl), (x: string) => x], [c.bibtex, latex], [c.biblatex, latex]] as const) {
        expect(text).toContain(written(o.locator.file!));
        for (const other of others) expect(text, `${o.id}: ${other}`).not.toContain(written(other.split('/').at(-1)!));
        expect(text).not.toContain('from earlier commits');
        expect(text).not.toContain('SM.POP.REFG');
      }
    }
    // the release cited as a whole keeps its every copy and its edition
    const whole = cite(release);
    expect(whole.text).toContain('from earlier commits');
    for (const copy of release.retrievedFrom!) expect(whole.text).toContain(copy.path);
  });

  it('a release with an edition and no licence stated: the edition in the chain, "none stated" in every format', () => {
    const c = cite(fixture, 'refugees-left-1992');
    expect(c.chain).toBe(
      'UNHCR, UNHCR Population Statistics, December 2019, as retrieved from open-numbers/ddf--unhcr--population_statistics (ddf--datapoints--population_left--by--geo--year.csv at commit 0ee56a8), file ddf--datapoints--population_left--by--geo--year.csv, line 2, column "population_left"',
    );
    for (const text of [c.text, notesOf(c.bibtex), notesOf(c.biblatex), c.csl.map((i) => i.note).join('\n')]) expect(text).toContain('Licence: none stated, as stated in datapackage.json');
    expect(c.csl[0]!.edition).toBe('December 2019');
    expect(c.bibtex).toMatch(/^ {2}edition = \{December 2019\},$/m);
  });
});
