import { describe, expect, it } from 'vitest';
import { datasets, diffLocks, figureText, lockData, remittanceFlows, migrationPolicyTimeline, undocumentedMigrants } from 'azerbaijan-data';
import type { Lockfile, LockedFigure } from 'azerbaijan-data';
import { lockfileText } from '../../src/pinning/lock/lockfileText.js';
import { parseLockfile } from '../../src/pinning/lock/parseLockfile.js';
import { LockfileError as SourceLockfileError } from '../../src/pinning/lock/lockfileError.js';

// Issue 24, part 2: the lockfile records each dataset's version, sha256 and every figure's value.

type Json = Record<string, any>;
const copy = (lock: Lockfile): Json => JSON.parse(JSON.stringify(lock)) as Json;

describe('lockData', () => {
  it('locks every dataset of the library by default, each with its version, sha256 and every figure and event', () => {
    const lock = lockData();
    expect(lock.lockfileVersion).toBe(1);
    expect(lock.package.name).toBe('azerbaijan-data');
    expect(Object.keys(lock.datasets)).toEqual(datasets.map((d) => d.id));
    for (const d of datasets) {
      const locked = lock.datasets[d.id]!;
      expect([locked.version, locked.sha256]).toEqual([d.version, d.sha256]);
      expect(Object.keys(locked.figures)).toEqual(d.observations.map((o) => o.id));
      expect(Object.keys(locked.events)).toEqual(d.events.map((e) => e.id));
    }
  });

  it('records a figure by its qualifier and value, or its low and high, with unit and period', () => {
    const lock = lockData([remittanceFlows, undocumentedMigrants, migrationPolicyTimeline]);
    expect(Object.keys(lock.datasets)).toEqual(['remittance-flows', 'undocumented-migrants', 'migration-policy-timeline']);
    expect(lock.datasets['remittance-flows']!.figures['inward-remittances-2003']).toEqual({ qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' });
    expect(lock.datasets['undocumented-migrants']!.figures['undocumented-migrants']).toEqual({ qualifier: 'range', low: 30000, high: 50000, unit: 'persons', period: '2009/2011' });
    expect(lock.datasets['migration-policy-timeline']!.events['independence-1991']).toEqual({ date: migrationPolicyTimeline.events.find((e) => e.id === 'independence-1991')!.date });
  });

  it('is JSON that reads back as the same lockfile', () => {
    const lock = lockData();
    expect(parseLockfile(JSON.stringify(lock))).toEqual(lock);
    expect(JSON.parse(lockfileText(lock))).toEqual(JSON.parse(JSON.stringify(lock)));
    // one line a figure, so that a git diff of two lockfiles reads figure by figure
    expect(lockfileText(lock)).toContain('\n        "inward-remittances-2003": {"qualifier": "exact", "value": 171, "unit": "million-usd", "period": "2003"},\n');
  });

  it('refuses what is not an array of datasets, and a dataset given twice', () => {
    expect(() => lockData('remittance-flows' as never)).toThrow(/lockData: datasets must be an array of datasets, got string/);
    expect(() => lockData([remittanceFlows, {} as never])).toThrow(/datasets\[1\] is not a dataset/);
    expect(() => lockData([remittanceFlows, remittanceFlows])).toThrow(/"remittance-flows" is given twice/);
  });
});

describe('diffLocks', () => {
  const before = lockData([remittanceFlows, migrationPolicyTimeline]);

  it('finds nothing between a lockfile and itself', () => {
    expect(diffLocks(before, before)).toEqual([]);
    expect(diffLocks(before, copy(before) as Lockfile)).toEqual([]);
  });

  it('names each figure changed (old → new), added and dropped, and the version and sha256 from → to', () => {
    const after = copy(before);
    const rf = after.datasets['remittance-flows'];
    rf.version = '1.1.0';
    rf.sha256 = 'b'.repeat(64);
    rf.figures['inward-remittances-2003'].value = 172;
    rf.figures['inward-remittances-2004'].qualifier = 'approximate';
    delete rf.figures['inward-remittances-2005'];
    rf.figures['inward-remittances-2099'] = { qualifier: 'exact', value: 1, unit: 'million-usd', period: '2099' };
    const [change, ...rest] = diffLocks(before, after as Lockfile);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ id: 'remittance-flows', change: 'changed', version: { from: '1.0.0', to: '1.1.0' }, sha256: { from: remittanceFlows.sha256, to: 'b'.repeat(64) } });
    expect(change!.figures).toEqual([
      { id: 'inward-remittances-2003', change: 'changed', from: { qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' }, to: { qualifier: 'exact', value: 172, unit: 'million-usd', period: '2003' } },
      { id: 'inward-remittances-2004', change: 'changed', from: { qualifier: 'exact', value: 228, unit: 'million-usd', period: '2004' }, to: { qualifier: 'approximate', value: 228, unit: 'million-usd', period: '2004' } },
      { id: 'inward-remittances-2005', change: 'dropped', from: before.datasets['remittance-flows']!.figures['inward-remittances-2005'] },
      { id: 'inward-remittances-2099', change: 'added', to: { qualifier: 'exact', value: 1, unit: 'million-usd', period: '2099' } },
    ]);
    expect(change!.events).toEqual([]);
  });

  it('sees a change of a range\'s bound, a unit, a period and an event\'s date', () => {
    const a: Lockfile = { lockfileVersion: 1, package: { name: 'azerbaijan-data', version: '1.0.0' }, datasets: { d: { version: '1.0.0', sha256: 'a'.repeat(64), figures: { r: { qualifier: 'range', low: 1, high: 2, unit: 'persons', period: '2000' }, u: { qualifier: 'exact', value: 1, unit: 'persons', period: '2000' }, p: { qualifier: 'exact', value: 1, unit: 'persons', period: '2000' } }, events: { e: { date: '1991' } } } } };
    const b = copy(a);
    b.datasets.d.figures.r.high = 3;
    b.datasets.d.figures.u.unit = 'thousand-persons';
    b.datasets.d.figures.p.period = '2001';
    b.datasets.d.events.e.date = '1992';
    const [change] = diffLocks(a, b as Lockfile);
    expect(change!.figures.map((f) => `${f.id} ${f.change}`)).toEqual(['r changed', 'u changed', 'p changed']);
    expect(change!.events).toEqual([{ id: 'e', change: 'changed', from: { date: '1991' }, to: { date: '1992' } }]);
  });

  it('names a dataset added or dropped, with all its figures', () => {
    const only = lockData([remittanceFlows]);
    const [added] = diffLocks(only, before);
    expect(added).toMatchObject({ id: 'migration-policy-timeline', change: 'added', version: { from: null, to: migrationPolicyTimeline.version }, sha256: { from: null, to: migrationPolicyTimeline.sha256 } });
    expect(added!.events.length).toBe(migrationPolicyTimeline.events.length);
    expect(added!.events.every((e) => e.change === 'added')).toBe(true);
    const [dropped] = diffLocks(before, only);
    expect(dropped).toMatchObject({ id: 'migration-policy-timeline', change: 'dropped', version: { from: migrationPolicyTimeline.version, to: null } });
    expect(dropped!.events.every((e) => e.change === 'dropped')).toBe(true);
  });

  it('sees a change of sha256 alone (a quote or a locator) as a change with no figure', () => {
    const after = copy(before);
    after.datasets['remittance-flows'].sha256 = 'c'.repeat(64);
    expect(diffLocks(before, after as Lockfile)).toMatchObject([{ id: 'remittance-flows', change: 'changed', figures: [], events: [] }]);
  });
});

describe('figureText', () => {
  it('writes the qualifier in words, the value or its range, unit and period', () => {
    const f = (figure: LockedFigure) => figureText(figure);
    expect(f({ qualifier: 'exact', value: 171, unit: 'million-usd', period: '2003' })).toBe('171 million-usd (2003)');
    expect(f({ qualifier: 'approximate', value: 0.5, unit: 'percent', period: '2003' })).toBe('about 0.5 percent (2003)');
    expect(f({ qualifier: 'atMost', value: 3, unit: 'persons', period: '2003/2005' })).toBe('at most 3 persons (2003/2005)');
    expect(f({ qualifier: 'range', low: 1, high: 2, unit: 'persons', period: '2003' })).toBe('1–2 persons (2003)');
  });
});

describe('parseLockfile: a malformed lockfile is a LockfileError naming the field', () => {
  const good = copy(lockData([remittanceFlows]));
  const broken = (edit: (l: Json) => void): Json => {
    const l = JSON.parse(JSON.stringify(good)) as Json;
    edit(l);
    return l;
  };
  const error = (input: unknown): SourceLockfileError => {
    try {
      parseLockfile(input);
    } catch (e) {
      if (e instanceof SourceLockfileError) return e;
      throw e;
    }
    throw new Error('parseLockfile accepted it');
  };

  it.each([
    ['not JSON', '{"lockfileVersion": 1,', '', /is not JSON/],
    ['an array', [], '', /must be a JSON object written by "azerbaijan-data lock"/],
    ['no lockfileVersion', broken((l) => delete l.lockfileVersion), 'lockfileVersion', /must be 1, got nothing \(it is missing/],
    ['a newer lockfileVersion', broken((l) => (l.lockfileVersion = 2)), 'lockfileVersion', /is 2, written by a newer azerbaijan-data.*upgrade/],
    ['no package', broken((l) => delete l.package), 'package', /must be an object, got nothing/],
    ['a version that is no version', broken((l) => (l.datasets['remittance-flows'].version = 'latest')), 'datasets["remittance-flows"].version', /must be a semantic version such as "1\.0\.1", got "latest"/],
    ['a short sha256', broken((l) => (l.datasets['remittance-flows'].sha256 = 'abc')), 'datasets["remittance-flows"].sha256', /64 lower-case hex digits/],
    ['a value as text', broken((l) => (l.datasets['remittance-flows'].figures['inward-remittances-2003'].value = '171')), 'datasets["remittance-flows"].figures["inward-remittances-2003"].value', /must be a finite number, got "171"/],
    ['an unknown qualifier', broken((l) => (l.datasets['remittance-flows'].figures['inward-remittances-2003'].qualifier = 'about')), 'datasets["remittance-flows"].figures["inward-remittances-2003"].qualifier', /must be one of exact, approximate/],
    ['a range without high', broken((l) => (l.datasets['remittance-flows'].figures['inward-remittances-2003'] = { qualifier: 'range', low: 1, unit: 'persons', period: '2000' })), 'datasets["remittance-flows"].figures["inward-remittances-2003"].high', /finite number, got nothing/],
    ['no events', broken((l) => delete l.datasets['remittance-flows'].events), 'datasets["remittance-flows"].events', /must be an object/],
  ])('%s', (_, input, path, message) => {
    const e = error(input);
    expect(e).toBeInstanceOf(TypeError);
    expect(e.name).toBe('LockfileError');
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith('lockfile: ')).toBe(true);
  });

  it('accepts the lockfile lockData writes, as text or as a value', () => {
    expect(parseLockfile(good)).toEqual(good);
    expect(parseLockfile(JSON.stringify(good))).toEqual(good);
  });
});
