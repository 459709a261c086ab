import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import type { Dataset, Source } from 'azerbaijan-data';
import { NameInDocument } from 'azerbaijan-data/schema';
import { normaliseSpace, seedText, withoutSources } from '../support/seeds.js';

// Issue 21, part 2: a record carries the name the body (or publication) uses itself; where a
// document names it otherwise, the document's form is kept in `namesInDocuments`, flagged, and
// held here to its verbatim quote in the document. The bodies' own names below were checked
// against their own usage (the IDMC's, stat.gov.az, president.az, osce.org, the ADB report's and
// the World Bank Factbook's titles), not taken from the records.

const ownNames: Record<string, { own: string; inDocument: string[] }> = {
  idmc: { own: 'Internal Displacement Monitoring Centre', inDocument: ['International Displacement Monitoring Centre'] },
  'state-statistics-committee': { own: 'State Statistical Committee of the Republic of Azerbaijan', inDocument: ['State Statistic Committee of the Republic of Azerbaijan', 'State Statistics Committee'] },
  'state-commission-on-prisoners-of-war': {
    own: 'State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing Persons',
    inDocument: ['State Commission of the Republic of Azerbaijan on Prisoners of War, Hostages and Missing People'],
  },
  'osce-questionnaire-response-2000': { own: 'Organization for Security and Co-operation in Europe', inDocument: ['Organization of Security and Cooperation in Europe (OSCE)'] },
  'adb-2007': { own: 'Country Report on Remittances of International Migrants and Poverty in Azerbaijan', inDocument: ['Country Report on Remittances if International Migrants and Poverty in Azerbaijan'] },
  'world-bank-factbook-2011': { own: 'Migration and Remittances Factbook 2011', inDocument: ['Migration and Remittances Fact book 2011'] },
  anama: { own: 'ANAMA', inDocument: ['АNАМА'] },
};

/** Whether position `i` of `text` is inside a quotation ("…" or “…”). */
const insideQuotes = (text: string, i: number): boolean => {
  const before = text.slice(0, i);
  return (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
};
const byId = (id: string): Source => sources.find((s) => s.id === id)!;
const flagged = sources.filter((s) => s.namesInDocuments !== undefined);

describe('a document\'s name for a body, kept and flagged', () => {
  it('the records that carry a document\'s variant are those whose documents name them otherwise', () => {
    expect(flagged.map((s) => s.id).sort()).toEqual(Object.keys(ownNames).sort());
  });

  it.each(Object.entries(ownNames))('%s: the record carries the body\'s own name, and the document\'s form only as a flagged variant', (id, { own, inDocument }) => {
    const s = byId(id);
    expect(`${s.title} ${s.publisher ?? ''}`).toContain(own);
    expect(s.namesInDocuments!.map((n) => n.name)).toEqual(inDocument);
    for (const n of s.namesInDocuments!) {
      expect(s.title).not.toContain(n.name);
      expect(s.publisher ?? '').not.toContain(n.name);
      expect(n.flagged).toMatch(/^differs from the (body's own (name|abbreviation)|publication's own title)/);
      expect(byId(n.document).file, 'the variant is a source document\'s').toBeDefined();
      expect(normaliseSpace(n.quote)).toContain(normaliseSpace(n.name));
    }
  });

  it.skipIf(withoutSources)('each flagged variant stands verbatim in its document, in its quote', () => {
    for (const s of flagged) {
      for (const n of s.namesInDocuments!) {
        expect(seedText(byId(n.document).file!), `${s.id}: ${n.quote}`).toContain(normaliseSpace(n.quote));
      }
    }
  });

  it.skipIf(withoutSources)('the IDMC slip is the migration report\'s, in the paragraph on IDP estimates', () => {
    const text = seedText(byId('migration-country-report-azerbaijan').file!);
    expect(text).toContain('the Geneva-based International Displacement Monitoring Centre (IDMC) the current number of IDPs');
    expect(text).not.toContain('Internal Displacement Monitoring Centre');
  });

  it('the library\'s own text (titles, descriptions, notes, labels) uses a variant only inside quotation marks', () => {
    const variants = flagged.flatMap((s) => s.namesInDocuments!.map((n) => n.name));
    const own: [string, string][] = [
      ...sources.flatMap((s) => [[`${s.id} title`, s.title], [`${s.id} publisher`, s.publisher ?? ''], [`${s.id} note`, s.note ?? '']] as [string, string][]),
      ...(datasets as readonly Dataset[]).flatMap((d) => [
        [`${d.id} title`, d.title],
        [`${d.id} description`, d.description],
        ...d.notes.map((n, i) => [`${d.id} notes.${i}`, n]),
        ...[...d.observations, ...d.events].map((f) => [`${d.id}/${f.id} note`, f.note ?? '']),
        ...d.events.map((e) => [`${d.id}/${e.id} label`, e.label]),
      ] as [string, string][]),
    ];
    for (const [where, text] of own) {
      for (const v of variants) {
        for (let i = text.indexOf(v); i !== -1; i = text.indexOf(v, i + 1)) {
          expect(insideQuotes(text, i), `${where}: "${v}" outside quotation marks`).toBe(true);
        }
      }
    }
  });

  it('the schema holds a variant to its quote', () => {
    const variant = { name: 'State Statistic Committee', document: 'migration-country-report-azerbaijan', quote: 'the State Statistic\n Committee of', flagged: 'differs' };
    expect(NameInDocument.safeParse(variant).success).toBe(true);
    expect(NameInDocument.safeParse({ ...variant, quote: 'the State Statistical Committee' }).success).toBe(false);
    expect(NameInDocument.safeParse({ ...variant, flagged: undefined }).success).toBe(false);
  });
});
