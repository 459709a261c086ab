import { describe, expect, it } from 'vitest';
import { convert } from 'azerbaijan-data/helpers';
import { observation, thrown, valueOf } from './data.js';

describe('convert', () => {
  it('brings Table 1 (thousand persons) to persons: 3.8 thousand departures in 2003 are 3,800', () => {
    const d = observation('international-migration', 'departures-2003');
    expect(convert(valueOf(d), d.unit, 'persons')).toBe(3800);
    expect(convert(3754, 'persons', 'thousand-persons')).toBe(3.754);
  });

  it('scales US dollars: Table 5\'s 1,472 million in 2010 against the text\'s "1,5 billion dollars"', () => {
    const d = observation('remittance-flows', 'inward-remittances-2010');
    expect(convert(valueOf(d), d.unit, 'billion-usd')).toBe(1.472);
    expect(convert(1.5, 'billion-usd', 'million-usd')).toBe(1500);
    expect(convert(38.2, 'million-usd', 'usd')).toBe(38200000);
    expect(convert(1.5, 'billion-usd', 'usd')).toBe(1500000000);
  });

  it('converts areas and shares', () => {
    expect(convert(19500, 'km2', 'm2')).toBe(19500 * 1e6);
    expect(convert(1, 'm2', 'km2')).toBe(1e-6);
    expect(convert(20, 'percent', 'fraction')).toBe(0.2);
    expect(convert(0.25, 'fraction', 'percent')).toBe(25);
  });

  it('converts any unit to itself', () => {
    for (const u of ['count', 'km', 'tons', 'years', 'rank', 'ratio', 'count-per-month', 'persons'] as const) expect(convert(7, u, u)).toBe(7);
  });

  it('refuses an impossible conversion with a RangeError naming the target and what it could be', () => {
    const e = thrown(() => convert(1, 'persons', 'usd'));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('convert: to must be a unit that "persons" converts to (persons, thousand-persons); received "usd"');
    expect(thrown(() => convert(1, 'km', 'km2'))).toBeInstanceOf(RangeError);
  });

  it('gives the right result whatever pair of units the call before used', () => {
    expect(convert(2, 'persons', 'thousand-persons')).toBe(0.002);
    expect(thrown(() => convert(2, 'persons', 'usd'))).toBeInstanceOf(RangeError);
    expect(convert(2, 'persons', 'thousand-persons')).toBe(0.002);
    expect(convert(2, 'thousand-persons', 'persons')).toBe(2000);
    expect(thrown(() => convert(Number.NaN, 'thousand-persons', 'persons'))).toBeInstanceOf(RangeError);
    expect(thrown(() => convert('2' as never, 'thousand-persons', 'persons'))).toBeInstanceOf(TypeError);
    expect(convert(2, 'percent', 'fraction')).toBe(0.02);
  });

  it('refuses an unknown unit and a non-finite value', () => {
    expect(thrown(() => convert(1, 'acres' as never, 'km2')).message).toMatch(/^convert: from must be one of the units of the model \(persons, .*\); received "acres"$/);
    expect(thrown(() => convert(1, 'km2', 'hectares' as never))).toBeInstanceOf(RangeError);
    expect(thrown(() => convert(1, 'toString' as never, 'km2'))).toBeInstanceOf(RangeError);
    expect(thrown(() => convert(1, undefined as never, 'km2'))).toBeInstanceOf(TypeError);
    expect(thrown(() => convert(Infinity, 'km2', 'm2')).message).toBe('convert: value must be a finite number; received Infinity');
    expect(thrown(() => convert('1' as never, 'km2', 'm2'))).toBeInstanceOf(TypeError);
  });
});
