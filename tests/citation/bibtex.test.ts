import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cite, datasets, sources } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';

// Issue 21, part 4: `bibtex` holds what classic BibTeX reads (standard entry types and fields);
// `biblatex` holds biblatex's own types. The lists are BibTeX's standard entry types and fields
// (btxdoc, "BibTeXing") and the types biblatex adds, written out here, not taken from the code.

const classicTypes = new Set(['article', 'book', 'booklet', 'conference', 'inbook', 'incollection', 'inproceedings', 'manual', 'mastersthesis', 'misc', 'phdthesis', 'proceedings', 'techreport', 'unpublished']);
const biblatexOnlyTypes = ['online', 'dataset', 'software', 'report', 'electronic', 'www', 'mvbook', 'periodical', 'patent', 'thesis'];
const classicFields = new Set([
  'address', 'annote', 'author', 'booktitle', 'chapter', 'crossref', 'edition', 'editor', 'howpublished', 'institution', 'journal', 'key', 'month', 'note',
  'number', 'organization', 'pages', 'publisher', 'school', 'series', 'title', 'type', 'volume', 'year',
  // read by natbib's styles (plainnat, abbrvnat, unsrtnat)
  'url',
]);

const entryTypes = (entries: string): string[] => [...entries.matchAll(/^@(\w+)\{/gm)].map((m) => m[1]!);
const fieldNames = (entries: string): string[] => [...entries.matchAll(/^ {2}(\w+) = /gm)].map((m) => m[1]!);
const all = datasets as readonly Dataset[];
const citations = [
  ...sources.map((s) => [`source ${s.id}`, cite(s)] as const),
  ...all.flatMap((d) => [[`dataset ${d.id}`, cite(d)] as const, ...[...d.observations, ...d.events].slice(0, 3).map((f) => [`${d.id}/${f.id}`, cite(d, f.id)] as const)]),
];

describe('cite(…).bibtex is classic BibTeX', () => {
  it.each(citations)('%s: standard entry types and fields only, and it reads back', (_name, c) => {
    for (const type of entryTypes(c.bibtex)) {
      expect(biblatexOnlyTypes, `@${type} is biblatex-only`).not.toContain(type);
      expect(classicTypes.has(type), `@${type} is a classic BibTeX type`).toBe(true);
    }
    for (const field of fieldNames(c.bibtex)) expect(classicFields.has(field), `field ${field}`).toBe(true);
    const back = new Cite(c.bibtex).data as { id: string; title: string }[];
    expect(back.map((i) => i.id)).toEqual(c.csl.map((i) => i.id));
    expect(back.map((i) => i.title)).toEqual(c.csl.map((i) => i.title));
  });

  it('an address is in url for every type, and where plain.bst prints it: howpublished = {\\url{…}} for a @misc, the note for the others', () => {
    const c = cite(sources.find((s) => s.id === 'state-statistics-committee')!);
    expect(c.bibtex).toMatch(/^@misc\{state-statistics-committee,[\s\S]*?^ {2}howpublished = \{\\url\{http:\/\/www\.azstat\.org\/\}\},$/m);
    expect(c.bibtex).toMatch(/^ {2}url = \{http:\/\/www\.azstat\.org\/\},$/m);
    const dw = cite(sources.find((s) => s.id === 'dw-2023-09-22-azerbaijan-humanitarian-aid')!);
    expect(dw.bibtex).toMatch(/^@article\{dw-2023-09-22-azerbaijan-humanitarian-aid,[\s\S]*?^ {2}url = \{https:\/\/www\.dw\.com\/en\/nagorno-karabakh-azerbaijan-sends-humanitarian-aid\/a-66895113\},$/m);
    expect(dw.bibtex).toMatch(/^ {2}note = \{\\url\{https:\/\/www\.dw\.com\/en\/nagorno-karabakh-azerbaijan-sends-humanitarian-aid\/a-66895113\}\. /m);
    expect(dw.bibtex).toMatch(/^ {2}journal = \{DW \(Deutsche Welle\)\},$/m);
  });

  it('a day-exact date, a version and a checked address go in the note; year is the year of publication', () => {
    const dw = cite(sources.find((s) => s.id === 'dw-2023-09-22-azerbaijan-humanitarian-aid')!);
    expect(dw.bibtex).toMatch(/^ {2}note = \{.*Date 2023-09-22\. Address checked 2026-11/m);
    expect(dw.bibtex).toMatch(/^ {2}year = \{2023\},$/m);
  });

  it('a body is the author where no person is named, as one corporate name in braces, in BibTeX and biblatex, and reads back as one name', () => {
    const factbook = cite(sources.find((s) => s.id === 'world-bank-factbook-2011')!);
    for (const entries of [factbook.bibtex, factbook.biblatex]) {
      expect(entries).toMatch(/^@\w+\{world-bank-factbook-2011,\n {2}author = \{\{World Bank\}\},$/m);
      // one name, not a given name "World" and a family name "Bank"
      const [author, ...more] = (new Cite(entries).data as { author: { family?: string; given?: string; literal?: string }[] }[])[0]!.author;
      expect(more).toEqual([]);
      expect(author!.literal ?? author!.family).toBe('World Bank');
      expect(author!.given).toBeUndefined();
    }
    expect(factbook.bibtex).toMatch(/^@techreport\{world-bank-factbook-2011,[\s\S]*?^ {2}institution = \{World Bank\},$/m);
    // an organisation cited as such is its own author, by its name and abbreviation
    expect(cite(sources.find((s) => s.id === 'unhcr')!).bibtex).toMatch(/^ {2}author = \{\{Office of the United Nations High Commissioner for Refugees \(UNHCR\)\}\},$/m);
    // a named person stays the author, never the publisher
    const report = cite(sources.find((s) => s.id === 'adb-2007')!).bibtex;
    expect(report).toMatch(/^ {2}author = \{Rustamov, Vagif\},$/m);
    // the library's own entries are by its contributors
    expect(factbook.bibtex).toMatch(/^@misc\{azerbaijan-data,\n {2}author = \{\{The azerbaijan-data contributors\}\},$/m);
  });

  it.each(citations)('%s: every entry has an author and a key, and a year only where the reference was published', (_name, c) => {
    const entries = c.bibtex.split(/\n(?=@)/);
    expect(entries).toHaveLength(c.csl.length);
    entries.forEach((entry, i) => {
      expect(entry, c.csl[i]!.id).toMatch(/^ {2}author = \{.+\},$/m);
      expect(entry, c.csl[i]!.id).toMatch(/^ {2}key = \{.+\},$/m);
      const issued = c.csl[i]!.issued;
      if (issued === undefined) expect(entry, c.csl[i]!.id).not.toMatch(/^ {2}year = /m);
      else expect(entry, c.csl[i]!.id).toMatch(new RegExp(`^ {2}year = \\{${issued['date-parts'][0]![0]}\\},$`, 'm'));
    });
  });
});

describe('cite(…).biblatex is biblatex', () => {
  it('uses @online, @dataset and @software where they fit, and reads back', () => {
    const types = new Set(citations.flatMap(([, c]) => entryTypes(c.biblatex)));
    for (const type of ['dataset', 'software', 'online']) expect(types.has(type), `@${type}`).toBe(true);
    for (const [, c] of citations.slice(0, 40)) {
      const back = new Cite(c.biblatex).data as { id: string }[];
      expect(back.map((i) => i.id)).toEqual(c.csl.map((i) => i.id));
    }
  });
});
