import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { datasets, estimates } from 'azerbaijan-data';
import { places } from 'azerbaijan-data/territory';
import { run } from '../../src/cli/run.js';

// The command line as scripts use it: --period, --measure and --<dimension> <code> on show,
// export and compare; labels beside codes; the places command.

const root = new URL('../..', import.meta.url).pathname;
const wide = (...args: string[]) => run(args, { width: 1000 });
const byId = (id: string) => datasets.find((d) => d.id === id)!;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('a script gets one year of one measure for one country, with labels, from the CLI alone', () => {
  const args = ['export', 'departures-by-country', '--measure', 'departures', '--period', '2010', '--country', 'RU'];
  const expected = byId('departures-by-country').observations.filter((o) => o.measure === 'departures' && o.period === '2010' && o.dimensions.country === 'RU');

  it('the data has exactly one such figure (Table 2: 430 departures to the Russian Federation in 2010)', () => {
    expect(expected.map((o) => [o.id, o.qualifier === 'range' ? null : o.value])).toEqual([['departures-ru-2010', 430]]);
  });

  it('as CSV: one row, the code with its label beside it, the count on standard error', () => {
    const { stdout, stderr, code } = run(args);
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.observationId, r.measure, r.period, r.country, r.countryLabel, r.value, r.unit])).toEqual([
      ['departures-ru-2010', 'departures', '2010', 'RU', 'Russian Federation', '430', 'persons'],
    ]);
    expect(stderr).toBe('1 of 52 observations match --period 2010 --measure departures --country RU\n');
  });

  it('as JSON rows (--format rows): the same row, numbers as numbers', () => {
    const rows = JSON.parse(run([...args, '--format', 'rows']).stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ observationId: 'departures-ru-2010', period: '2010', country: 'RU', countryLabel: 'Russian Federation', value: 430, unit: 'persons', sourceId: 'migration-country-report-azerbaijan' });
  });

  it('the built bin does the same, as a shell script runs it (--country=RU written with =)', () => {
    const r = spawnSync(process.execPath, [binPath, 'export', 'departures-by-country', '--measure=departures', '--period=2010', '--country=RU', '--format', 'rows'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { countryLabel: string; value: number }[];
    expect(rows.map((x) => [x.countryLabel, x.value])).toEqual([['Russian Federation', 430]]);
  });
});

describe('--period', () => {
  it('a year keeps the figures whose period lies within it: a date, a month or an interval inside the year', () => {
    const doc = JSON.parse(run(['show', 'foreigners-by-purpose-2011', '--json', '--period', '2011']).stdout) as { observations: { period: string }[] };
    expect(doc.observations.length).toBe(byId('foreigners-by-purpose-2011').observations.length);
    expect(doc.observations.every((o) => o.period === '2011-04-01')).toBe(true);
    const sms = JSON.parse(run(['show', 'state-migration-service-2011', '--json', '--period', '2011']).stdout) as { observations: unknown[] };
    expect(sms.observations.length).toBe(byId('state-migration-service-2011').observations.length);
  });

  it('an interval of years lies within a range that holds it, not within its last year', () => {
    const total = byId('migrants-origin-2001-2009').observations.length;
    expect(run(['export', 'migrants-origin-2001-2009', '--period', '2009']).stderr).toBe(`0 of ${total} observations match --period 2009\n`);
    expect(run(['export', 'migrants-origin-2001-2009', '--period', '2001-2009']).stderr).toBe(`${total} of ${total} observations match --period 2001-2009\n`);
  });

  it('2009-2015 and 2009..2015 are the same range, ends included', () => {
    const dash = JSON.parse(run(['export', 'wdi-idps-idmc', '--period', '2009-2015', '--format', 'rows']).stdout) as { period: string }[];
    const dots = JSON.parse(run(['export', 'wdi-idps-idmc', '--period', '2009..2015', '--format', 'rows']).stdout) as { period: string }[];
    expect(dots).toEqual(dash);
    const periods = [...new Set(dash.map((r) => r.period))].sort();
    expect(periods[0]).toBe('2009');
    expect(periods.at(-1)).toBe('2015');
    expect(dash.length).toBe(byId('wdi-idps-idmc').observations.filter((o) => Number(o.period) >= 2009 && Number(o.period) <= 2015).length);
  });

  it.each([
    ['22', '--period must be a year (2022) or a range of years, ends included (2009-2015 or 2009..2015); received "22"'],
    ['2009/2015', '--period must be a year (2022) or a range of years, ends included (2009-2015 or 2009..2015); received "2009/2015"'],
    ['2015-2009', '--period 2015-2009 runs backwards; write the earlier year first (2009-2015)'],
  ])('--period %s is a usage error', (period, message) => {
    const r = wide('show', 'wdi-idps-idmc', '--period', period);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`azerbaijan-data: ${message}\n`);
  });

  it('a period that matches nothing is an empty result, not an error', () => {
    const csv = run(['export', 'departures-by-country', '--period', '1980']);
    expect([csv.code, csv.stderr]).toEqual([0, '0 of 52 observations match --period 1980\n']);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1);
    const shown = wide('show', 'departures-by-country', '--period', '1980');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('No observation matches --period 1980.');
    const compared = JSON.parse(run(['compare', 'idps', '--period', '1980', '--json']).stdout) as { statements: number; comparisons: unknown[]; newestPeriod: unknown };
    expect([compared.statements, compared.comparisons, compared.newestPeriod]).toEqual([0, [], null]);
  });
});

