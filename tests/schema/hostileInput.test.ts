import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { internationalMigration } from 'azerbaijan-data/migration';
import { DatasetValidationError, Period, Source, WebUrl, parseDataset } from 'azerbaijan-data/schema';
import { perPeriodRate, periodToYears } from 'azerbaijan-data/helpers';

// The reproductions of issue 11 (items 3 and 5, and the schema's side of item 6).

type Json = Record<string, any>;
const copyOf = (d: unknown): Json => JSON.parse(JSON.stringify(d)) as Json;
const table1 = (): Json => copyOf(internationalMigration);
const byCountry = (): Json => copyOf(datasets.find((d) => d.id === 'arrivals-by-country')!);

/** The error parseDataset throws; fails the test if it throws anything else or nothing. */
function failure(value: unknown): DatasetValidationError {
  try {
    parseDataset(value);
  } catch (e) {
    if (e instanceof DatasetValidationError) return e;
    throw new Error(`parseDataset threw ${String(e)}, not a DatasetValidationError`);
  }
  throw new Error('parseDataset accepted an invalid dataset');
}

const messages = (e: DatasetValidationError): string[] => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('parseDataset refuses duplicate ids', () => {
  it('two sources with one id (a forged second title would win in toRows)', () => {
    const d = table1();
    d.sources.push({ ...d.sources[0], title: 'A forged title' });
    const e = failure(d);
    expect(e.datasetId).toBe('international-migration');
    expect(messages(e)).toContain('sources: duplicate source id "migration-country-report-azerbaijan"');
  });

  it('duplicate measures, units and dimensions, and duplicate codes of a dimension', () => {
    const d = byCountry();
    d.measures.push({ ...d.measures[0] });
    d.units.push(d.units[0]);
    d.dimensions.push({ ...d.dimensions[0], label: 'Country again' });
    d.dimensions[0].values.push({ code: 'RU', label: 'Russia, again' });
    expect(messages(failure(d))).toEqual(
      expect.arrayContaining([
        `measures: duplicate measure id "${d.measures[0].id}"`,
        `units: duplicate unit "${d.units[0]}"`,
        'dimensions: duplicate dimension id "country"',
        'dimensions.0.values: duplicate code "RU" in dimension "country"',
      ]),
    );
  });

  it('still accepts every dataset of the library', () => {
    for (const d of datasets) expect(parseDataset(copyOf(d)).id).toBe(d.id);
  });
});

describe('parseDataset on hostile objects', () => {
  it('refuses a "__proto__" key in dimensions instead of dropping it', () => {
    const text = JSON.stringify(byCountry()).replace('"dimensions":{"country":', '"dimensions":{"__proto__":"RU","country":');
    const d = JSON.parse(text) as Json;
    const at = (d.observations as Json[]).findIndex((o) => Object.hasOwn(o.dimensions, '__proto__'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(messages(failure(d))).toContain(`observations.${at}.dimensions.__proto__: expected a dimension id, not the key "__proto__"`);
    expect(({} as Json).country).toBeUndefined();
  });

  it('turns an error thrown by a getter into a DatasetValidationError naming the dataset', () => {
    const d = table1();
    Object.defineProperty(d.observations[2], 'value', { enumerable: true, get: () => { throw new RangeError('boom'); } });
    const e = failure(d);
    expect(e.datasetId).toBe('international-migration');
    expect(e.message).toMatch(/reading the input threw RangeError: boom/);
  });

  it('turns an error thrown by a proxy trap, or a thrown non-Error, into a DatasetValidationError', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    expect(failure(trap).message).toMatch(/reading the input threw Error: trap/);
    const d = table1();
    d.observations = new Proxy(d.observations, { get: (t, k) => { if (k === 'length') throw Symbol('odd'); return Reflect.get(t, k); } });
    expect(failure(d).message).toMatch(/reading the input threw symbol Symbol\(odd\)/);
  });

  it('never changes Object.prototype', () => {
    const d = JSON.parse(JSON.stringify(table1()).replace('"notes":', '"__proto__":{"polluted":true},"notes":')) as Json;
    failure(d);
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('source.url is a web address', () => {
  const source = { id: 's', title: 'T', publisher: 'P', kind: 'ngo' } as const;

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'https://', 'https://x.org/\u001b[31m', ' https://x.org'])(
    'refuses %j',
    (url) => {
      expect(WebUrl.safeParse(url).success).toBe(false);
      expect(Source.safeParse({ ...source, url }).success).toBe(false);
      const d = table1();
      d.sources[1].url = url;
      expect(messages(failure(d)).some((m) => m.startsWith('sources.1.url: '))).toBe(true);
    },
  );

  it('accepts http and https addresses, as every source of the library has', () => {
    for (const url of ['http://www.azstat.org/', 'https://www.nrc.no/where/europe/azerbaijan/']) expect(Source.parse({ ...source, url }).url).toBe(url);
    const urls = datasets.flatMap((d) => d.sources.map((s) => s.url)).filter((u) => u !== undefined);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });
});

describe('the schema and the helpers agree on the years 0000 to 0099', () => {
  it("'0000-02-29' exists (0000 is a leap year, as 2000), '0100-02-29' does not (as 1900)", () => {
    expect(Period.safeParse('0000-02-29').success).toBe(true);
    expect(Period.safeParse('0004-02-29').success).toBe(true);
    expect(Period.safeParse('0100-02-29').success).toBe(false);
    expect(Period.safeParse('0001-02-29').success).toBe(false);
    expect(perPeriodRate(1, '0000-02-29', 'day')).toBe(1);
    expect(periodToYears('0000-02-29')).toBeCloseTo((1 + 28.5 / 29) / 12, 12);
    expect(() => perPeriodRate(1, '0100-02-29', 'day')).toThrow(/period must be an ISO 8601 period/);
  });
});
