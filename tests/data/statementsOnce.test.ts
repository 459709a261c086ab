import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Observation } from 'azerbaijan-data';

// Each statement once: a statement (one source's figure, with its quote, for one period) is held
// in exactly one dataset. Views such as competing estimates reference it; none copies it.

const figure = (o: Observation): string => (o.qualifier === 'range' ? `${o.low}–${o.high}` : String(o.value));
// A line of a data file means what its file and column say: two files of a release may hold lines
// written alike that count different things (UNHCR's returned refugees by country of asylum and by
// country of origin, 2000: "aze,returned_refugees,2000,27" in both). Such lines are one statement
// only where they state the same measure (the IDP lines that stand in both UNHCR files). A line of a
// wide table holds one figure per column, and two columns may hold the same number (UNHCR's
// demographics: 5 girls of 5–11 and 5 of 12–17 on one line): its cells are two statements.
const key = (o: Observation): string =>
  [o.source, o.quote.replace(/\s+/g, ' ').trim(), figure(o), o.period, o.locator.file === undefined ? '' : `${o.measure} ${o.locator.column ?? ''}`].join('\u0000');

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

  it('the check finds a line of a data file held twice for one measure, and lets lines written alike stand for two measures', () => {
    const d = (datasets as readonly Dataset[]).find((x) => x.observations.some((o) => o.locator.file !== undefined))!;
    const line = d.observations.find((o) => o.locator.file !== undefined)!;
    const again = { ...d, id: 'again', observations: [{ ...line, id: 'again', locator: { ...line.locator, file: 'other-file.csv' } }] } as Dataset;
    expect(twins([d, again])).toHaveLength(1);
    const otherMeasure = { ...again, observations: [{ ...again.observations[0]!, measure: 'other-measure' }] } as Dataset;
    expect(twins([d, otherMeasure])).toEqual([]);
    const otherColumn = { ...again, observations: [{ ...again.observations[0]!, locator: { ...again.observations[0]!.locator, column: 'other_column' } }] } as Dataset;
    expect(twins([d, otherColumn])).toEqual([]);
  });

  it('the check finds a statement copied into a second dataset', () => {
    const [a] = datasets as readonly Dataset[];
    const copy = { ...a!, id: 'copy', observations: [{ ...a!.observations[0]!, id: 'copied' }] } as Dataset;
    expect(twins([a!, copy])).toEqual([`${a!.id}/${a!.observations[0]!.id} and copy/copied: ${a!.observations[0]!.source}, "${a!.observations[0]!.quote}", ${figure(a!.observations[0]!)}, ${a!.observations[0]!.period}`]);
  });
});