describe('--<dimension> <code>', () => {
  it('keeps the figures of one code of a dataset\'s own dimension (undesa: --destination)', () => {
    const d = byId('undesa-emigrants-by-destination');
    const { stderr, code } = run(['show', d.id, '--destination', 'RU', '--period', '2015']);
    expect(code).toBe(0);
    const n = d.observations.filter((o) => o.dimensions.destination === 'RU' && o.period === '2015').length;
    expect(n).toBeGreaterThan(0);
    expect(stderr).toMatch(new RegExp(`^${n} of ${d.observations.length} observations match --period 2015 --destination RU, 0 gaps, 0 events\\n$`));
  });

  it('export --format json with filters is the dataset object with the observations kept, and only the relations they complete', () => {
    const d = byId('departures-by-country');
    const doc = JSON.parse(run(['export', d.id, '--format', 'json', '--country', 'RU']).stdout) as { id: string; observations: { id: string; dimensions: { country?: string } }[]; relations: Record<string, unknown>[]; dimensions: unknown };
    expect(doc.id).toBe(d.id);
    expect(doc.observations.map((o) => o.id)).toEqual(d.observations.filter((o) => o.dimensions.country === 'RU').map((o) => o.id));
    const kept = new Set(doc.observations.map((o) => o.id));
    for (const r of doc.relations) {
      for (const k of ['total', 'parts', 'result', 'minuend', 'subtrahend', 'percent', 'part', 'whole']) {
        for (const id of [r[k]].flat()) if (typeof id === 'string') expect(kept.has(id), `${String(r.id)}.${k}`).toBe(true);
      }
    }
    expect(doc.relations.length).toBeLessThan(d.relations.length);
    expect(doc.dimensions).toEqual(JSON.parse(JSON.stringify(d.dimensions)));
  });

  it('a dimension the dataset does not have is a usage error naming the dimensions it has', () => {
    const r = wide('show', 'departures-by-country', '--destination', 'RU');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('azerbaijan-data: dataset "departures-by-country" has no dimension "destination" (--destination); it has the dimension --country\n');
    expect(oneLine(wide('show', 'wdi-idps-idmc', '--country', 'RU').stderr)).toContain('dataset "wdi-idps-idmc" has no dimension "country" (--country); it has no dimensions');
  });

  it('a misspelt dimension gets the closest option or dimension ("did you mean")', () => {
    const r = wide('export', 'departures-by-country', '--contry', 'RU');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('azerbaijan-data: export has no option --contry. Did you mean --country? See "azerbaijan-data export --help".\n');
    expect(wide('show', 'departures-by-country', '--jsn').stderr).toContain('show has no option --jsn. Did you mean --json?');
    // list takes no filter: a dimension is no option of list
    expect(wide('list', '--country', 'RU').stderr).toContain('list has no option --country.');
  });

  it('a code the dimension does not have gets the closest codes, by code or by label, with their labels', () => {
    const byLabel = wide('show', 'departures-by-country', '--country', 'Russia');
    expect(byLabel.code).toBe(2);
    expect(byLabel.stderr).toBe('azerbaijan-data: dataset "departures-by-country" has no country "Russia". Did you mean "RU" (Russian Federation)? The codes are "DE", "GE", "IR", "KZ", "RU", "TR", "UA" and "US".\n');
    expect(wide('show', 'departures-by-country', '--country', 'ru').stderr).toContain('Did you mean "RU" (Russian Federation)?');
    // a dimension of many codes says where they are listed instead of listing them
    const many = wide('show', 'undesa-emigrants-by-destination', '--destination', 'XX');
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('lists the codes under "dimensions"');
  });

  it('a filter without its code, or given twice, is a usage error', () => {
    expect(wide('show', 'departures-by-country', '--country').stderr).toContain('show: --country needs a code, as in --country <code>');
    expect(wide('show', 'departures-by-country', '--country', 'RU', '--country=GE').stderr).toContain('show: option --country is given more than once; give it once');
    expect(wide('show', 'departures-by-country', '--measure', 'departurs').stderr).toContain('dataset "departures-by-country" has no measure "departurs". Did you mean "departures"?');
  });

  it('compare takes --period and dimensions, and labels every code beside it in its JSON', () => {
    const doc = JSON.parse(run(['compare', 'departures', '--country', 'RU', '--period', '2000-2010', '--json']).stdout) as {
      statements: number;
      comparisons: { estimates: { period: string; dimensions: Record<string, string>; dimensionLabels: Record<string, string> }[] }[];
    };
    const estimates = doc.comparisons.flatMap((c) => c.estimates);
    expect(estimates.length).toBe(doc.statements);
    expect(estimates.length).toBeGreaterThan(1);
    for (const e of estimates) {
      expect(e.dimensions).toEqual({ country: 'RU' });
      expect(e.dimensionLabels).toEqual({ country: 'Russian Federation' });
      expect(Number(e.period)).toBeGreaterThanOrEqual(2000);
      expect(Number(e.period)).toBeLessThanOrEqual(2010);
    }
    const unknown = wide('compare', 'idps', '--country', 'RU');
    expect(unknown.code).toBe(2);
    // UNHCR's tables state IDPs by origin and asylum (both AZ); no dataset states them by country
    expect(unknown.stderr).toContain('measure "idps" has no dimension "country" (--country); it has the dimensions --origin, --asylum');
  });

  it("compare --period 2009 shows IDMC's statement of 2009 once, with the releases that carry it rounded, beside UNHCR's editions", () => {
    const { stdout, code } = wide('compare', 'idps', '--period', '2009');
    expect(code).toBe(0);
    // IDMC (GIDD, carried by UNHCR's idmc table and the World Bank) and UNHCR's own in three editions
    const statements = estimates(datasets, 'idps').filter((s) => s.observation.period === '2009');
    expect(statements.map((s) => s.carriers.length).sort()).toEqual([1, 1, 1, 3]);
    expect(stdout).toContain(`Newest statement: 2009. ${statements.length} statements of 1 period.`);
    expect(stdout).toMatch(/^2009 +exact +586,013 +(?:0 +)?\[\d\] +\[\d\]r unhcr-idmc-idps-2025\/idps-2009 \[\d\]r wdi-idps-idmc\/idps-2009 +Internal Displacement Monitoring Centre/m);
  });
});

