import { describe, expect, it } from 'vitest';
import { datasets, eventsInPeriods, HelperRangeError, HelperTypeError } from 'azerbaijan-data';
import type { Dataset, Event } from 'azerbaijan-data';
import { dataset, thrown } from './data.js';

// Issue 26, item 6: what the library knows of a year beside the series: the events every dataset
// holds in those periods, each as held and attributed to its source, nothing in the library's voice.

const dw = 'dw-2023-09-22-azerbaijan-humanitarian-aid';

describe('eventsInPeriods over the library', () => {
  it('gives the September 2023 events of the DW article for 2023, by date, each the dataset’s own object', () => {
    const found = eventsInPeriods(datasets, ['2023']).filter((e) => e.source.id === dw);
    const held = dataset('humanitarian-aid-2023').events.filter((e) => e.date.startsWith('2023'));
    expect(found.length).toBe(held.length);
    expect(found.length).toBeGreaterThanOrEqual(9);
    for (const e of found) expect(held).toContain(e.event);
    const dates = found.map((e) => e.event.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2023-09-20');
    // attributed as the article attributes them: Reuters, the two governments, or DW alone
    expect(new Set(found.map((e) => e.attribution?.id))).toEqual(new Set([undefined, 'reuters', 'government-of-azerbaijan', 'government-of-armenia']));
    expect(found.every((e) => e.source.publisher === 'DW (Deutsche Welle)' && e.heldIn === dataset('humanitarian-aid-2023'))).toBe(true);
  });

  it('gives the two 2020 dates the DW article holds, and the 2022 blockade', () => {
    const labels = (p: string): string[] => eventsInPeriods(datasets, [p]).filter((e) => e.source.id === dw).map((e) => e.event.label);
    expect(labels('2020')).toEqual(['Agdam region retaken by Baku, as reported by DW', 'Cease-fire agreement under which a Russian peacekeeping force entered the Lachin corridor']);
    expect(labels('2022')).toHaveLength(1);
  });

  it('lists an event for a year exactly when its whole date is in that year (an oracle on the dates as text)', () => {
    const all = (datasets as readonly Dataset[]).flatMap((d) => d.events);
    for (let year = 1985; year <= 2026; year++) {
      const y = String(year);
      const expected = all.filter((e) => e.date.split('/').every((part) => part.slice(0, 4) === y));
      const found = eventsInPeriods(datasets, [y]).map((e) => e.event);
      expect(new Set(found), y).toEqual(new Set(expected));
      expect(found.length, y).toBe(expected.length);
    }
  });

  it('reads a span as one period: 1985/1995 holds the intervals of the war years that no single year holds', () => {
    const span = eventsInPeriods(datasets, '1985/1995');
    const interval = span.find((e) => e.event.date === '1988/1992');
    expect(interval).toBeDefined();
    expect(eventsInPeriods(datasets, ['1988', '1989', '1990', '1991', '1992']).some((e) => e.event.date === '1988/1992')).toBe(false);
    expect(span.every((e) => e.periods.length === 1 && e.periods[0] === '1985/1995')).toBe(true);
    // the years of a span and the span agree on events dated within one year
    const byYears = eventsInPeriods(datasets, Array.from({ length: 11 }, (_, i) => String(1985 + i)));
    expect(new Set(byYears.map((e) => e.event))).toEqual(new Set(span.filter((e) => e.event.date.split('/').every((p) => p.slice(0, 4) === e.event.date.slice(0, 4))).map((e) => e.event)));
  });

  it('adds nothing in the library’s voice: the event, its dataset, its source and attribution, the periods', () => {
    for (const e of eventsInPeriods(datasets, '1900/2030')) {
      expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['dataset', 'event', 'eventId', 'heldIn', 'periods', 'source']));
      expect(Object.keys(e).every((k) => ['dataset', 'event', 'eventId', 'heldIn', 'periods', 'source', 'attribution'].includes(k))).toBe(true);
      expect(e.eventId).toBe(e.event.id);
      expect(e.heldIn.events).toContain(e.event);
      expect(e.source.id).toBe(e.event.source);
      expect(e.attribution?.id).toBe(e.event.attribution);
    }
    expect(eventsInPeriods(datasets, '1900/2030').length).toBe((datasets as readonly Dataset[]).reduce((n, d) => n + d.events.length, 0));
  });
});

describe('eventsInPeriods on datasets of one’s own', () => {
  const source = { id: 'doc', kind: 'document', title: 'A document' };
  const event = (id: string, date: string, extra: Partial<Event> = {}): Event => ({ id, label: id, date, dateBasis: 'stated', source: 'doc', locator: {}, quote: date, asWritten: date, ...extra });
  const own = (events: Event[]): Dataset => ({ id: 'own', events, sources: [source], observations: [] }) as unknown as Dataset;

  it('orders by date, the earlier start first, then the earlier end (a month before its year), then as given', () => {
    const d = own([event('c', '2011-05'), event('a', '2011'), event('b', '2011-01-15'), event('d', '2011-01'), event('e', '2011-01')]);
    expect(eventsInPeriods([d], ['2011']).map((e) => e.eventId)).toEqual(['d', 'e', 'a', 'b', 'c']);
  });

  it('names the periods each event lies within, and returns an event reached twice once', () => {
    const d = own([event('x', '2011-04-01')]);
    const [found, ...rest] = eventsInPeriods([d, d], ['2011', '2010', '2011-04', '2011']);
    expect(rest).toEqual([]);
    expect(found!.periods).toEqual(['2011', '2011-04']);
  });

  it('throws a typed error naming the argument for bad input', () => {
    const error = (f: () => unknown, type: typeof HelperTypeError | typeof HelperRangeError, argument: string) => {
      const e = thrown(f) as HelperTypeError;
      expect(e, e.message).toBeInstanceOf(type);
      expect(e.helper).toBe('eventsInPeriods');
      expect(e.argument).toBe(argument);
      return e;
    };
    error(() => eventsInPeriods('datasets' as never, ['2011']), HelperTypeError, 'among');
    error(() => eventsInPeriods([own([])], 2011 as never), HelperTypeError, 'periods');
    error(() => eventsInPeriods([own([])], ['2011', 2012] as never), HelperTypeError, 'periods[1]');
    expect(error(() => eventsInPeriods([own([])], ['2011', '2011-13']), HelperRangeError, 'periods[1]').message).toContain('"2011-13"');
    error(() => eventsInPeriods([own([])], '2012/2010'), HelperRangeError, 'periods');
    error(() => eventsInPeriods([null] as never, ['2011']), HelperTypeError, 'among[0]');
    error(() => eventsInPeriods([own([event('ok', '2011'), event('bad', '2011-02-30')])], ['2011']), HelperRangeError, 'among[0].events[1].date');
    error(() => eventsInPeriods([own([event('x', '2011', { source: 'nowhere' })])], ['2011']), HelperRangeError, 'among[0].events[0].source');
    error(() => eventsInPeriods([own([event('x', '2011', { attribution: 'nobody' })])], ['2011']), HelperRangeError, 'among[0].events[0].attribution');
  });

  it('no period, no event', () => {
    expect(eventsInPeriods([own([event('x', '2011')])], [])).toEqual([]);
  });
});
