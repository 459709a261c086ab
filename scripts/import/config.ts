/**
 * The shape of the importer's per-release configuration tables (scripts/import/releases.ts):
 * what each release is as a source, and which rows of which extract become which dataset,
 * measure and observation. The code path (scripts/import/build.ts) is one for every release.
 */
import type { License, Source } from '../../src/schema/source.js';
import type { Topic } from '../../src/schema/topic.js';
import type { Unit } from '../../src/schema/unit.js';

/** Where a measure's definition is read: a field of one row of a metadata extract, quoted (whole, or the sentence that starts with `sentence`). */
export interface DefinitionRef {
  readonly file: string;
  /** The key field and its value that pick the row: `{ concept: 'sm_pop_netm' }`. */
  readonly row: Readonly<Record<string, string>>;
  readonly field: string;
  readonly sentence?: string;
  /** What introduces the quotation, naming whose definition it is: "The World Bank's definition (WDI concept row SM.POP.NETM)". */
  readonly intro: string;
}

export interface MeasureConfig {
  readonly id: string;
  readonly label: string;
  /** The library's own words: what is counted, attributed. The quoted definition follows it. */
  readonly description: string;
  readonly definition: DefinitionRef;
}

/** Rows of one extract that become the observations of one measure. */
export interface SeriesConfig {
  readonly measure: string;
  readonly unit: Unit;
  readonly file: string;
  /** The field that holds the figure. */
  readonly column: string;
  /** The field that holds the year. */
  readonly period: string;
  /** Fields whose value a row must have: `{ geo: 'aze', displacement_type: 'refugees' }`. */
  readonly where: Readonly<Record<string, string>>;
  /** A country dimension read from an ISO 3166-1 alpha-3 field (lower case, as the DDF files write it). */
  readonly dimension?: { readonly id: string; readonly field: string };
  /** The id of the body the release attributes these figures to. */
  readonly attribution?: string;
}

/** Per year: total = Σ parts (+ remainder), declared as a sum relation. */
export interface SumConfig {
  /** Relation id, with `{year}`. */
  readonly id: string;
  /** With `{year}`. */
  readonly description: string;
  readonly totalMeasure: string;
  /** The measures of the parts (every observation of them in that year, with any dimension). */
  readonly partMeasures: readonly string[];
  /** Label of the rest, where the parts fall short of the total. */
  readonly remainderLabel?: string;
  /** Note of a discrepancy, where the parts exceed the total (or no remainder label is given). */
  readonly discrepancyNote: string;
}

export interface DimensionConfig {
  readonly id: string;
  readonly label: string;
}

export interface DatasetConfig {
  readonly id: string;
  readonly exportName: string;
  /** The module's file name under src/data/<topic>/. */
  readonly fileName: string;
  readonly topic: Topic;
  /** With `{years}`: the first and last year of the data, "1995–2024". */
  readonly title: string;
  /** With `{years}`. */
  readonly description: string;
  /** The first paragraph of the module's TSDoc. */
  readonly summary: string;
  readonly notes: readonly string[];
  readonly measures: readonly MeasureConfig[];
  readonly series: readonly SeriesConfig[];
  readonly dimensions: readonly DimensionConfig[];
  readonly sums: readonly SumConfig[];
  /** The export names of the bodies the figures are attributed to (src/sources/). */
  readonly attributionSources: readonly string[];
  /** The observation the module's `@example` shows: its id without the year (`idps`, `emigrant-stock-ru`); the latest year is taken. */
  readonly example: string;
}

/** Rows that stand in a second extract too: checked to be the same lines, held once (from `sameAs`). */
export interface DuplicateConfig {
  readonly file: string;
  readonly where: Readonly<Record<string, string>>;
  readonly sameAs: { readonly file: string; readonly where: Readonly<Record<string, string>> };
}

/**
 * Figures the publisher masked and the copy replaced with a stand-in (UNHCR: 2018 figures
 * between 1 and 4 became "*", which the copy replaced with 3): such a cell is a range.
 */
export interface MaskedConfig {
  readonly period: string;
  readonly written: string;
  readonly low: number;
  readonly high: number;
  /** The copy's own words, as they stand in `statedIn`. */
  readonly wording: string;
  readonly statedIn: string;
  readonly note: string;
}

/** The release as a source record: everything but what the manifest gives (`retrievedFrom`). */
export type ReleaseSource = Omit<Source, 'retrievedFrom' | 'license'> & { readonly license: License };

export interface ReleaseConfig {
  /** The release's folder under open-data/. */
  readonly folder: string;
  readonly exportName: string;
  /** The module's file name under src/sources/. */
  readonly sourceFile: string;
  /** The first paragraph of the source module's TSDoc. */
  readonly summary: string;
  readonly source: ReleaseSource;
  readonly datasets: readonly DatasetConfig[];
  readonly duplicates: readonly DuplicateConfig[];
  readonly masked?: MaskedConfig;
}
