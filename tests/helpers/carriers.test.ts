import { describe, expect, it } from 'vitest';
import { datasets, estimates } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { dataset, valueOf } from './data.js';

// Each statement once, every carrier named: IDMC's IDP stock of a year is one statement of IDMC,
// whichever release carries it (the GIDD unrounded, UNHCR's idmc table and the World Bank
// rounded); UNHCR's own idps column is UNHCR's statement, beside it.

const all = datasets as readonly Dataset[];
const IDMC_CARRIERS = ['idmc-gidd-conflict-2025', 'unhcr-idmc-idps-2025', 'wdi-idps-idmc'];
const idmcStatements = () => estimates(all, 'idps').filter((s) => s.attribution?.id === 'idmc' && s.source.file === undefined);

describe('estimates: each statement once, with its carriers', () => {
  it("IDMC's 2022 stock is one statement: the GIDD's 658,742, carried rounded (659,000) by UNHCR's idmc table and the World Bank", () => {
    const y2022 = idmcStatements().filter((s) => s.observation.period === '2022');
    expect(y2022).toHaveLength(1);
    const [s] = y2022;
    const gidd = dataset('idmc-gidd-conflict-2025').observations.find((o) => o.measure === 'idps' && o.period === '2022')!;
    expect(s!.dataset).toBe('idmc-gidd-conflict-2025');
    expect(s!.observation).toBe(gidd);
    expect(valueOf(s!.observation)).toBe(658742);
    expect(s!.carriers.map((c) => c.dataset).sort()).toEqual(IDMC_CARRIERS);
    expect(s!.carriers[0]!.observation).toBe(gidd); // the statement's own carrier first
    expect(s!.carriers.map((c) => [c.dataset, c.value, c.rounded])).toEqual([
      ['idmc-gidd-conflict-2025', 658742, false],
      ['unhcr-idmc-idps-2025', gidd.rounded!.value, true],
      ['wdi-idps-idmc', gidd.rounded!.value, true],
    ]);
    expect(gidd.rounded!.value).toBe(659000);
    expect(s!.carriersDiffer).toBeNull();
    // every carrier is the dataset's own observation, citable as it stands
    for (const c of s!.carriers) expect(c.heldIn.observations).toContain(c.observation);
  });

  it('every IDMC stock of a year appears once, its carriers being every release that holds it (counted from the data)', () => {
    const held = all
      .filter((d) => IDMC_CARRIERS.includes(d.id))
      .flatMap((d) => d.observations.filter((o) => o.measure === 'idps' && o.attribution === 'idmc').map((o) => ({ d: d.id, o })));
    const periods = [...new Set(held.map((h) => h.o.period))].sort();
    const statements = idmcStatements();
    expect(statements.map((s) => s.observation.period)).toEqual(periods);
    for (const s of statements) {
      const expected = held.filter((h) => h.o.period === s.observation.period).map((h) => h.d).sort();
      expect(s.carriers.map((c) => c.dataset).sort(), s.observation.period).toEqual(expected);
      // the representative is the unrounded one wherever the GIDD carries the year
      if (expected.includes('idmc-gidd-conflict-2025')) expect(s.dataset).toBe('idmc-gidd-conflict-2025');
      // carriers differ only by rounding, every year
      expect(s.carriersDiffer, s.observation.period).toBeNull();
    }
    expect([periods[0], periods.at(-1)]).toEqual(['2009', '2025']);
  });

  it('no figure is lost: the carriers of all statements are every IDP observation, each once', () => {
    const observations = all.flatMap((d) => d.observations.filter((o) => o.measure === 'idps'));
    const carried = estimates(all, 'idps').flatMap((s) => s.carriers.map((c) => c.observation));
    expect(carried).toHaveLength(observations.length);
    expect(new Set(carried)).toEqual(new Set(observations));
  });

  it("UNHCR's own idps (657,749 in 2023, origin AZ, asylum AZ) is UNHCR's statement, a headline figure beside IDMC's", () => {
    const y2023 = estimates(all, 'idps').filter((s) => s.observation.period === '2023');
    const own = y2023.filter((s) => s.dataset === 'unhcr-population-2025');
    expect(own).toHaveLength(1);
    expect(own[0]!.attribution).toBeUndefined();
    expect(own[0]!.observation.dimensions).toEqual({ origin: 'AZ', asylum: 'AZ' });
    expect(own[0]!.headline).toBe(true);
    expect(valueOf(own[0]!.observation)).toBe(657749);
    expect(own[0]!.carriers.map((c) => c.dataset)).toEqual(['unhcr-population-2025']);
    const idmc = y2023.filter((s) => s.attribution?.id === 'idmc');
    expect(idmc).toHaveLength(1);
    expect(idmc[0]!.carriers.map((c) => c.dataset)).not.toContain('unhcr-population-2025');
  });

  it('the headline IDP series runs from 1993 to 2025; breakdowns by another country are not headline figures', () => {
    const headline = estimates(all, 'idps').filter((s) => s.headline);
    const years = headline.map((s) => Number(s.observation.period.slice(0, 4)));
    expect([Math.min(...years), Math.max(...years)]).toEqual([1993, 2025]);
    const byAsylum = estimates(all, 'refugee-population-by-country-of-origin');
    const abroad = byAsylum.filter((s) => s.observation.dimensions.asylum !== undefined && s.observation.dimensions.asylum !== 'AZ');
    expect(abroad.length).toBeGreaterThan(0);
    expect(abroad.every((s) => !s.headline)).toBe(true);
  });

  it('editions of one release stay two statements (a revision, not a carrier): UNHCR 2018 in the 2019 copy and in 2025.12.1', () => {
    const y2018 = estimates(all, 'idps').filter((s) => s.observation.period === '2018' && s.attribution === undefined);
    expect(y2018.map((s) => [s.dataset, valueOf(s.observation), s.carriers.length])).toEqual([
      ['unhcr-population-statistics-azerbaijan', 620422, 1],
      ['unhcr-population-2022', 620423, 1],
      ['unhcr-population-2025', 620423, 1],
    ]);
  });

  it('a document that writes one figure twice (in two tables and two units) keeps two statements', () => {
    const arrivals = estimates(all, 'arrivals').filter((s) => s.observation.period === '2003' && s.headline);
    expect(arrivals.map((s) => `${s.dataset}/${s.observationId}`).sort()).toEqual(['arrivals-by-country/arrivals-total-2003', 'international-migration/arrivals-2003']);
    expect(arrivals.every((s) => s.carriers.length === 1)).toBe(true);
  });

  it('says where carriers differ beyond rounding, and by how much', () => {
    const wdi = dataset('wdi-idps-idmc');
    const changed: Dataset = {
      ...wdi,
      observations: wdi.observations.map((o) => (o.id === 'idps-2022' ? ({ ...o, value: 650000 } as Observation) : o)),
    };
    const list = estimates(all.map((d) => (d === wdi ? changed : d)), 'idps');
    const s = list.find((x) => x.attribution?.id === 'idmc' && x.observation.period === '2022')!;
    expect(s.carriers).toHaveLength(3);
    expect(s.carriersDiffer).not.toBeNull();
    expect(s.carriersDiffer!.carriers.map((c) => c.dataset)).toEqual(['wdi-idps-idmc']);
    expect(s.carriersDiffer!.amount).toBe(658742 - 650000);
    // 659,000 beside 658,742 is rounding; 651,000 would not be
    expect(s.carriers.find((c) => c.dataset === 'unhcr-idmc-idps-2025')!.rounded).toBe(true);
  });

  it('without the GIDD, the finest carrier stands for the statement; rounding found by significant figures', () => {
    const without = all.filter((d) => d.id !== 'idmc-gidd-conflict-2025');
    const s = estimates(without, 'idps').find((x) => x.attribution?.id === 'idmc' && x.observation.period === '2022')!;
    expect(s.carriers.map((c) => [c.dataset, c.value, c.rounded])).toEqual([
      ['unhcr-idmc-idps-2025', 659000, false],
      ['wdi-idps-idmc', 659000, false],
    ]);
    expect(s.carriersDiffer).toBeNull();
  });

  it('gives the same statements and carriers whatever the order of the datasets', () => {
    const every = estimates(all, 'idps');
    expect(estimates([...all].reverse(), 'idps')).toEqual(every);
  });
});
