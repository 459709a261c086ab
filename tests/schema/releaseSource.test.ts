import { describe, expect, it } from 'vitest';
import { License, Locator, ReleaseCopy, Source } from 'azerbaijan-data/schema';

describe('a data file locator', () => {
  it('takes a file with its line and a field name as column', () => {
    expect(Locator.parse({ file: 'ddf--datapoints--vc_idp_tocv--by--geo--time.csv', line: 15, column: 'vc_idp_tocv' }).line).toBe(15);
  });
  it('needs a section or a file and line', () => {
    expect(Locator.safeParse({ column: 'vc_idp_tocv' }).success).toBe(false);
    expect(Locator.safeParse({ file: 'a.csv' }).success).toBe(false);
    expect(Locator.safeParse({ section: 'Remittances', line: 3 }).success).toBe(false);
  });
  it('takes a path inside the release folder, rejects one that leaves it, and a line that is not a positive whole number', () => {
    expect(Locator.safeParse({ file: 'editions/a.csv', line: 2 }).success).toBe(true);
    expect(Locator.safeParse({ file: '../a.csv', line: 2 }).success).toBe(false);
    expect(Locator.safeParse({ file: '/a.csv', line: 2 }).success).toBe(false);
    expect(Locator.safeParse({ file: 'editions/../../a.csv', line: 2 }).success).toBe(false);
    expect(Locator.safeParse({ file: 'a.csv', line: 0 }).success).toBe(false);
    expect(Locator.safeParse({ file: 'a.csv', line: 1.5 }).success).toBe(false);
  });
});

describe('a statistical release as a source', () => {
  const release = {
    id: 'unhcr-population-statistics-2019',
    title: 'UNHCR Population Statistics',
    publisher: 'UNHCR',
    kind: 'intergovernmental',
    form: 'dataset',
    edition: 'December 2019',
    retrievedFrom: [{ repository: 'open-numbers/ddf--unhcr--population_statistics', path: 'ddf--entities--displacement_type.csv', commit: '0ee56a8dcb175fc5264301efb936ed147bd473e5' }],
    license: { name: 'none stated', attributionRequired: false, statedIn: 'datapackage.json ("license": "")' },
  };
  it('holds its edition, its copies and its licence', () => {
    const s = Source.parse(release);
    expect([s.form, s.edition, s.retrievedFrom?.[0]?.commit, s.license?.name]).toEqual(['dataset', 'December 2019', '0ee56a8dcb175fc5264301efb936ed147bd473e5', 'none stated']);
  });
  it('rejects a copy without a full commit or with a repository that is not owner/name', () => {
    expect(ReleaseCopy.safeParse({ repository: 'open-numbers/x', path: 'a.csv', commit: '0ee56a8d' }).success).toBe(false);
    expect(ReleaseCopy.safeParse({ repository: 'open-numbers', path: 'a.csv', commit: '0ee56a8dcb175fc5264301efb936ed147bd473e5' }).success).toBe(false);
  });
  it('rejects a licence that does not say whether it requires attribution or where it is stated', () => {
    expect(License.safeParse({ name: 'CC BY-4.0', statedIn: 'x' }).success).toBe(false);
    expect(License.safeParse({ name: 'CC BY-4.0', attributionRequired: true }).success).toBe(false);
  });
});
