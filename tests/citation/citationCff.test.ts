import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packageCitation, sources } from 'azerbaijan-data';

// CITATION.cff at the package root: parsed as YAML, checked against package.json and the records.

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; license: string };
interface Cff {
  'cff-version': string; type: string; title: string; version: string; 'date-released': string; license: string;
  authors: { name: string }[]; message: string; references: { type: string; title: string; url?: string; 'collection-title'?: string }[];
}
const cff = parse(readFileSync(`${root}CITATION.cff`, 'utf8')) as Cff;

describe('CITATION.cff', () => {
  it('is CFF 1.2.0 for a piece of software, with the fields CFF requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('software');
    expect(cff.message.length).toBeGreaterThan(20);
    expect(cff.authors.length).toBeGreaterThan(0);
  });

  it('states the version of package.json, its licence, and the title and date of the library\'s own citation', () => {
    expect(cff.version).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(cff.title).toBe(packageCitation.title);
    expect(cff.title.startsWith(`${pkg.name}:`)).toBe(true);
    expect(String(cff['date-released'])).toBe(packageCitation.date);
  });

  it('references the five source documents by the titles and addresses of their records', () => {
    const documents = sources.filter((s) => s.file !== undefined);
    expect(cff.references.map((r) => r.title).sort()).toEqual(documents.map((s) => s.title).sort());
    for (const r of cff.references) {
      const s = documents.find((d) => d.title === r.title)!;
      expect(r.url, s.id).toBe(s.url ?? s.archiveUrl);
      if (s.container) expect(r['collection-title']).toBe(s.container.title);
    }
  });
});
