import { datasets } from '../catalogue.js';
import { eventsInPeriods } from '../helpers/eventsInPeriods.js';
import type { DatedEvent } from '../helpers/eventsInPeriods.js';
import type { Dataset } from '../model/dataset.js';
import { accordingTo } from '../tabular/voice.js';
import { textTable } from './textTable.js';
import { wrapText } from './wrapText.js';

/**
 * The library's events dated within the periods of the figures shown (see `eventsInPeriods`),
 * by date, leaving out those of the datasets in `except` (a dataset's own events, which `show`
 * lists in its own section).
 */
export function libraryEvents(periods: readonly string[], except: readonly string[] = []): readonly DatedEvent[] {
  return eventsInPeriods(datasets as readonly Dataset[], [...new Set(periods)]).filter((e) => !except.includes(e.dataset));
}

/** An event of {@link libraryEvents} for `--json`: the event as held, where it stands, and whom it is according to. */
export function eventJson(e: DatedEvent) {
  const { id, label, date, dateBasis, locator, quote, asWritten, note, via } = e.event;
  return {
    datasetId: e.dataset,
    eventId: id,
    date,
    dateBasis,
    label,
    source: e.source.id,
    attribution: e.attribution?.id ?? null,
    via: via ?? [],
    according: accordingTo(e.source, e.attribution),
    locator,
    quote,
    asWritten,
    note: note ?? null,
    periods: e.periods,
  };
}

/**
 * The text section of {@link libraryEvents}: a heading, then one row an event: its date, its
 * label as its dataset holds it, whom it is according to and where it stands
 * (`dataset/event`). Nothing where there is no event.
 */
export function eventsSection(events: readonly DatedEvent[], width: number): string[] {
  if (events.length === 0) return [];
  const rows = events.map((e) => [e.event.date, e.event.label, `according to ${accordingTo(e.source, e.attribution)}`, `${e.dataset}/${e.eventId}`]);
  return [
    ...wrapText(`Events dated within these periods in the library's datasets (${events.length}), each as its source gives it:`, width),
    textTable(['date', 'event', 'source', 'dataset/event'], rows, { width, fit: ['keep', 'wrap', 'wrap', 'wrap'] }),
  ];
}
