import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from 'azerbaijan-data';
import { Source as SourceSchema } from 'azerbaijan-data/schema';
import { normaliseSpace, seedText, seedsDir, withoutSources } from '../support/seeds.js';

// The bibliographic records hold only what the documents, or the README of the documents
// ("Where the documents were published"), support. The expected facts below are read from
// ../shared/seeds/README.md and the documents, not from the records.

const byId = new Map(sources.map((s) => [s.id, s]));
/** The README of the source documents, read when a check needs it (the documents' folder may be absent). */
let readmeText: string | undefined;
const readmeOf = (): string => (readmeText ??= normaliseSpace(readFileSync(`${seedsDir}README.md`, 'utf8')));
/** The text of every document that cites a source (or the source's own text, for a document). */
const citingText = (id: string): string => {
  const s = byId.get(id)!;
  const files = s.file ? [s.file] : (s.citedIn ?? []).map((c) => byId.get(c)!.file!);
  return files.map(seedText).join(' ');
};

describe('source records', () => {
  it('every record parses with the Source schema', () => {
    const problems = sources.flatMap((s) => {
      const r = SourceSchema.safeParse(s);
      return r.success ? [] : r.error.issues.map((i) => `${s.id} at ${i.path.join('.')}: ${i.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('every record says what form it takes', () => {
    expect(sources.filter((s) => s.form === undefined).map((s) => s.id)).toEqual([]);
  });

});

// These read the documents and their README: skipped where the documents are not found.
describe.skipIf(withoutSources)('source records against the documents', () => {
  let readme = '';
  beforeAll(() => {
    readme = readmeOf();
  });

  it('the DW article has its address at dw.com, its stated date, and no author', () => {
    const dw = byId.get('dw-2023-09-22-azerbaijan-humanitarian-aid')!;
    expect(dw.url).toBe('https://www.dw.com/en/nagorno-karabakh-azerbaijan-sends-humanitarian-aid/a-66895113');
    expect(readme).toContain(dw.url);
    expect(dw.urlScope).toBe('whole');
    expect(dw.published).toMatchObject({ date: '2023-09-22', basis: 'stated' });
    expect(seedText(dw.file!)).toContain('September 22, 2023');
    expect(dw.form).toBe('newsArticle');
    expect(dw.authors).toBeUndefined();
  });

  it('the Landmine Monitor chapter belongs to "Landmine Monitor Report 2000: Toward a Mine-Free World" by the ICBL, with its archive address', () => {
    const lm = byId.get('landmine-monitor-2000-azerbaijan')!;
    expect(lm.form).toBe('chapter');
    expect(lm.container?.title).toBe('Landmine Monitor Report 2000: Toward a Mine-Free World');
    expect(lm.container?.publisher).toContain('International Campaign to Ban Landmines');
    expect(lm.container?.url).toBe('https://www.hrw.org/reports/2000/landmines/');
    expect(lm.archiveUrl).toBe('http://archives.the-monitor.org/index.php/publications/display?url=lm/2000/azerbaijan.html');
    for (const address of [lm.container!.url!, lm.archiveUrl!]) expect(readme).toContain(address);
    expect(seedText(lm.file!)).toContain('AZERBAIJAN, Landmine Monitor Report 2000');
    expect(lm.url, 'the original address of 2000 is not known').toBeUndefined();
  });

  it('the migration report names its author only through the author page the text links, not as a stated author', () => {
    const report = byId.get('migration-country-report-azerbaijan')!;
    expect(report.authors).toHaveLength(1);
    const [author] = report.authors!;
    expect(author!.basis).toBe('linkedAuthorPage');
    expect(author!.url).toBe('https://khazar.academia.edu/EldarShahgaldiyev');
    expect(seedText(report.file!)).toContain(author!.url!);
    expect(`${author!.given}${author!.family}`).toBe('EldarShahgaldiyev');
    expect(report.url, 'no address of the report was found').toBeUndefined();
    expect(report.published?.basis).toBe('inferred');
  });

  it('"The Occupation in Figures" has the virtualkarabakh.az page that holds part of its text, and an inferred date', () => {
    const occupation = byId.get('occupation-in-figures')!;
    expect(occupation.url).toBe('http://www.virtualkarabakh.az/read.php?lang=2&menu=42&id=3016');
    expect(readme).toContain('http://www.virtualkarabakh.az');
    expect(readme).toContain('read.php?lang=2&menu=42&id=3016');
    expect(occupation.urlScope).toBe('part');
    expect(occupation.published).toMatchObject({ date: '2011', basis: 'inferred' });
  });

  it('the NRC page has no address, as none was found', () => {
    const nrc = byId.get('nrc-azerbaijan-country-programmes')!;
    expect(nrc.url).toBeUndefined();
    expect(nrc.archiveUrl).toBeUndefined();
    expect(nrc.published?.basis).toBe('inferred');
  });

  it('every stated author is named in a document that cites the work', () => {
    // a statistical release (form dataset) names its authors in its own files: tests/data/extracts.test.ts
    const stated = sources.filter((s) => s.form !== 'dataset').flatMap((s) => (s.authors ?? []).filter((a) => a.basis === 'stated').map((a) => [s.id, a] as const));
    expect(stated.length).toBeGreaterThanOrEqual(2);
    for (const [id, a] of stated) {
      const text = citingText(id);
      expect(text, `${id}: ${a.family}`).toContain(a.family);
      if (a.given) expect(text, `${id}: ${a.given}`).toContain(a.given);
    }
  });

  it('every address of a cited body stands in a document that cites it', () => {
    // a statistical release's address stands in the release files: tests/data/extracts.test.ts
    const cited = sources.filter((s) => s.file === undefined && s.form !== 'dataset' && s.url !== undefined);
    expect(cited.length).toBeGreaterThan(0);
    for (const s of cited) expect(citingText(s.id).replace(/\s/g, ''), s.id).toContain(s.url!.replace(/\/$/, ''));
  });

  it('an address was checked only where there is one: accessed goes with url or archiveUrl', () => {
    for (const s of sources.filter((x) => x.accessed !== undefined)) expect(s.url ?? s.archiveUrl, s.id).toBeDefined();
    for (const s of sources.filter((x) => x.file === undefined)) expect(s.accessed, `${s.id}: cited bodies' addresses were not checked`).toBeUndefined();
  });
});

describe('the Source schema', () => {
  const base = { id: 'x', title: 'A report', publisher: 'A body', kind: 'ngo' } as const;
  const failsAt = (value: object): string[] => {
    const r = SourceSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('takes a full record', () => {
    expect(
      failsAt({
        ...base, form: 'chapter', container: { title: 'A book', publisher: 'Press', url: 'https://example.org/book' },
        authors: [{ family: 'Doe', given: 'Jane', basis: 'stated' }], published: { date: '2000', basis: 'stated' },
        url: 'https://example.org/chapter', urlScope: 'whole', archiveUrl: 'http://archive.example.org/x', accessed: '2026-11',
      }),
    ).toEqual([]);
  });

  it('rejects a urlScope without a url, and a date of access without an address', () => {
    expect(failsAt({ ...base, urlScope: 'part' })).toEqual(['urlScope']);
    expect(failsAt({ ...base, accessed: '2026-11' })).toEqual(['accessed']);
  });

  it('rejects an author without a family name or with an unknown basis, and an archive address that is not http(s)', () => {
    expect(failsAt({ ...base, authors: [{ given: 'Jane', basis: 'stated' }] })).toEqual(['authors.0.family']);
    expect(failsAt({ ...base, authors: [{ family: 'Doe', basis: 'guessed' }] })).toEqual(['authors.0.basis']);
    expect(failsAt({ ...base, archiveUrl: 'ftp://example.org/x' })).toEqual(['archiveUrl']);
    expect(failsAt({ ...base, form: 'tweet' })).toEqual(['form']);
  });
});
