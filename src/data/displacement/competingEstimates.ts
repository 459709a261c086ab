import { deepFreeze } from '../../deepFreeze.js';
import type { LibraryMeasureId } from '../../model/dataset.js';

/**
 * A view over the datasets: the measures whose statements it gathers, side by side, and what a
 * reader must know before setting them against each other. It holds no observation of its own:
 * `estimates(measure, datasets)` gathers each statement from the one dataset it stands in, and
 * the build writes the table `data/competing-estimates.csv` from it (one row per statement,
 * keyed by its dataset and observation id, with its figure, qualifier, period, source, citation
 * and locator: the rows of `compare <measure> --csv`).
 *
 * @example
 * ```ts
 * import type { CompetingEstimates } from 'azerbaijan-data/displacement';
 * import { competingEstimates } from 'azerbaijan-data/displacement';
 * const view: CompetingEstimates = competingEstimates;
 * view.measures.includes('idps'); //=> true
 * ```
 */
export interface CompetingEstimates {
  /** The name of the generated table (`data/competing-estimates.csv`). */
  readonly id: 'competing-estimates';
  readonly title: string;
  readonly description: string;
  /** The measure ids whose statements the view gathers, in the order of the table. */
  readonly measures: readonly LibraryMeasureId[];
  /** What a reader must know before comparing the statements. */
  readonly notes: readonly string[];
}

/**
 * Competing estimates: every statement, in the five source documents, of a displacement figure
 * that more than one statement gives or that is read against them (IDPs, refugees, refugees and
 * IDPs together, the same with asylum seekers, the share of the territory the sources state to
 * be occupied, the displaced share of the population, Meskhetian Turks, Azerbaijanis from
 * Armenia). A view, not a dataset: each statement stays in the dataset that holds it; gather
 * them with `estimates(measure, datasets)`. The library does not choose between them.
 *
 * @example
 * ```ts
 * import { competingEstimates } from 'azerbaijan-data/displacement';
 * import { datasets, estimates } from 'azerbaijan-data';
 * competingEstimates.measures.length; //=> 8
 * competingEstimates.measures.flatMap((m) => estimates(m, datasets)).filter((s) => s.source.file !== undefined).length; //=> 19
 * ```
 */
export const competingEstimates: CompetingEstimates = /* @__PURE__ */ deepFreeze({
  id: 'competing-estimates',
  title: 'Competing estimates: the same displacement figures as different documents state them',
  description:
    "Every statement, in the five source documents, of eight displacement figures, gathered from the datasets that hold them: internally displaced persons (IDPs) in Azerbaijan, refugees in Azerbaijan, refugees and IDPs together, refugees, IDPs and asylum seekers together, the share of Azerbaijan's territory that the sources state to be occupied, the share of its population internally displaced, Meskhetian Turks who took refuge in Azerbaijan, and Azerbaijanis from Armenia who took refuge in Azerbaijan. Each row references one observation by its dataset and observation id; the observation keeps its own document, attribution, date, qualifier and wording. The statements differ in the date they refer to (from 1988–1992 to 2011) and, for refugees and for refugees and IDPs together, in what they count; the library sets them side by side and does not choose between them.",
  measures: [
    'idps',
    'refugees',
    'refugees-and-idps',
    'refugees-idps-asylum-seekers',
    'occupied-territory-share',
    'displaced-population-share',
    'meskhetian-turks',
    'azerbaijanis-from-armenia',
  ],
  notes: [
    'The library does not pick one statement of a measure over another: compare them by measure, and read each one\'s period, qualifier, definition and attribution before setting them against each other.',
    'Two measures are stated once only: displaced-population-share (the Landmine Monitor Report 2000 gives "fifteen percent", from UNMAS) and refugees-idps-asylum-seekers (the country report on migration gives 989, 586 from the Ministry of Foreign Affairs, February 2008). Only the country report on migration gives refugees and IDPs together (refugees-and-idps), three times, with figures of different dates and scope; the Norwegian Refugee Council gives IDPs and refugees only separately.',
    'Definitions differ. The World Bank\'s 1891.00 (2010), as the country report on migration gives it, is the refugee population by country or territory of asylum; the Norwegian Refugee Council does not define its 225 000 refugees. The 989, 586 of February 2008 includes asylum seekers, and is a measure of its own; among refugees-and-idps, the Government\'s "nearly one million and a half", as the report gives it, counts everyone displaced and/or forced to migrate by the conflict.',
    'Where the document gives no date for a figure, the period is the document\'s own publication date, and the observation\'s note says so: c. 2002 for the Norwegian Refugee Council page and 2011 for The Occupation in Figures (both inferred), 2000 for the Landmine Monitor Report (stated).',
    'The Internal Displacement Monitoring Centre (IDMC; the report writes "International"), as the country report on migration reports it, gives the current number of IDPs as somewhere between 579,000 (UNHCR\'s estimate in 2006) and 687,000 (the Government of Azerbaijan\'s estimate of March 2007): the two ends are two statements, each attributed to the body whose estimate it is.',
    'The Ministry of Foreign Affairs\' 989, 586 of February 2008 is followed in the document by its parts: 250,000 Azerbaijanis from the Republic of Armenia (the report\'s word is "deported"), 50,000 Meskhetian Turks, up to 700,000 IDPs and close to 3,000 asylum seekers. The dataset refugees-idps-asylum-seekers-2008 holds the total and its parts, with the sum relation between them and the discrepancy it shows.',
    "Each statement once: a body's figure that several releases carry (IDMC's IDP stock of a year in the GIDD, in UNHCR's idmc table and in the World Bank's indicators) is one row, as the release with the unrounded figure gives it, with the column carriers naming every release that carries it and carriersDiffer saying where they differ beyond rounding. A figure without attribution is its own release's statement: UNHCR's own IDP figures stand beside IDMC's.",
    'The documents also speak of "many hundreds of thousands of people being forced to flee" and "hundreds of thousands of people" displaced (Norwegian Refugee Council) and of "a flood of Azerbaijani refugees and internally displaced persons" (The Occupation in Figures) without a figure: no number is recorded for them.',
  ],
});
