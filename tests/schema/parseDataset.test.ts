import { describe, expect, it } from 'vitest';
import { internationalMigration } from 'azerbaijan-data/migration';
import { DatasetValidationError, parseDataset } from 'azerbaijan-data/schema';

/** A plain, mutable copy of Table 1, as a user would read it from JSON. */
function table1(): Record<string, unknown> & { observations: Record<string, unknown>[]; relations: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(internationalMigration));
}

function failure(value: unknown): DatasetValidationError {
  try {
    parseDataset(value);
  } catch (e) {
    if (e instanceof DatasetValidationError) return e;
    throw e;
  }
  throw new Error('parseDataset accepted an invalid dataset');
}

describe('parseDataset', () => {
  it('returns a valid dataset read from JSON, deeply frozen and equal to the original', () => {
    const parsed = parseDataset(table1());
    expect(parsed).toEqual(internationalMigration);
    expect(Object.isFrozen(parsed.observations[0]!.locator)).toBe(true);
  });

  it('names the dataset id and the path of a wrong field', () => {
    const bad = table1();
    bad.observations[3]!.qualifier = 'roughly';
    const e = failure(bad);
    expect(e.datasetId).toBe('international-migration');
    expect(e.message).toContain('"international-migration"');
    expect(e.issues.map((i) => i.path.join('.'))).toContain('observations.3.qualifier');
  });

  it('rejects a figure whose written form is not in its quote', () => {
    const bad = table1();
    bad.observations[0]!.asWritten = '84.4';
    expect(failure(bad).issues.map((i) => i.path.join('.'))).toContain('observations.0.asWritten');
  });

  it('rejects a range whose low is above its high', () => {
    const bad = table1();
    const { value, ...rest } = bad.observations[0]!;
    bad.observations[0] = { ...rest, qualifier: 'range', low: 90, high: Number(value) };
    expect(failure(bad).issues.map((i) => i.path.join('.'))).toContain('observations.0.low');
  });

  it('rejects an impossible period', () => {
    const bad = table1();
    bad.observations[0]!.period = '2011-11-31';
    expect(failure(bad).issues.map((i) => i.path.join('.'))).toContain('observations.0.period');
    bad.observations[0]!.period = '2011/2010';
    expect(failure(bad).issues.map((i) => i.path.join('.'))).toContain('observations.0.period');
  });

  it('rejects undeclared measures, units and sources, and relations to missing observations', () => {
    const bad = table1();
    bad.observations[1]!.measure = 'emigrants';
    bad.observations[2]!.unit = 'persons';
    bad.observations[4]!.source = 'unknown-source';
    bad.relations[0]!.minuend = 'arrivals-1899';
    const paths = failure(bad).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['observations.1.measure', 'observations.2.unit', 'observations.4.source', 'relations.0.minuend']));
  });

  it('rejects duplicate observation ids and unknown fields', () => {
    const bad = table1();
    bad.observations[1]!.id = bad.observations[0]!.id;
    (bad as Record<string, unknown>).colour = 'red';
    const e = failure(bad);
    expect(e.message).toMatch(/duplicate observation id "arrivals-1990"/);
    expect(e.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('names no id when the input has none, and rejects non-objects', () => {
    expect(failure(42).datasetId).toBeUndefined();
    expect(failure(null).message).toMatch(/\(without id\)/);
  });

  it('lists the first 20 failing paths in its message and keeps every issue in issues, which is not enumerable', () => {
    const bad = table1();
    for (const o of bad.observations) delete o.quote;
    const e = failure(bad);
    expect(e.issues.length).toBe(bad.observations.length);
    const listed = e.message.split('\n').filter((l) => /^ {2}at observations\.\d+\.quote: /.test(l));
    expect(listed).toHaveLength(20);
    expect(e.message).toContain(`… and ${bad.observations.length - 20} more (the error's issues list them all)`);
    expect(Object.keys(e)).not.toContain('issues');
  });
});
