import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath } from '../support/bin.js';
import { datasets } from 'azerbaijan-data';
import type { Dataset, Event } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// Issue 26, item 6: show and compare list, after the figures, the library's own events dated
// within the periods shown, each as its dataset holds it and according to its source.

const root = new URL('../..', import.meta.url).pathname;
const wide = (...args: string[]) => run(args, { width: 1000 });
const all = datasets as readonly Dataset[];
const dw = 'dw-2023-09-22-azerbaijan-humanitarian-aid';
const heading = /Events dated within these periods in the library's datasets \((\d+)\), each as its source gives it:/;

interface EventJson {
  datasetId: string;
  eventId: string;
  date: string;
  dateBasis: string;
  label: string;
  source: string;
  attribution: string | null;
  according: string;
  quote: string;
  asWritten: string;
  locator: unknown;
  periods: string[];
}

/** The event a JSON row names, as its dataset holds it. */
function held(e: EventJson): Event {
  const found = all.find((d) => d.id === e.datasetId)?.events.find((x) => x.id === e.eventId);
  if (found === undefined) throw new Error(`no event ${e.datasetId}/${e.eventId}`);
  return found;
}

/**
 * An oracle on the dates as text: the events of `datasets` whose date (both ends of an interval)
 * starts with one of the periods, for periods that are years, months or dates (not intervals).
 */
function expectedEvents(periods: readonly string[], except: readonly string[] = []): Set<Event> {
  const plain = periods.filter((p) => !p.includes('/'));
  return new Set(all.filter((d) => !except.includes(d.id)).flatMap((d) => d.events.filter((e) => plain.some((p) => e.date.split('/').every((end) => end.startsWith(p))))));
}

describe('compare lists the events of the periods of its statements', () => {
  const text = wide('compare', 'idps', '--period', '2020-2022');
  const json = JSON.parse(wide('compare', 'idps', '--period', '2020-2022', '--json').stdout) as { comparisons: { estimates: { period: string }[] }[]; events: EventJson[] };
  const periods = [...new Set(json.comparisons.flatMap((c) => c.estimates.map((e) => e.period)))];

  it('as JSON: the events field holds exactly the events dated within those periods, by date', () => {
    expect(periods.length).toBeGreaterThan(0);
    expect(new Set(json.events.map(held))).toEqual(expectedEvents(periods));
    const dates = json.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // the two 2020 dates of the DW article are among them
    expect(json.events.filter((e) => e.source === dw && e.date === '2020').map((e) => e.eventId)).toHaveLength(2);
  });

  it('each as its dataset holds it, with its source and attribution: the library adds no word', () => {
    for (const e of json.events) {
      const h = held(e);
      expect([e.label, e.date, e.dateBasis, e.quote, e.asWritten, e.source, e.attribution]).toEqual([h.label, h.date, h.dateBasis, h.quote, h.asWritten, h.source, h.attribution ?? null]);
      expect(e.locator).toEqual(h.locator);
      const source = all.flatMap((d) => d.sources).find((s) => s.id === e.source)!;
      expect(e.according).toContain(source.title);
      if (e.attribution !== null) expect(e.according.startsWith(all.flatMap((d) => d.sources).find((s) => s.id === e.attribution)!.publisher!)).toBe(true);
    }
  });

  it('as text: after the figures and their sources, one row an event with its date, label and "according to"', () => {
    expect(text.code).toBe(0);
    const at = text.stdout.search(heading);
    expect(at).toBeGreaterThan(text.stdout.indexOf('[1] '));
    expect(Number(heading.exec(text.stdout)![1])).toBe(json.events.length);
    const section = text.stdout.slice(at);
    for (const e of json.events) {
      expect(section).toContain(`${e.datasetId}/${e.eventId}`);
      expect(section).toContain(e.label);
      expect(section).toContain(`according to ${e.according}`);
    }
    expect(section).toContain('according to DW (Deutsche Welle), "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"');
  });

  it('respects --period: 1980 keeps no statement and no event; no section without events', () => {
    const none = JSON.parse(wide('compare', 'idps', '--period', '1980', '--json').stdout) as { events: unknown[] };
    expect(none.events).toEqual([]);
    expect(wide('compare', 'idps', '--period', '1980').stdout).not.toMatch(heading);
    const narrow = JSON.parse(wide('compare', 'idps', '--period', '2021', '--json').stdout) as { events: EventJson[] };
    expect(narrow.events.every((e) => e.date.startsWith('2021'))).toBe(true);
  });
});

describe('show lists the events of other datasets in the periods of its observations', () => {
  it('wdi-idps-idmc: the DW events of 2020 and 2022, the dataset’s own events apart', () => {
    const d = all.find((x) => x.id === 'wdi-idps-idmc')!;
    const doc = JSON.parse(wide('show', d.id, '--json').stdout) as { eventsInPeriods: EventJson[] };
    expect(new Set(doc.eventsInPeriods.map(held))).toEqual(expectedEvents(d.observations.map((o) => o.period), [d.id]));
    expect(doc.eventsInPeriods.some((e) => e.source === dw && e.date === '2020')).toBe(true);
    const { stdout } = wide('show', d.id);
    const at = stdout.search(heading);
    expect(at).toBeGreaterThan(stdout.indexOf(d.observations.at(-1)!.id));
    expect(at).toBeLessThan(stdout.indexOf('Sources:'));
  });

  it('never lists a dataset’s own events twice: humanitarian-aid-2023 keeps them in its own section', () => {
    const doc = JSON.parse(wide('show', 'humanitarian-aid-2023', '--json').stdout) as { eventsInPeriods: EventJson[] };
    expect(doc.eventsInPeriods.filter((e) => e.datasetId === 'humanitarian-aid-2023')).toEqual([]);
  });

  it('respects --period: the events of wdi-population for 2020 are those dated within 2020', () => {
    const doc = JSON.parse(wide('show', 'wdi-population', '--period', '2020', '--json').stdout) as { eventsInPeriods: EventJson[] };
    expect(new Set(doc.eventsInPeriods.map(held))).toEqual(expectedEvents(['2020'], ['wdi-population']));
    const whole = JSON.parse(wide('show', 'wdi-population', '--json').stdout) as { eventsInPeriods: EventJson[] };
    expect(whole.eventsInPeriods.length).toBeGreaterThan(doc.eventsInPeriods.length);
  });

  it('through the built bin, as a script runs it', () => {
    const r = spawnSync(process.execPath, [binPath, 'compare', 'idps', '--period=2020', '--json'], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout) as { events: EventJson[] };
    expect(new Set(doc.events.map(held))).toEqual(expectedEvents(['2020']));
    expect(doc.events.filter((e) => e.source === dw).map((e) => e.label)).toEqual(['Agdam region retaken by Baku, as reported by DW', 'Cease-fire agreement under which a Russian peacekeeping force entered the Lachin corridor']);
    const t = spawnSync(process.execPath, [binPath, 'show', 'wdi-idps-idmc', '--period', '2020'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '200' } });
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(heading);
    expect(t.stdout).toContain('Agdam region retaken by Baku');
  });
});
