import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cite, datasets, packageCitation, sources } from 'azerbaijan-data';
import type { Dataset, Source } from 'azerbaijan-data';
import { citationOf } from '../support/citations.js';
import { seedText, withoutSources } from '../support/seeds.js';

// cite() read back by Citation.js: its CSL-JSON and its BibTeX parse, and render in APA with the
// titles, publishers, years and addresses that the source records and documents give. Expected
// strings are written out from the documents and their README, not from cite()'s output.

const root = new URL('../..', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
const byId = (id: string): Source => sources.find((s) => s.id === id)!;
const dataset = (id: string): Dataset => (datasets as readonly Dataset[]).find((d) => d.id === id)!;

interface CslData { id: string; type: string; title: string; publisher?: string; 'container-title'?: string; URL?: string; issued?: { 'date-parts': number[][] }; author?: { family: string; given?: string }[]; version?: string; note?: string }

const apa = (input: unknown): string => new Cite(input).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
const readBack = (input: unknown): CslData[] => new Cite(input).data as CslData[];
const cslOf = (c: ReturnType<typeof cite>): unknown => JSON.parse(JSON.stringify(c.csl));

describe('cite() of the five source documents, read back by Citation.js', () => {
  const expected: [id: string, title: string, inApa: string[], year: number, url?: string][] = [
    ['nrc-azerbaijan-country-programmes', 'Azerbaijan: NRC country programmes', ['Norwegian Refugee Council'], 2002],
    ['dw-2023-09-22-azerbaijan-humanitarian-aid', 'Nagorno-Karabakh: Azerbaijan sends humanitarian aid', ['DW', '(2023, September 22)'], 2023,
      'https://www.dw.com/en/nagorno-karabakh-azerbaijan-sends-humanitarian-aid/a-66895113'],
    ['landmine-monitor-2000-azerbaijan', 'Azerbaijan, Landmine Monitor Report 2000', ['In Landmine Monitor Report 2000: Toward a Mine-Free World', 'International Campaign to Ban Landmines'], 2000,
      'http://archives.the-monitor.org/index.php/publications/display?url=lm/2000/azerbaijan.html'],
    ['migration-country-report-azerbaijan', 'Country report on migration in Azerbaijan', ['2011–2012'], 2011],
    ['occupation-in-figures', 'The Occupation in Figures', ['Government of the Republic of Azerbaijan'], 2011,
      'http://www.virtualkarabakh.az/read.php?lang=2&menu=42&id=3016'],
  ];

  it.each(expected)('%s: the CSL-JSON renders in APA with its title, publisher, year and address', (id, title, inApa, year, url) => {
    const c = cite(byId(id));
    const text = apa(cslOf(c));
    expect(text).toContain(title);
    for (const part of inApa) expect(text).toContain(part);
    expect(text).toContain(String(year));
    if (url) expect(text).toContain(url);
    expect(text).toContain(`Version ${version}`);
  });

  it.each(expected)('%s: the BibTeX parses back to the same title, year and address; the library is a @misc with its version in the note', (id, title, _inApa, year, url) => {
    const c = cite(byId(id));
    const [item, library] = readBack(c.bibtex);
    expect(item!.title).toBe(title);
    expect(item!.issued?.['date-parts'][0]?.[0]).toBe(year);
    if (url) expect(c.bibtex).toMatch(new RegExp(`(url = \\{|howpublished = \\{\\\\url\\{)${url.replace(/[.?*+^$()[\]|\\]/g, '\\$&')}\\}`));
    expect(c.bibtex).toMatch(/^@misc\{azerbaijan-data,$/m);
    expect(library!.note).toContain(`Version ${version}`);
    expect(apa(c.bibtex)).toContain(title);
  });

  it.each(expected)('%s: the biblatex parses back to the same title, year and address, and the library as software at its version', (id, title, _inApa, year, url) => {
    const c = cite(byId(id));
    const [item, library] = readBack(c.biblatex);
    expect(item!.title).toBe(title);
    expect(item!.issued?.['date-parts'][0]?.[0]).toBe(year);
    expect(item!.URL).toBe(url);
    expect(library!.type).toBe('software');
    expect(library!.version).toBe(version);
  });

  it('an inferred date is marked circa in the CSL-JSON and said to be inferred in the text', () => {
    const c = cite(byId('nrc-azerbaijan-country-programmes'));
    expect(c.csl[0]!.issued).toEqual({ 'date-parts': [[2002]], circa: true });
    expect(apa(cslOf(c))).toContain('ca. 2002');
    expect(c.text).toContain('c. 2002');
    expect(c.text).toContain('Date inferred');
  });

  it('the migration report\'s author, known from the linked author page, is its author in every format, with the basis stated', () => {
    const c = cite(byId('migration-country-report-azerbaijan'));
    expect(c.csl[0]!.author).toEqual([{ family: 'Shahgaldiyev', given: 'Eldar' }]);
    expect(c.csl[0]!.note).toContain('Author Eldar Shahgaldiyev named from the author page linked in the text (https://khazar.academia.edu/EldarShahgaldiyev)');
    expect(c.text).toMatch(/^Shahgaldiyev, Eldar \(c\. 2011–2012\)\. Country report on migration in Azerbaijan\./);
    for (const entries of [c.bibtex, c.biblatex]) {
      expect(entries).toMatch(/^ {2}author = \{Shahgaldiyev, Eldar\},$/m);
      expect(entries).toContain('named from the author page linked in the text');
      expect(readBack(entries)[0]!.author).toEqual([{ family: 'Shahgaldiyev', given: 'Eldar' }]);
    }
    expect(apa(cslOf(c))).toContain('Shahgaldiyev, E.');
  });

  it('a described but unnamed author is never printed as author, publisher or institution: the report names no publisher, and gets none', () => {
    const report = byId('migration-country-report-azerbaijan');
    expect(report.publisher).toBeUndefined();
    for (const source of sources) expect(JSON.stringify(source), source.id).not.toMatch(/Academic author|author page at Khazar University linked/);
    const c = cite(report);
    expect(c.csl[0]!.publisher).toBeUndefined();
    for (const entries of [c.bibtex, c.biblatex]) {
      expect(entries).not.toMatch(/^ {2}(publisher|institution|organization) = /m);
      expect(entries).not.toContain('Khazar University');
    }
    expect(c.text).not.toContain('Khazar University');
    // a report without a publisher is no @techreport (which needs an institution) in classic BibTeX
    expect(c.bibtex).toMatch(/^@misc\{migration-country-report-azerbaijan,$/m);
  });

  it('a work with a stated author renders with the author first (Rustamov, Asian Development Bank, 2007)', () => {
    const text = apa(cslOf(cite(byId('adb-2007'))));
    expect(text).toContain('Rustamov, V. (2007)');
    expect(text).toContain('Asian Development Bank');
    const [item] = readBack(cite(byId('adb-2007')).bibtex);
    expect(item!.author).toEqual([{ family: 'Rustamov', given: 'Vagif' }]);
    expect(item!.publisher).toBe('Asian Development Bank');
  });

  it('a body the documents cite says where it is cited', () => {
    const c = cite(byId('world-bank-factbook-2011'));
    expect(c.text).toContain('Cited in "Country report on migration in Azerbaijan"');
    expect(readBack(c.bibtex)[0]!.URL).toBe('http://siteresources.worldbank.org/INTLAC/Resources/Factbook2011-Ebook.pdf');
  });
});

describe('cite() of a figure', () => {
  it.skipIf(withoutSources)('the migration report\'s footnote 21 cites the Factbook, p.65, as the figure\'s citation says', () => {
    expect(seedText(byId('migration-country-report-azerbaijan').file!)).toContain('21 World Bank’s Migration and Remittances Factbook 2011, 2nd edition, p.65');
  });


  it('a World Bank figure is cited to the Factbook, as cited in the migration report with its table and footnote, then the dataset and the library', () => {
    const d = dataset('remittance-flows');
    const o = d.observations.find((x) => x.id === 'inward-remittances-2010')!;
    expect(o.attribution).toBe('world-bank-factbook-2011');
    const c = cite(d, o.id);
    expect(c.csl.map((i) => i.type)).toEqual(['report', 'report', 'dataset', 'software']);
    const [original, document] = c.csl;
    expect(original!.title).toBe('Migration and Remittances Factbook 2011, 2nd edition');
    expect(original!.publisher).toBe('World Bank');
    expect(original!.note).toContain('World Bank, "Migration and Remittances Factbook 2011, 2nd edition" (2011), as cited in "Country report on migration in Azerbaijan" (Eldar Shahgaldiyev, c. 2011–2012)');
    // footnote 21 of the report cites page 65 of the Factbook for Table 5
    for (const part of ['Table 5', 'footnote 21', 'p.65']) expect(original!.note).toContain(part);
    expect(document!.title).toBe('Country report on migration in Azerbaijan');
    expect(c.text.split('\n')[0]).toMatch(/^Cited as: World Bank, "Migration and Remittances Factbook 2011, 2nd edition" \(2011\), as cited in "Country report on migration in Azerbaijan"/);
    expect(c.text.split('\n')[1]).toMatch(/^World Bank \(2011\)\. Migration and Remittances Factbook 2011, 2nd edition\. .*as cited in/);
    const rendered = apa(cslOf(c));
    for (const part of ['Migration and Remittances Factbook 2011', 'World Bank', 'Country report on migration in Azerbaijan', 'Inward and outward remittance flows', 'azerbaijan-data']) {
      expect(rendered).toContain(part);
    }
    const back = readBack(c.bibtex);
    expect(back.map((i) => i.title)).toEqual(c.csl.map((i) => i.title));
    expect(back[2]!.note).toContain(`Version ${d.version}`);
    expect(readBack(c.biblatex)[2]!.version).toBe(d.version);
  });

  it('a figure without an attribution is cited to its document with its locator', () => {
    const d = dataset('landmine-casualties');
    const o = d.observations.find((x) => x.attribution === undefined) ?? d.observations[0]!;
    const c = cite(d, o.id);
    const first = c.csl[0]!;
    expect(first.id).toBe(o.attribution ?? o.source);
    expect(first.note).toContain(`section "${o.locator.section}"`);
  });

  it('an event is cited like an observation', () => {
    const d = dataset('karabakh-conflict-areas');
    const e = d.events[0]!;
    const c = cite(d, e.id);
    expect(c.csl.at(-2)!.note).toContain(`Event ${e.id}`);
    expect(() => readBack(cslOf(c))).not.toThrow();
  });

  it.each(datasets.map((d) => [d.id, d as Dataset] as const))('%s: the dataset\'s citation and its first figure\'s read back in Citation.js', (id, d) => {
    const c = cite(d);
    expect(c.csl[0]!.title).toBe(d.title);
    expect(c.csl[0]!.version).toBe(d.version);
    expect(c.csl.slice(1, -1).map((i) => i.id).sort()).toEqual(d.sources.map((s) => s.id).sort());
    expect(readBack(c.bibtex).map((i) => i.title)).toEqual(c.csl.map((i) => i.title));
    expect(readBack(c.biblatex).map((i) => i.title)).toEqual(c.csl.map((i) => i.title));
    // APA typesets an apostrophe as a typographic one ("UNHCR’s")
    expect(apa(cslOf(c)).replaceAll('\u2019', "'")).toContain(d.title);
    const figure = d.observations[0] ?? d.events[0]!;
    const f = cite(d, figure.id);
    expect(readBack(f.bibtex).map((i) => i.title)).toEqual(f.csl.map((i) => i.title));
    expect(readBack(f.biblatex).map((i) => i.title)).toEqual(f.csl.map((i) => i.title));
    // every figure of the dataset has a citation naming its document and locator
    const unplaced = [...d.observations, ...d.events].flatMap((x) => {
      const note = citationOf(d, x.id).csl.find((i) => i.id === x.source)?.note;
      const where = x.locator.file !== undefined ? `file ${x.locator.file}, line ${x.locator.line}` : `section "${x.locator.section}"`;
      return note?.includes(where) === true ? [] : [`${id}/${x.id}: ${where} not in ${note}`];
    });
    expect(unplaced).toEqual([]);
  });
});

describe('the library\'s own citation', () => {
  it('names the package at its package.json version, with the date of the version', () => {
    expect(packageCitation.version).toBe(version);
    const item = cite(datasets[0] as Dataset).csl.at(-1)!;
    expect(item).toMatchObject({ type: 'software', version, title: packageCitation.title });
    expect(apa(cslOf(cite(datasets[0] as Dataset)))).toContain(`(Version ${version}). (${packageCitation.date.slice(0, 4)})`);
  });
});

describe('BibTeX escaping', () => {
  it('LaTeX specials in a title and an address with & and ? read back unchanged', () => {
    const odd: Source = { id: 'odd', title: 'Costs & 100% of C_2 {draft} #1', publisher: 'A $ body', kind: 'ngo', form: 'report', url: 'http://example.org/a?b=1&c=2' };
    for (const entries of [cite(odd).bibtex, cite(odd).biblatex]) {
      const [item] = readBack(entries);
      expect(item!.title).toBe(odd.title);
      expect(item!.publisher).toBe('A $ body');
      expect(item!.URL).toBe(odd.url);
    }
  });
});

describe('cite() on bad input', () => {
  it('throws a TypeError naming what it received, for something neither a dataset nor a source', () => {
    expect(() => cite(undefined as unknown as Source)).toThrow(new TypeError('cite: expected a dataset or a source of azerbaijan-data (for example cite(internationalMigration)); received undefined'));
    expect(() => cite({ id: 'x' } as unknown as Source)).toThrow(TypeError);
  });

  it('throws a RangeError (UnknownIdError) naming the dataset, the id and the closest ids, for an unknown figure', () => {
    expect(() => cite(dataset('remittance-flows'), 'no-such-figure')).toThrow(RangeError);
    expect(() => cite(dataset('remittance-flows'), 'no-such-figure')).toThrow(
      /^cite: figureId must be one of the \d+ observation or event ids of dataset "remittance-flows" \(none is close to it\); received "no-such-figure"$/,
    );
    expect(() => cite(dataset('remittance-flows'), 'inward-remittances-203')).toThrow(/\(closest: "inward-remittances-2003", /);
  });

  it('throws a TypeError for a figure id given with a source', () => {
    expect(() => (cite as (s: Source, id: string) => unknown)(byId('unhcr'), 'x')).toThrow(TypeError);
  });
});

describe('the README\'s printed citation', () => {
  it('is what cite() gives for the figure it shows', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const printed = /`citation\.text` reads:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(printed).toBeDefined();
    expect(printed).toBe(cite(dataset('remittance-flows'), 'inward-remittances-2010').text);
    expect(readme).toContain(`(version ${version})`);
  });
});

describe('cite() of a dataset names, for each body, only the documents of that dataset that cite it', () => {
  it('landmine-casualties: the Government of Azerbaijan is cited there by the Landmine Monitor report, not by DW or the migration report', () => {
    const d = dataset('landmine-casualties');
    const government = cite(d).csl.find((i) => i.id === 'government-of-azerbaijan');
    expect(government, 'the dataset attributes figures to the government').toBeDefined();
    expect(government!.note).toContain('Azerbaijan, Landmine Monitor Report 2000');
    expect(government!.note).not.toContain('Nagorno-Karabakh: Azerbaijan sends humanitarian aid');
    expect(government!.note).not.toContain('Country report on migration in Azerbaijan');
  });
});
