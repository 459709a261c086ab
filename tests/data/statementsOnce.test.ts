import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';

// Each statement once: a statement (one source's figure, with its quote, for one period) is held
// in exactly one dataset. Views such as competing estimates reference it; none copies it.

const figure = (o: Observation): string => (o.qualifier === 'range' ? `${o.low}–${o.high}` : String(o.value));
const key = (o: Observation): string => [o.source, o.quote.replace(/\s+/g, ' ').trim(), figure(o), o.period].join('\u0000');

/** Every pair of observations, across all the datasets, with the same source, quote, value and period. */
function twins(all: readonly Dataset[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const d of all) {
    for (const o of d.observations) {
      const where = `${d.id}/${o.id}`;
      const first = seen.get(key(o));
      if (first === undefined) seen.set(key(o), where);
      else out.push(`${first} and ${where}: ${o.source}, "${o.quote}", ${figure(o)}, ${o.period}`);
    }
  }
  return out;
}

describe('each statement once', () => {
  it('no two observations in any datasets have the same source, quote, value and period', () => {
    expect(twins(datasets as readonly Dataset[])).toEqual([]);
  });

  it('the check finds a statement copied into a second dataset', () => {
    const [a] = datasets as readonly Dataset[];
    const copy = { ...a!, id: 'copy', observations: [{ ...a!.observations[0]!, id: 'copied' }] } as Dataset;
    expect(twins([a!, copy])).toEqual([`${a!.id}/${a!.observations[0]!.id} and copy/copied: ${a!.observations[0]!.source}, "${a!.observations[0]!.quote}", ${figure(a!.observations[0]!)}, ${a!.observations[0]!.period}`]);
  });
});
