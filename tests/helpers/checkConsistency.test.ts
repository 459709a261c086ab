import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Observation, Relation } from 'azerbaijan-data';
import { checkConsistency } from 'azerbaijan-data/helpers';
import { evaluate } from '../support/relations.js';
import { dataset, thrown } from './data.js';

/** A copy of a dataset with some observations' values replaced and relations added. */
function altered(d: Dataset, values: Record<string, number>, relations: readonly Relation[] = d.relations): Dataset {
  return {
    ...d,
    observations: d.observations.map((o) => (o.id in values ? ({ ...o, value: values[o.id] } as Observation) : o)),
    relations,
  };
}

describe('checkConsistency', () => {
  it('finds no discrepancy in Table 1 (net = arrivals − departures = urban + rural, every year)', () => {
    expect(checkConsistency(dataset('international-migration'))).toEqual([]);
  });

  it('reports the declared discrepancies of Table 5 as declared, with their size and observations', () => {
    const found = checkConsistency(dataset('remittance-flows'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.status === 'declared')).toBe(true);
    const d2004 = found.find((d) => d.relation.id === 'inward-remittances-components-2004')!;
    expect(d2004.difference).toBe(228 - (191 + 12 + 24));
    expect(d2004.declared).toBe(1);
    expect(d2004.unit).toBe('million-usd');
    expect(d2004.observations.map((o) => o.id)).toEqual([
      'inward-remittances-2004',
      'inward-workers-remittances-2004',
      'inward-compensation-of-employees-2004',
      'inward-migrants-transfers-2004',
    ]);
  });

  it('reports the 2008 groups of refugees, IDPs and asylum seekers that add up to 13,414 more than the stated 989,586', () => {
    const [d] = checkConsistency(dataset('refugees-idps-asylum-seekers-2008'));
    expect(d!.status).toBe('declared');
    expect(d!.difference).toBe(989586 - (250000 + 50000 + 700000 + 3000));
  });

  it('flags a miss that the dataset does not declare', () => {
    const table1 = dataset('international-migration');
    const found = checkConsistency(altered(table1, { 'net-migration-2010': 1.6 }));
    expect(found.map((d) => [d.relation.id, d.status])).toEqual([
      ['net-is-arrivals-minus-departures-2010', 'undeclared'],
      ['net-is-urban-plus-rural-2010', 'undeclared'],
    ]);
    expect(found[0]!.difference).toBeCloseTo(1.6 - (2.2 - 0.8), 12);
    expect(found[1]!.difference).toBeCloseTo(1.6 - (1.2 + 0.2), 12);
    expect(found[0]!.declared).toBeNull();
  });

  it('flags a declared discrepancy that is not what the figures give', () => {
    const flows = dataset('remittance-flows');
    const relations = flows.relations.map((r) => (r.id === 'inward-remittances-components-2004' && r.kind === 'sum' ? { ...r, discrepancy: { value: 5, note: 'wrong' } } : r));
    const d = checkConsistency({ ...flows, relations }).find((x) => x.relation.id === 'inward-remittances-components-2004')!;
    expect(d.status).toBe('mismatch');
    expect(d.difference).toBe(1);
    expect(d.declared).toBe(5);
  });

  it('flags a part larger than its whole, and evaluates shares and ranges', () => {
    const table1 = dataset('international-migration');
    const partOf: Relation = { kind: 'partOf', id: 'p', description: 'arrivals 1991 within arrivals 1990', part: 'arrivals-1990', whole: 'arrivals-1991' };
    const [p] = checkConsistency({ ...table1, relations: [partOf] });
    expect(p!.status).toBe('undeclared');
    expect(p!.difference).toBeCloseTo(66.3 - 84.3, 12);
    const share: Relation = { kind: 'share', id: 's', description: 'rural share', percent: 'departures-2010', part: 'net-migration-rural-2010', whole: 'net-migration-2010', tolerance: 0 };
    const [s] = checkConsistency({ ...table1, relations: [share] });
    expect(s!.difference).toBeCloseTo(0.8 - (100 * 0.2) / 1.4, 12);
    // a range total holds when some value of the range satisfies the sum
    const ranged = {
      ...table1,
      observations: table1.observations.map((o) => (o.id === 'net-migration-2010' ? ({ ...o, qualifier: 'range', low: 1, high: 2, value: undefined } as unknown as Observation) : o)),
    };
    expect(checkConsistency(ranged)).toEqual([]);
  });

  it('agrees with the independent evaluation of the tests on every relation of every dataset', () => {
    for (const d of datasets as readonly Dataset[]) {
      const ranges = d.observations.filter((o) => o.qualifier === 'range').map((o) => `"${o.id}"`);
      // the tests' evaluation reads point values only, so relations on ranges are left to the tests above
      const evaluable = d.relations.filter((r) => !ranges.some((id) => JSON.stringify(r).includes(id)));
      const expected = evaluable
        .filter((r) => !evaluate(d, r).holds || (r.kind !== 'partOf' && r.discrepancy !== undefined))
        .map((r) => r.id);
      const reported = checkConsistency(d)
        .map((x) => x.relation.id)
        .filter((id) => evaluable.some((r) => r.id === id));
      expect(reported, d.id).toEqual(expected);
    }
  });

  it('refuses a relation that names a missing observation, and what is not a dataset', () => {
    const table1 = dataset('international-migration');
    const broken: Relation = { kind: 'difference', id: 'x', description: 'x', result: 'net-migration-1990', minuend: 'arrivals-1990', subtrahend: 'departures-1989', tolerance: 0 };
    const e = thrown(() => checkConsistency({ ...table1, relations: [broken] }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('checkConsistency: dataset.relations[0] (x) must be the id of an observation of dataset "international-migration"; received "departures-1989"');
    expect(thrown(() => checkConsistency({} as Dataset))).toBeInstanceOf(TypeError);
    const zero: Relation = { kind: 'share', id: 'z', description: 'z', percent: 'arrivals-1990', part: 'arrivals-1990', whole: 'arrivals-1991', tolerance: 0 };
    expect(thrown(() => checkConsistency(altered({ ...table1, relations: [zero] }, { 'arrivals-1991': 0 })))).toBeInstanceOf(RangeError);
  });
});
