import { eventsInPeriods } from '../../src/helpers/eventsInPeriods.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { accordingTo } from '../../src/tabular/voice.js';
import { quoteHtml } from './datasetPage.js';
import { escapeHtml, htmlTable } from './html.js';

/** What the section needs: the library, the periods of the page's figures, and how to link an event. */
export interface EventsInPeriodsInput {
  /** The datasets whose events to list (the library's). */
  readonly library: readonly Dataset[];
  /** The periods of the figures the page shows. */
  readonly periods: readonly string[];
  /** Datasets whose events the page lists elsewhere (a dataset page's own). */
  readonly except?: readonly string[];
  /** The path of a dataset's page, relative to this page (`./wdi-population.md`). */
  readonly datasetPath: (id: string) => string;
}

/**
 * The section of a series page, below its chart and table, that lists the events of the
 * library's datasets dated within the periods of the page's figures (`eventsInPeriods`): each
 * with its date, its label and quote as its dataset holds them, whom it is according to, and a
 * link to it on its dataset's page. No word of the library's own about them. Nothing (an empty
 * array) where no event falls in those periods.
 */
export function eventsInPeriodsSection({ library, periods, except = [], datasetPath }: EventsInPeriodsInput): string[] {
  const events = eventsInPeriods(library, [...new Set(periods)]).filter((e) => !except.includes(e.dataset));
  if (events.length === 0) return [];
  return [
    '## Events in these periods',
    `The events that the library's datasets date within the periods of the figures above, ${events.length} in all, by date: each as its source gives it, according to the source named beside it.`,
    htmlTable(
      'dataset-events-in-periods',
      ['Date', 'Event', 'According to', 'Quote', 'Where'],
      events.map((e) => ({
        cells: [
          escapeHtml(e.event.date),
          escapeHtml(e.event.label),
          escapeHtml(accordingTo(e.source, e.attribution)),
          quoteHtml(e.event.quote, e.event.asWritten),
          `<a href="${escapeHtml(datasetPath(e.dataset))}#events"><code>${escapeHtml(e.dataset)}</code> › <code>${escapeHtml(e.eventId)}</code></a>`,
        ],
      })),
    ),
  ];
}
