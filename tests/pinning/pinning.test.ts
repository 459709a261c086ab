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
    expect(() => assertVersion(withVersion('1.0.0'), '>=>1.0.0')).toThrow(/range must be a semver range/);
    expect(() => assertVersion(withVersion('1.0.0'), 3 as unknown as string)).toThrow(/range must be a string/);
  });

  it('reads ranges as npm does (the reproductions of issue 11)', () => {
    // a pre-release is outside '*' and '^1.0.0' (npm: pre-releases only where the range names one)
    expect(() => assertVersion(withVersion('1.0.0-beta'), '*')).toThrow(DataVersionError);
    expect(() => assertVersion(withVersion('1.0.0-beta'), '^1.0.0')).toThrow(DataVersionError);
    expect(assertVersion(withVersion('1.0.0-beta.2'), '>=1.0.0-beta.1').version).toBe('1.0.0-beta.2');
    // ranges npm accepts: a hyphen range, a leading v, build metadata
    expect(assertVersion(withVersion('1.5.0'), '1.0.0 - 2.0.0').version).toBe('1.5.0');
    expect(() => assertVersion(withVersion('2.0.1'), '1.0.0 - 2.0.0')).toThrow(DataVersionError);
    expect(assertVersion(withVersion('1.0.0'), 'v1.0.0').version).toBe('1.0.0');
    expect(assertVersion(withVersion('1.0.0'), '1.0.0+build').version).toBe('1.0.0');
    // a leading zero is no version npm reads
    expect(() => assertVersion(withVersion('1.0.0'), '01.0.0')).toThrow(/range must be a semver range.*"01\.0\.0"/);
  });

  it('answers at once on the long ranges that took seconds, quoting a long range cut short', () => {
    // '1' + 100,000 spaces + '1' is a valid range to npm (>=1.0.0 <2.0.0-0): the same answer here
    expect(assertVersion(withVersion('1.2.3'), `1${' '.repeat(1e5)}1`).version).toBe('1.2.3');
    expect(semver.satisfies('1.2.3', `1${' '.repeat(1e5)}1`)).toBe(true);
    const long = `${'-'.repeat(1e5)}!`;
    expect(() => assertVersion(withVersion('1.0.0'), long)).toThrow(TypeError);
    expect(() => assertVersion(withVersion('1.0.0'), long)).toThrow(/got "-{60}"… \(100001 characters\)$/);
    expect(() => assertVersion(withVersion('1.0.0'), `${'1.0.0 || '.repeat(2e4)}x.y`)).toThrow(/\(180003 characters\)/);
  });

  it('agrees with the semver package on every form of npm range, pre-releases included', () => {
    const part = fc.integer({ min: 0, max: 3 });
    const pre = fc.option(fc.constantFrom('alpha', 'beta.1', 'rc.0', '0'), { nil: undefined });
    const ver = fc.tuple(part, part, part, pre).map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`);
    const bound = fc.oneof(
      ver,
      fc.tuple(part, fc.option(part)).map(([a, b]) => (b === null ? `${a}` : `${a}.${b}`)),
      fc.tuple(part, fc.constantFrom('x', 'X', '*')).map(([a, x]) => `${a}.${x}`),
    );
    const comparatorText = fc.oneof(
      fc.tuple(fc.constantFrom('', '=', 'v', '^', '~', '>=', '>', '<', '<=', '~>'), bound).map(([op, b]) => `${op}${b}`),
      fc.tuple(bound, bound).map(([a, b]) => `${a} - ${b}`),
      fc.constantFrom('*', '', 'x'),
    );
    const range = fc.array(fc.array(comparatorText, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(' ')), { minLength: 1, maxLength: 3 })
      .map((alts) => alts.join(' || '));
    fc.assert(
      fc.property(ver, range, (v, r) => {
        const ours = (() => { try { assertVersion(withVersion(v), r); return true; } catch (e) { if (e instanceof DataVersionError) return false; if (e instanceof TypeError) return 'invalid'; throw e; } })();
        expect(ours).toBe(semver.validRange(r) === null ? 'invalid' : semver.satisfies(v, r));
      }),
      { numRuns: 500, seed: 11 },
    );
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
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('assertHash', () => {
  it('resolves to every dataset with its own hash, in any case', async () => {
    for (const d of datasets) expect(await assertHash(d, d.sha256.toUpperCase())).toBe(d);
  });

  it('rejects with a DataVersionError when the declared hash is not the one recorded', async () => {
    const other = '0'.repeat(64);
    const error = await assertHash(internationalMigration, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataVersionError);
    expect((error as DataVersionError).what).toBe('sha256');
    expect((error as Error).message).toMatch(/"international-migration".*content changed/);
  });

  it('rejects a copy whose figure was altered but whose sha256 was kept, naming the dataset', async () => {
    const copy = JSON.parse(JSON.stringify(internationalMigration)) as { observations: { id: string; value?: number }[] } & typeof internationalMigration;
    const figure = copy.observations.find((o) => o.id === 'arrivals-1990')!;
    expect(figure.value).toBe(84.3);
    figure.value = 84.4;
    const error = await assertHash(copy, internationalMigration.sha256).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataVersionError);
    expect((error as DataVersionError).what).toBe('content');
    expect((error as DataVersionError).datasetId).toBe('international-migration');
    expect((error as Error).message).toMatch(/^dataset "international-migration": its content hashes to [0-9a-f]{64}, not to its declared sha256/);
    // the unaltered copy passes
    figure.value = 84.3;
    await expect(assertHash(copy, internationalMigration.sha256)).resolves.toBe(copy);
  });

  it('rejects with a TypeError for something that is not a sha256 digest', async () => {
    await expect(assertHash(internationalMigration, 'abc')).rejects.toThrow(TypeError);
    await expect(assertHash(internationalMigration, undefined as unknown as string)).rejects.toThrow(/64-character hex digest, got undefined/);
  });
});
