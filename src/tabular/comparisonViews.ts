/**
 * The views across sources: each sets every source's figures of one thing side by side on one
 * time axis. The docs build makes a page of each ("IDPs by source", "Remittances by source and
 * edition"); the build ships each as data: the statements (`data/<slug>.csv`), the revisions
 * table where the view has one (`data/<slug>.revisions.csv`) and the chart
 * (`data/charts/<slug>.vl.json`). Nothing here states a figure: every figure, label and
 * definition is read from the datasets.
 */
import type { Dataset } from '../schema/dataset.js';
import type { Unit } from '../schema/unit.js';
import type { RevisionsConfig } from './revisions.js';

/** A view of figures across sources. */
export interface ComparisonView {
  /** The name of its page and files (`idps-by-source`): never a dataset id. */
  readonly slug: string;
  /** The title; `first` and `last` are the first and the last year the figures hold. */
  readonly title: (first: number, last: number) => string;
  /** The measures gathered (`estimates()` of each), in the order of the table. */
  readonly measures: readonly string[];
  /** The unit of the chart. */
  readonly unit: Unit;
  /** What the view is for, in one paragraph (no figure in it). */
  readonly lead: string;
  readonly revisions?: RevisionsConfig;
}

/** The views across sources of the docs site and of `data/`. */
export const comparisonViews: readonly ComparisonView[] = [
  {
    slug: 'idps-by-source',
    title: (first, last) => `IDPs by source, ${first}–${last}`,
    measures: ['idps'],
    unit: 'persons',
    lead:
      'How many internally displaced people are there in Azerbaijan, according to whom, and since when: every statement of the measure `idps` in the library, ' +
      "from the source documents and from the yearly series of the statistical releases, each in its publisher's definition and attributed to who states it. " +
      "A body's figure that several releases carry is one statement, shown once with every release that carries it (IDMC's stock of a year: the GIDD, UNHCR's idmc table, the World Bank's indicators) and where they differ beyond rounding. " +
      'In code: `estimates(\'idps\', datasets)`; on the command line: `npx azerbaijan-data compare idps`.',
  },
  {
    slug: 'remittances-by-source',
    title: () => 'Remittances by source and edition',
    measures: ['inward-remittances', 'personal-remittances-received'],
    unit: 'million-usd',
    lead:
      "Remittances received by Azerbaijan as each source and edition gives them: the World Bank's figures as the migration report prints them from the Migration and Remittances Factbook 2011 " +
      "(its Table 5 and its text), and the World Bank's World Development Indicators as they stand today. The two measure different things by their own definitions (below), " +
      'so they keep different measure ids; the chart brings the figures to one unit (million US dollars) and the tables give each as its source writes it.',
    revisions: {
      earlier: { dataset: 'remittance-flows', measure: 'inward-remittances' },
      later: { dataset: 'wdi-personal-remittances', measure: 'personal-remittances-received' },
      unit: 'million-usd',
      methodNote: /BPM6/,
    },
  },
];

/** The measures of `view` that some dataset of `datasets` states. */
export function statedMeasures(view: ComparisonView, datasets: readonly Dataset[]): string[] {
  const stated = new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)));
  return view.measures.filter((m) => stated.has(m));
}

/**
 * The title of a view for its figures: the span they hold, from the first year any of its
 * statements holds to the last (an interval's end counts), never further; this year for both
 * where none does.
 */
export function viewTitle(view: ComparisonView, datasets: readonly Dataset[]): string {
  const measures = new Set(view.measures);
  const years = datasets.flatMap((d) => d.observations.filter((o) => measures.has(o.measure)).flatMap((o) => o.period.split('/').map((p) => Number(p.slice(0, 4)))));
  const none = new Date().getUTCFullYear();
  return view.title(years.length > 0 ? Math.min(...years) : none, years.length > 0 ? Math.max(...years) : none);
}
