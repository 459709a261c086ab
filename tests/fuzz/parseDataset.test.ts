import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { Dataset, DatasetValidationError, parseDataset } from 'azerbaijan-data/schema';
import { fuzzSettings, fuzzTimeout } from './settings.js';

// Arbitrary JSON into parseDataset: only a DatasetValidationError ever comes out, never a
// half-valid object, never a polluted Object.prototype.

type Json = Record<string, unknown>;

/** Whether every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** Parses `value`: a DatasetValidationError is fine; a dataset must be whole, valid and frozen; anything else fails. */
function check(value: unknown): void {
  let parsed: unknown;
  try {
    parsed = parseDataset(value);
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(DatasetValidationError);
    expect((e as DatasetValidationError).issues.length).toBeGreaterThan(0);
    return;
  }
  expect(Dataset.safeParse(parsed).success).toBe(true);
  expect(deeplyFrozen(parsed)).toBe(true);
}

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});
const pristine = Object.getOwnPropertyNames(Object.prototype).sort();

/** JSON with the keys a hostile file would use. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'observations', 'value');
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(hostileKey, fc.string()), tie('value')), { maxLength: 4 }).map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`) as unknown),
  ),
})).value;

/** A path to a node of a dataset and a new value for it (or its removal). */
function mutate(d: Json, path: readonly number[], replacement: unknown, remove: boolean, protoKey: boolean): Json {
  let node: unknown = d;
  let parent: Record<string, unknown> | undefined;
  let key: string | undefined;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length]!;
    node = parent[key];
  }
  if (parent !== undefined && key !== undefined) {
    if (remove) delete parent[key];
    else parent[key] = replacement;
    if (protoKey) Object.defineProperty(parent, '__proto__', { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return d;
}

describe('fuzz: parseDataset', () => {
  const copies = datasets.map((d) => JSON.stringify(d));

  it('arbitrary JSON, hostile keys included: only DatasetValidationError', () => {
    fc.assert(fc.property(json, (value) => check(value)), fuzzSettings(120));
  }, fuzzTimeout);

  it('arbitrary JSON text with "__proto__" keys: only DatasetValidationError, Object.prototype untouched', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }), fc.nat(), (value, at) => {
        const text = copies[at % copies.length]!;
        const v = JSON.stringify(value) ?? 'null';
        const hostile = text.replace(/"dimensions":\{(\}?)/, (_, close: string) => `"dimensions":{"__proto__":${v}${close ? '}' : ','}`).replace('"notes":', () => `"__proto__":${v},"notes":`);
        check(JSON.parse(hostile));
        expect(({} as Json).polluted).toBeUndefined();
      }),
      fuzzSettings(40),
    );
  }, fuzzTimeout);

  it('a dataset of the library with one node replaced, removed or given a "__proto__" key: valid and frozen, or DatasetValidationError', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), json, fc.boolean(), fc.boolean(), (at, path, replacement, remove, protoKey) => {
        const d = JSON.parse(copies[at % copies.length]!) as Json;
        check(mutate(d, path, replacement, remove, protoKey));
      }),
      fuzzSettings(120),
    );
  }, fuzzTimeout);

  it('a dataset whose getters throw at random: DatasetValidationError', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.anything(), (at, path, thrownValue) => {
        const d = JSON.parse(copies[at % copies.length]!) as Json;
        let node: unknown = d;
        let parent: object = d;
        let key = 'id';
        for (const step of path) {
          if (typeof node !== 'object' || node === null || Object.keys(node).length === 0) break;
          parent = node;
          const keys = Object.keys(node);
          key = keys[step % keys.length]!;
          node = (node as Json)[key];
        }
        Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => { throw thrownValue; } });
        check(d);
      }),
      fuzzSettings(80),
    );
  }, fuzzTimeout);
});