describe('suggestions', () => {
  it('compare remittances names every measure whose id contains the word, received as well as paid', () => {
    const { stderr, code } = wide('compare', 'remittances');
    expect(code).toBe(2);
    const measures = [...new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)))];
    const containing = measures.filter((m) => m.includes('remittances'));
    expect(containing).toContain('personal-remittances-received');
    expect(containing).toContain('personal-remittances-paid');
    for (const m of containing) expect(stderr, m).toContain(`"${m}"`);
    expect(measures.filter((m) => !m.includes('remittances') && stderr.includes(`"${m}"`))).toEqual([]);
  });
});

describe('places', () => {
  it('places lachin shows the district and the town, every name in every script with its usage and tradition', () => {
    const { stdout, stderr, code } = wide('places', 'lachin');
    expect([code, stderr]).toEqual([0, '2 places\n']);
    for (const p of places.filter((q) => q.id === 'lachin' || q.id === 'lachin-city')) {
      expect(stdout).toContain(`(${p.id}: ${p.kind}`);
      for (const language of ['az', 'en', 'hy', 'ru'] as const) expect(stdout).toMatch(new RegExp(`^${language} \\(\\w+\\) +${p.names[language]!.replace(/[()]/g, '\\$&')}$`, 'm'));
      for (const u of p.usage!) expect(stdout).toMatch(new RegExp(`^${u.language} +${u.name} +${u.tradition} +`, 'm'));
      for (const r of p.references!) if (r.url !== undefined) expect(stdout).toContain(r.url);
    }
  });

  it('finds a place by any name, in any script: Бердзор and Berdzor are Lachin', () => {
    for (const name of ['Бердзор', 'Berdzor', 'LAÇIN', 'Բերձոր']) {
      const doc = JSON.parse(run(['places', name, '--json']).stdout) as { places: { id: string }[] };
      expect(doc.places.map((p) => p.id), name).toEqual(['lachin', 'lachin-city']);
    }
  });

  it('places --json is every record of the gazetteer; places alone lists every place with its four names', () => {
    const doc = JSON.parse(run(['places', '--json']).stdout) as { places: unknown[] };
    expect(doc.places).toEqual(JSON.parse(JSON.stringify(places)));
    const { stdout, stderr } = wide('places');
    expect(stderr).toBe(`${places.length} places\n`);
    for (const p of places) expect(stdout).toMatch(new RegExp(`^${p.id} +${p.kind} `, 'm'));
  });

  it('a name no place has is a usage error with the closest names', () => {
    const r = wide('places', 'lachn');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('unknown place "lachn". Did you mean "Lachin"');
    expect(r.stderr).toContain('"azerbaijan-data places" lists them all');
  });
});
