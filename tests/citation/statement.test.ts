import { describe, expect, expectTypeOf, it } from 'vitest';
import { cite, datasets, estimates, idpEstimatesIdmc, sources, UnknownIdError } from 'azerbaijan-data';
import type { Citation, Dataset } from 'azerbaijan-data';
import { cite as citeFromHelpers, estimates as estimatesFromHelpers } from 'azerbaijan-data/helpers';
import type { Statement } from 'azerbaijan-data/helpers';
import { documentReferences } from '../../src/citation/documentReferences.js';
import { shortReference } from '../../src/citation/shortReference.js';

// Issue 27, part 3: a statement of estimates() is cited without a cast or widening, and means
// the figure it stands for. Part 4: cite from azerbaijan-data/helpers is the root's cite.

describe('cite(statement)', () => {
  const statements = estimates('idps', datasets);

  it('compiles without a cast: cite(statement), and cite(statement.heldIn, statement.observationId)', () => {
    const s: Statement = statements[0]!;
    expectTypeOf(cite(s)).toEqualTypeOf<Citation>();
    expectTypeOf(cite(s.heldIn, s.observationId)).toEqualTypeOf<Citation>();
    expectTypeOf(s.heldIn).toEqualTypeOf<Dataset>();
    // a literal id of a library dataset is still checked
    // @ts-expect-error a misspelt figure id of idp-estimates-idmc
    expect(() => cite(idpEstimatesIdmc, 'idps-unhcr-2060')).toThrow(UnknownIdError);
  });

  it('is the citation of the figure the statement stands for, for every IDP statement', () => {
    expect(statements.length).toBeGreaterThan(20);
    for (const s of statements) {
      const d = (datasets as readonly Dataset[]).find((x) => x.id === s.dataset)!;
      expect(s.heldIn).toBe(d);
      const c = cite(s);
      expect(c).toEqual(cite(d, s.observationId));
      expect(c.csl.at(-2)!.id).toBe(`azerbaijan-data-${s.dataset}`);
      expect(c.csl.map((i) => i.id)).toContain(s.source.id);
      if (s.attribution !== undefined) expect(c.csl[0]!.id).toBe(s.attribution.id);
    }
  });

  it('a statement whose figure its dataset does not hold is an UnknownIdError; a figure id beside a statement is a TypeError', () => {
    const s = statements[0]!;
    expect(() => cite({ ...s, observationId: 'idps-20O9' })).toThrow(UnknownIdError);
    expect(() => (cite as (x: Statement, id: string) => unknown)(s, 'idps-2009')).toThrow(TypeError);
  });
});

describe('cite without the catalogue', () => {
  it('azerbaijan-data/helpers exports the same cite and estimates as the root', () => {
    expect(citeFromHelpers).toBe(cite);
    expect(estimatesFromHelpers).toBe(estimates);
  });

  it('the generated short references of the documents are those of the catalogue\'s documents (npm run generate writes them)', () => {
    const documents = sources.filter((s) => s.file !== undefined);
    expect(documents).toHaveLength(5);
    expect(documentReferences).toEqual(Object.fromEntries(documents.map((s) => [s.id, shortReference(s)])));
    // every document a body names is among them
    for (const s of sources) for (const id of s.citedIn ?? []) expect(Object.keys(documentReferences), `${s.id} cited in ${id}`).toContain(id);
  });

  it('a body\'s citation names the documents that cite it by their short references', () => {
    const idmc = sources.find((s) => s.id === 'idmc')!;
    const c = cite(idmc);
    for (const id of idmc.citedIn!) expect(c.text).toContain(documentReferences[id]!);
    expect(c.text).toContain('Cited in "Country report on migration in Azerbaijan" (Eldar Shahgaldiyev, c. 2011–2012)');
  });
});
