import { describe, expect, it } from 'vitest';
import { freezeStatements, shapeOf } from '../../scripts/build/freezer.js';

/** Runs the generated statements on `value` (as the Node build's topic files do) and returns it. */
function freezeWithGeneratedCode<T>(value: T, shapeFrom: unknown = value): T {
  const shape = shapeOf([shapeFrom]);
  if (!shape) throw new Error('not an object');
  new Function('v', `'use strict'; const F = Object.freeze; ${freezeStatements(shape, 'v')}`)(value);
  return value;
}

/** Every object and array reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`))];
}

const sample = () => ({
  id: 'x',
  units: ['persons'],
  observations: [
    { id: 'a', value: 1, locator: { table: 'Table 1' } },
    { id: 'b', value: null, range: [1, 2], locator: { table: 'Table 2', footnote: { n: 5 } } },
    'a string among objects',
  ],
  // an array in one place and an object in another, and nested arrays
  mixed: [[{ deep: [{ deeper: {} }] }], { key: [] }],
  empty: {},
});

describe('the generated freezer of the Node build (scripts/build/freezer.ts)', () => {
  it('freezes every object and array of the data it was generated from, however nested', () => {
    const v = freezeWithGeneratedCode(sample());
    expect(unfrozen(v)).toEqual([]);
    expect(() => {
      'use strict';
      (v.observations[1] as { locator: { footnote: { n: number } } }).locator.footnote.n = 6;
    }).toThrow(TypeError);
  });

  it('merges the shapes of all elements: a property that holds an object in only one element is still frozen', () => {
    const data = [{ a: 1 }, { a: 2, extra: { only: ['here'] } }, { a: 3 }];
    expect(unfrozen(freezeWithGeneratedCode(data))).toEqual([]);
  });

  it('visits only the object-valued properties: strings and numbers cost no statement', () => {
    const code = freezeStatements(shapeOf([{ a: 'text', b: 2, c: { d: 'x' } }])!, 'v');
    expect(code).toContain('"c"');
    expect(code).not.toContain('"a"');
    expect(code).not.toContain('"b"');
  });

  it('misses what its shape did not have: the build derives the shape from the very data it ships', () => {
    const v = freezeWithGeneratedCode({ a: { b: 1 }, c: { d: 1 } }, { a: { b: 1 } });
    expect(unfrozen(v)).toEqual(['$.c']);
  });
});
