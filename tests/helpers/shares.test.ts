import { describe, expect, it } from 'vitest';
import { shares } from 'azerbaijan-data/helpers';
import { observation, thrown, valueOf } from './data.js';

const ds = 'foreigners-by-purpose-2011';

describe('shares', () => {
  it('gives the shares of the 452,475 foreigners, with the remaining number as a row of its own', () => {
    const total = observation(ds, 'foreigners-total');
    const parts = ['foreigners-migrant-workers', 'foreigners-students', 'foreigners-relatives-of-azerbaijani-nationals'].map((id) => observation(ds, id));
    const rows = shares(parts, { total, remainderId: 'refugees-and-asylum-seekers' });
    expect(rows.map((r) => r.id)).toEqual([...parts.map((p) => p.id), 'refugees-and-asylum-seekers']);
    expect(rows.map((r) => r.value)).toEqual([113118, 90945, 81445, 452475 - 113118 - 90945 - 81445]);
    expect(rows.map((r) => r.share)).toEqual([113118 / 452475, 90945 / 452475, 81445 / 452475, 166967 / 452475]);
    expect(rows.map((r) => r.remainder)).toEqual([false, false, false, true]);
    // the source's own percentages: 25 %, 20 %, 18 %
    const percents = ['foreigners-migrant-workers-share', 'foreigners-students-share', 'foreigners-relatives-of-azerbaijani-nationals-share'].map((id) => valueOf(observation(ds, id)));
    expect(rows.slice(0, 3).map((r) => Math.round(100 * r.share))).toEqual(percents);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 14);
  });

  it('gives the shares of urban and rural places in net migration 2010 (Table 1: 1.2 and 0.2 of 1.4 thousand)', () => {
    const rows = shares([observation('international-migration', 'net-migration-urban-2010'), observation('international-migration', 'net-migration-rural-2010')]);
    expect(rows.map((r) => r.share)).toEqual([1.2 / (1.2 + 0.2), 0.2 / (1.2 + 0.2)]);
    expect(rows.some((r) => r.remainder)).toBe(false);
  });

  it('takes plain numbers, identified by their index', () => {
    expect(shares([1, 3])).toEqual([
      { id: '0', value: 1, share: 0.25, remainder: false },
      { id: '1', value: 3, share: 0.75, remainder: false },
    ]);
    expect(shares([1, 3], { total: 8 }).at(-1)).toEqual({ id: 'remainder', value: 4, share: 0.5, remainder: true });
  });

  it('refuses parts that exceed the stated total', () => {
    const e = thrown(() => shares([113118, 90945, 81445, 200000], { total: 452475 }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('shares: the sum of parts must be at most options.total (452475): the parts exceed the stated total; received 485508');
  });

  it('accepts parts that exceed the stated total within the stated tolerance, keeping the negative rest', () => {
    // percentages rounded by a source may add up to 101
    const rows = shares([60, 41], { total: 100, tolerance: 1 });
    expect(rows.at(-1)).toEqual({ id: 'remainder', value: -1, share: -0.01, remainder: true });
    expect(thrown(() => shares([60, 42], { total: 100, tolerance: 1 })).message).toMatch(/plus options\.tolerance \(1\).*received 102$/);
  });

  it('refuses an empty list, negative or non-finite parts, a bad total or tolerance, and mixed units', () => {
    expect(thrown(() => shares([])).message).toBe('shares: parts must be a non-empty array; received an empty array');
    expect(thrown(() => shares('1' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => shares([1, -2])).message).toMatch(/^shares: parts\[1\] must be a number ≥ 0.*; received -2$/);
    expect(thrown(() => shares([1, Number.NaN])).message).toBe('shares: parts[1] must be a finite number; received NaN');
    expect(thrown(() => shares([{ id: 'a', value: Infinity }])).message).toBe('shares: parts[0].value must be a finite number; received Infinity');
    expect(thrown(() => shares([0, 0])).message).toMatch(/^shares: the sum of parts must be a positive number/);
    expect(thrown(() => shares([1], { total: 0 })).message).toBe('shares: options.total must be a positive number; received 0');
    expect(thrown(() => shares([1], { total: Number.NaN }))).toBeInstanceOf(RangeError);
    expect(thrown(() => shares([1], { total: 2, tolerance: -1 })).message).toBe('shares: options.tolerance must be a number ≥ 0; received -1');
    const e = thrown(() => shares([observation('international-migration', 'net-migration-urban-2010')], { total: observation(ds, 'foreigners-total') }));
    expect(e.message).toBe('shares: options.total.unit must be "thousand-persons", the unit of the parts (convert first); received "persons"');
    expect(thrown(() => shares([{ value: 1, unit: 'persons' }, { value: 1, unit: 'percent' }]))).toBeInstanceOf(RangeError);
  });
});
