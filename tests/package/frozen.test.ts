'use strict';
import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';

describe('published data is deeply frozen', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s: every nested object and array rejects mutation', (_, d) => {
    const stack: unknown[] = [d];
    let count = 0;
    while (stack.length) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null) continue;
      expect(Object.isFrozen(v)).toBe(true);
      count++;
      stack.push(...Object.values(v));
    }
    expect(count).toBeGreaterThan(d.observations.length);
  });

  it('a mutation attempt throws in strict mode', () => {
    const d = datasets[0] as unknown as { title: string; observations: { value: number; locator: { section: string } }[] };
    expect(() => { d.title = 'changed'; }).toThrow(TypeError);
    expect(() => { d.observations[0]!.value = 0; }).toThrow(TypeError);
    expect(() => { d.observations[0]!.locator.section = 'x'; }).toThrow(TypeError);
    expect(() => { d.observations.push(d.observations[0]!); }).toThrow(TypeError);
    expect(() => { (sources[0] as { title: string }).title = 'x'; }).toThrow(TypeError);
    expect(() => { (datasets as unknown as unknown[]).pop(); }).toThrow(TypeError);
  });
});
