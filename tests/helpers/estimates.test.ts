import { describe, expect, it } from 'vitest';
import { datasets, estimates, HelperRangeError, UnknownIdError } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';
import { dataset, thrown } from './data.js';

const all = datasets as readonly Dataset[];

describe('estimates', () => {
  it('returns the IDP statements by period (2002, 2006, 2007-03, 2008-02), not in dataset order', () => {
    const every = estimates('idps', datasets);
    const list = every.filter((s) => s.source.file !== undefined);
    expect(list.map((s) => s.observation.period)).toEqual(['2002', '2006', '2007-03', '2008-02']);
    // with the yearly series: UNHCR's from 1993, UNHCR's and IDMC's (as UNHCR carries it) to 2025, every statement in period order
    expect([every[0]!.observation.period, every.at(-1)!.observation.period]).toEqual(['1993', '2025']);
    const periods = every.map((s) => s.observation.period);
    const years = periods.map((p) => p.slice(0, 4));
    expect(years).toEqual([...years].sort());
    expect(list.map((s) => `${s.dataset}/${s.observationId}`)).toEqual([
      'nrc-displacement/idps',
      'idp-estimates-idmc/idps-unhcr-2006',
      'idp-estimates-idmc/idps-government-2007-03',
      'refugees-idps-asylum-seekers-2008/idps-2008-02',
    ]);
    // whatever the order of the datasets given
    expect(estimates('idps', [...all].reverse())).toEqual(every);
  });

  it('orders statements of one period by source, then attribution, then the order given', () => {
    const nrc = dataset('nrc-displacement');
    const base = nrc.observations.find((o) => o.id === 'idps')!;
    const mine: Dataset = {
      ...nrc,
      id: 'mine',
      observations: [
        { ...base, id: 'z-late', period: '2003' },
        { ...base, id: 'b-other', period: '2002', source: 'unhcr' },
        { ...base, id: 'a-attributed', period: '2002', attribution: 'unhcr' },
        { ...base, id: 'c-same', period: '2002' },
        { ...base, id: 'y-year-long', period: '2002-01/2002-12' },
      ] as Observation[],
      sources: [...nrc.sources, ...dataset('idp-estimates-idmc').sources],
    };
    expect(estimates('idps', [mine]).map((s) => s.observationId)).toEqual(['c-same', 'y-year-long', 'a-attributed', 'b-other', 'z-late']);
  });

  it('names an observation whose period is not ISO 8601, and the closest measures for an unknown one', () => {
    const nrc = dataset('nrc-displacement');
    const bad: Dataset = { ...nrc, observations: nrc.observations.map((o) => (o.id === 'idps' ? { ...o, period: '2002-13' } : o)) as Observation[] };
    const index = nrc.observations.findIndex((o) => o.id === 'idps');
    const e = thrown(() => estimates('idps', [bad]));
    expect(e).toBeInstanceOf(HelperRangeError);
    expect((e as HelperRangeError).argument).toBe(`among[0].observations[${index}].period`);
    const unknown = thrown(() => estimates('refugee', all)) as UnknownIdError;
    expect(unknown).toBeInstanceOf(UnknownIdError);
    expect(unknown.closest[0]).toBe('refugees');
  });
});
