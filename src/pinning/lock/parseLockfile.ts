import { LockfileError } from './lockfileError.js';
import type { Lockfile } from './lockfile.js';

const QUALIFIERS = ['exact', 'approximate', 'atLeast', 'atMost', 'range'] as const;

/** A value for a message: strings quoted and cut short, other values by their type. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** `datasets["remittance-flows"]`: a member of a path, as a JavaScript accessor. */
function member(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path === '' ? '' : `${path}.`}${key}` : `${path}[${JSON.stringify(key)}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(parent: Record<string, unknown>, path: string, key: string): Record<string, unknown> {
  const value = parent[key];
  if (!isRecord(value)) throw new LockfileError(member(path, key), `must be an object, got ${value === undefined ? 'nothing (it is missing)' : shown(value)}`);
  return value;
}

function text(parent: Record<string, unknown>, path: string, key: string, pattern?: RegExp, expected?: string): string {
  const value = parent[key];
  if (typeof value !== 'string' || (pattern !== undefined && !pattern.test(value))) {
    throw new LockfileError(member(path, key), `must be ${expected ?? 'a string'}, got ${value === undefined ? 'nothing (it is missing)' : shown(value)}`);
  }
  return value;
}

function finite(parent: Record<string, unknown>, path: string, key: string): number {
  const value = parent[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new LockfileError(member(path, key), `must be a finite number, got ${value === undefined ? 'nothing (it is missing)' : shown(value)}`);
  return value;
}

/**
 * Reads a lockfile: its JSON text, or the value parsed from it. Checks it has the shape
 * `lockData` writes (`lockfileVersion` 1, the package, and per dataset its version, sha256,
 * figures and events) and returns it typed. Checked by hand, so that the root imports no
 * validation library. O(size of the lockfile).
 *
 * @throws {LockfileError} naming the field that is wrong and how, or saying the text is not JSON.
 */
export function parseLockfile(input: unknown): Lockfile {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new LockfileError('', `is not JSON: ${(e as Error).message}`);
    }
  }
  if (!isRecord(value)) throw new LockfileError('', `must be a JSON object written by "azerbaijan-data lock" or lockData(), got ${shown(value)}`);
  if (value.lockfileVersion !== 1) {
    const newer = typeof value.lockfileVersion === 'number' && value.lockfileVersion > 1;
    throw new LockfileError('lockfileVersion', newer
      ? `is ${value.lockfileVersion}, written by a newer azerbaijan-data than this one, which reads version 1: upgrade azerbaijan-data`
      : `must be 1, got ${value.lockfileVersion === undefined ? 'nothing (it is missing: is this a lockfile written by "azerbaijan-data lock"?)' : shown(value.lockfileVersion)}`);
  }
  const pkg = record(value, '', 'package');
  text(pkg, 'package', 'name');
  text(pkg, 'package', 'version');
  const datasets = record(value, '', 'datasets');
  for (const id of Object.keys(datasets)) {
    const path = member('datasets', id);
    const dataset = record(datasets, 'datasets', id);
    text(dataset, path, 'version', /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/, 'a semantic version such as "1.0.1"');
    text(dataset, path, 'sha256', /^[0-9a-f]{64}$/, 'a SHA-256 digest (64 lower-case hex digits)');
    const figures = record(dataset, path, 'figures');
    for (const figureId of Object.keys(figures)) {
      const at = member(`${path}.figures`, figureId);
      const figure = record(figures, `${path}.figures`, figureId);
      const qualifier = figure.qualifier;
      if (!(QUALIFIERS as readonly unknown[]).includes(qualifier)) {
        throw new LockfileError(`${at}.qualifier`, `must be one of ${QUALIFIERS.join(', ')}, got ${qualifier === undefined ? 'nothing (it is missing)' : shown(qualifier)}`);
      }
      if (qualifier === 'range') {
        finite(figure, at, 'low');
        finite(figure, at, 'high');
      } else finite(figure, at, 'value');
      text(figure, at, 'unit', /./, 'a unit such as "persons"');
      text(figure, at, 'period', /./, 'a period such as "2003"');
    }
    const events = record(dataset, path, 'events');
    for (const eventId of Object.keys(events)) text(record(events, `${path}.events`, eventId), member(`${path}.events`, eventId), 'date', /./, 'a date such as "1991-10-18"');
  }
  return value as unknown as Lockfile;
}
