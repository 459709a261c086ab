import type { Dataset } from '../model/dataset.js';
import type { Source } from '../model/source.js';
import { HelperRangeError, HelperTypeError } from './errors.js';
import { periodDayBounds } from './period.js';

/**
 * A dated event of a dataset, where it stands: the dataset that holds it, the event as the
 * dataset holds it (its label, date, quote, locator and note, the dataset's own object), the
 * document it is read from and the body the document attributes it to, and which of the periods
 * asked for its date lies within. Nothing is added in the library's voice: what the event says
 * is its `label` and `quote`, and who says it is `source` and `attribution`.
 *
 * @example
 * ```ts
 * import { datasets, eventsInPeriods } from 'azerbaijan-data';
 * import type { DatedEvent } from 'azerbaijan-data/helpers';
 * const convoy: DatedEvent = eventsInPeriods(datasets, ['2023']).find((e) => e.attribution?.id === 'reuters')!;
 * [convoy.dataset, convoy.event.date, convoy.source.publisher]; //=> ['humanitarian-aid-2023', '2023-09-22', 'DW (Deutsche Welle)']
convoy.attribution?.publisher; //=> 'Reuters'
 * ```
 */
export interface DatedEvent<D extends Dataset = Dataset> {
  /** Id of the dataset the event stands in. */
  readonly dataset: D['id'];
  /** Id of the event within that dataset. */
  readonly eventId: D['events'][number]['id'];
  /** The event, as the dataset holds it. */
  readonly event: D['events'][number];
  /** The document the event is read from. */
  readonly source: Source;
  /** The body the document attributes the event to, where it names one. */
  readonly attribution?: Source;
  /** The periods asked for that the event's date lies within, as given, in the order given. */
  readonly periods: readonly string[];
  /** The dataset itself (the object given), so that `cite(heldIn, eventId)` cites the event. */
  readonly heldIn: Dataset;
}

interface Placed {
  readonly event: DatedEvent;
  readonly first: number;
  readonly afterLast: number;
  readonly order: number;
}

/**
 * The dated events the datasets hold whose date lies wholly within one of the periods: what the
 * library knows of those years beside the figures. An event dated `2023-09-22` lies within
 * `2023`, `2023-09` and `2020/2023`; one dated `1988/1994` lies within `1985/1995` but not
 * within `1993` (its date is not in that year alone). Each event comes with the document it is
 * read from and the body that document attributes it to, as held: the library adds no word of
 * its own. Ordered by date (the earlier start first, then the earlier end), then in the order of
 * the datasets and their events; an event object reached through two datasets (or a dataset
 * passed twice) is returned once. Runs in `O(e·p + e log e)` for `e` events and `p` distinct
 * periods.
 *
 * @param among - The datasets whose events to look through (the library's `datasets`, or your own).
 * @param periods - ISO 8601 periods: years (`['2020', '2023']`), months, dates, or a span as an
 *   interval (`'2020/2023'`); one period may be given as a string. No period gives no event.
 * @returns The events within the periods, each with its dataset, source and attribution.
 * @throws {HelperTypeError} when `among` is not an array of datasets, or `periods` is neither a
 *   string nor an array of strings.
 * @throws {HelperRangeError} when a period, or an event's date, is not an ISO 8601 year, month,
 *   date or interval of them (the message names it: `periods[1]`, `among[3].events[0].date`), or
 *   an event names a source its dataset does not list.
 *
 * @example
 * ```ts
 * import { datasets, eventsInPeriods } from 'azerbaijan-data';
 * const dw = 'dw-2023-09-22-azerbaijan-humanitarian-aid';
 * // what the DW article dates to 2020, as it words it
 * const of2020 = eventsInPeriods(datasets, ['2020']).filter((e) => e.source.id === dw);
 * of2020.map((e) => e.event.label); //=> ['Agdam region retaken by Baku, as reported by DW', 'Cease-fire agreement under which a Russian peacekeeping force entered the Lachin corridor']
 * // the September 2023 events of the DW article, by date
 * const september = eventsInPeriods(datasets, '2023-09').filter((e) => e.source.id === dw);
 * september.map((e) => e.event.date).slice(0, 3); //=> ['2023-09-20', '2023-09-20', '2023-09-21']
 * september.every((e) => e.periods[0] === '2023-09'); //=> true
 * eventsInPeriods(datasets, []).length; //=> 0
 * ```
 */
export function eventsInPeriods<D extends readonly Dataset[]>(among: D, periods: readonly string[] | string): readonly DatedEvent<D[number]>[];
export function eventsInPeriods(among: unknown, periods: unknown): readonly DatedEvent[] {
  if (!Array.isArray(among)) throw new HelperTypeError('eventsInPeriods', 'among', among, 'an array of datasets (such as datasets from azerbaijan-data)');
  const asked: readonly unknown[] = typeof periods === 'string' ? [periods] : Array.isArray(periods) ? periods : [];
  if (typeof periods !== 'string' && !Array.isArray(periods)) {
    throw new HelperTypeError('eventsInPeriods', 'periods', periods, 'an ISO 8601 period ("2023", "2020/2023") or an array of them');
  }
  // each distinct period once, with its days
  const spans = new Map<string, [number, number]>();
  for (const [i, p] of asked.entries()) {
    const name = typeof periods === 'string' ? 'periods' : `periods[${i}]`;
    if (typeof p !== 'string') throw new HelperTypeError('eventsInPeriods', name, p, 'an ISO 8601 period (a string such as "2023")');
    if (!spans.has(p)) spans.set(p, periodDayBounds('eventsInPeriods', name, p));
  }
  const seen = new Set<object>();
  const placed: Placed[] = [];
  for (const [i, d] of (among as readonly Dataset[]).entries()) {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || !Array.isArray(d.events) || !Array.isArray(d.sources)) {
      throw new HelperTypeError('eventsInPeriods', `among[${i}]`, d, 'a dataset (with id, events and sources)');
    }
    if (spans.size === 0) continue;
    for (const [j, e] of d.events.entries()) {
      if (seen.has(e)) continue;
      seen.add(e);
      const [first, afterLast] = periodDayBounds('eventsInPeriods', `among[${i}].events[${j}].date`, e.date);
      const within = [...spans].filter(([, [from, to]]) => from <= first && afterLast <= to).map(([p]) => p);
      if (within.length === 0) continue;
      const source = d.sources.find((s: Source) => s.id === e.source);
      if (source === undefined) throw new HelperRangeError('eventsInPeriods', `among[${i}].events[${j}].source`, e.source, `the id of a source of dataset "${d.id}"`);
      const attribution = e.attribution === undefined ? undefined : d.sources.find((s: Source) => s.id === e.attribution);
      if (e.attribution !== undefined && attribution === undefined) {
        throw new HelperRangeError('eventsInPeriods', `among[${i}].events[${j}].attribution`, e.attribution, `the id of a source of dataset "${d.id}"`);
      }
      const event: DatedEvent = { dataset: d.id, eventId: e.id, event: e, source, ...(attribution ? { attribution } : {}), periods: within, heldIn: d };
      placed.push({ event, first, afterLast, order: placed.length });
    }
  }
  return placed.sort((x, y) => x.first - y.first || x.afterLast - y.afterLast || x.order - y.order).map((p) => p.event);
}
