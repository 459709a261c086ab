import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { assertHash, assertVersion, DataVersionError, datasets, internationalMigration } from 'azerbaijan-data';

const withVersion = (version: string) => ({ id: 'test-dataset', version });

describe('assertVersion', () => {
  it('returns the dataset when its version is in the range', () => {
    expect(assertVersion(internationalMigration, internationalMigration.version)).toBe(internationalMigration);
    expect(assertVersion(withVersion('1.4.2'), '^1.2.0').version).toBe('1.4.2');
    expect(assertVersion(withVersion('1.2.9'), '~1.2.3').version).toBe('1.2.9');
    expect(assertVersion(withVersion('0.3.1'), '>=0.3.0 <0.4.0 || 2.x').version).toBe('0.3.1');
  });

  it('throws a DataVersionError naming the dataset, the range and the installed version', () => {
    expect(() => assertVersion(withVersion('2.0.0'), '^1.0.0')).toThrow(DataVersionError);
    expect(() => assertVersion(withVersion('2.0.0'), '^1.0.0')).toThrow(/"test-dataset".*version 2\.0\.0.*\^1\.0\.0/);
    expect(() => assertVersion(withVersion('1.3.0'), '~1.2.0')).toThrow(DataVersionError);
  });

  it('throws a TypeError for a range it cannot read', () => {
    expect(() => assertVersion(withVersion('1.0.0'), 'latest')).toThrow(TypeError);
    expect(() => assertVersion(withVersion('1.0.0'), '^1.x.3')).toThrow(/range must be a semver range/);
    expect(() => assertVersion(withVersion('1.0.0'), 3 as unknown as string)).toThrow(/range must be a string/);
  });

  it('agrees with the semver package on versions and ranges of every supported form', () => {
    const part = fc.integer({ min: 0, max: 3 });
    const ver = fc.tuple(part, part, part).map(([a, b, c]) => `${a}.${b}.${c}`);
    const comparatorText = fc.tuple(fc.constantFrom('', '=', '^', '~', '>=', '>', '<', '<='), part, fc.option(part), fc.option(part))
      .map(([op, a, b, c]) => `${op}${a}${b === null ? '.x' : `.${b}`}${b === null || c === null ? '' : `.${c}`}`);
    const range = fc.array(fc.array(comparatorText, { minLength: 1, maxLength: 2 }).map((cs) => cs.join(' ')), { minLength: 1, maxLength: 2 })
      .map((alts) => alts.join(' || '));
    fc.assert(
      fc.property(ver, range, (v, r) => {
        const ours = (() => { try { assertVersion(withVersion(v), r); return true; } catch (e) { if (e instanceof DataVersionError) return false; throw e; } })();
        expect(ours).toBe(semver.satisfies(v, r));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('assertHash', () => {
  it('accepts every dataset with its own hash, in any case', () => {
    for (const d of datasets) expect(assertHash(d, d.sha256.toUpperCase())).toBe(d);
  });

  it('throws a DataVersionError when the content changed', () => {
    const other = '0'.repeat(64);
    expect(() => assertHash(internationalMigration, other)).toThrow(DataVersionError);
    expect(() => assertHash(internationalMigration, other)).toThrow(/"international-migration".*content changed/);
  });

  it('throws a TypeError for something that is not a sha256 digest', () => {
    expect(() => assertHash(internationalMigration, 'abc')).toThrow(TypeError);
    expect(() => assertHash(internationalMigration, undefined as unknown as string)).toThrow(/64-character hex digest, got undefined/);
  });
});
