import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { internationalMigration } from 'azerbaijan-data/migration';
import { DatasetValidationError, contentHash, parseAndVerifyDataset, parseDataset, verifyDataset } from 'azerbaijan-data/schema';
import { canonicalContent as buildCanonicalContent, contentHash as buildContentHash } from '../../scripts/canonicalContent.js';
import { canonicalContent, canonicalJson } from '../../src/schema/contentHash.js';

// Item 4 of issue 11: content checked against its hash, at run time, with the build's canonical form.

type Json = Record<string, any>;
const copyOf = (d: unknown): Json => JSON.parse(JSON.stringify(d)) as Json;

async function rejection(promise: Promise<unknown>): Promise<DatasetValidationError> {
  const e = await promise.then(
    () => new Error('the promise resolved'),
    (error: unknown) => error,
  );
  if (!(e instanceof DatasetValidationError)) throw new Error(`expected a DatasetValidationError, got ${String(e)}`);
  return e;
}

describe('the run-time canonical form is the build\'s', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s: same canonical text as canonicalize, same hash as the build and as its sha256', async (_, d) => {
    expect(canonicalContent(d)).toBe(buildCanonicalContent(d));
    const hash = await contentHash(d);
    expect(hash).toBe(buildContentHash(d));
    expect(hash).toBe(d.sha256);
  });

  it('agrees with canonicalize on arbitrary JSON (keys in any script, numbers of any size, escapes)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 300, seed: 11 },
    );
    for (const n of [1e21, 1e-7, -0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 123456789012345680000]) expect(canonicalJson([n])).toBe(canonicalize([n]));
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, 'é': 3, '😀': 4, '\ufb33': 5 })).toBe(canonicalize({ '\u20ac': 1, '\r': 2, 'é': 3, '😀': 4, '\ufb33': 5 }));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson([Number.NaN])).toThrow(TypeError);
    expect(() => canonicalJson(['\ud800'])).toThrow(/lone surrogate/);
    const cycle: Json = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(/cycle/);
  });
});

describe('verifyDataset and parseAndVerifyDataset', () => {
  it('resolve to every dataset of the library read from its JSON, deeply frozen', async () => {
    for (const d of datasets) {
      const verified = await parseAndVerifyDataset(JSON.stringify(d));
      expect(verified).toEqual(d);
      expect(Object.isFrozen(verified.observations)).toBe(true);
    }
  });

  it('reject JSON with one altered figure and its old sha256, naming the dataset', async () => {
    const copy = copyOf(internationalMigration);
    const figure = (copy.observations as Json[]).find((o) => o.id === 'departures-1990')!;
    expect(figure.value).toBe(137.9);
    figure.value = 13.79;
    const e = await rejection(parseAndVerifyDataset(JSON.stringify(copy)));
    expect(e.datasetId).toBe('international-migration');
    expect(e.message).toMatch(/^dataset "international-migration" is invalid:\n {2}at sha256: expected the SHA-256 of the dataset's content, [0-9a-f]{64}; the declared [0-9a-f]{64} does not match/);
    await rejection(verifyDataset(copy));
  });

  it('reject an altered quote, relation, event or gap as well', async () => {
    const withEvents = datasets.find((d) => d.events.length > 0 && d.gaps.length > 0) ?? datasets.find((d) => d.events.length > 0)!;
    const changes: [string, (d: Json) => void][] = [
      ['quote', (d) => { d.observations[0].quote += ' '; }],
      ['relation', (d) => { d.relations[0].tolerance += 1; }],
      ['event', (d) => { d.events[0].label += '.'; }],
    ];
    for (const [what, change] of changes) {
      const d = copyOf(what === 'event' ? withEvents : internationalMigration);
      change(d);
      expect(parseDataset(d).id, what).toBe(d.id);
      expect((await rejection(verifyDataset(d))).datasetId, what).toBe(d.id);
    }
  });

  it('reject a declared sha256 of 64 zeros, which parseDataset alone accepts', async () => {
    const copy = copyOf(internationalMigration);
    copy.sha256 = '0'.repeat(64);
    expect(parseDataset(copy).sha256).toBe('0'.repeat(64));
    expect((await rejection(verifyDataset(copy))).issues[0]!.path).toEqual(['sha256']);
  });

  it('reject text that is not JSON, or not a string, with a DatasetValidationError', async () => {
    expect((await rejection(parseAndVerifyDataset('{"id": "x",'))).message).toMatch(/expected JSON text/);
    expect((await rejection(parseAndVerifyDataset(42 as unknown as string))).message).toMatch(/expected the JSON text of a dataset, got number/);
  });
});
