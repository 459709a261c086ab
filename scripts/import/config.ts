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
  /** The key field and its value that pick the row: `{ concept: 'sm_pop_netm' }`. Without it, the file is a text (UNHCR's `rdf.R.txt`) and `sentence` is required. */
  readonly row?: Readonly<Record<string, string>>;
  readonly field?: string;
  readonly sentence?: string;
  /** What introduces the quotation, naming whose definition it is: "The World Bank's definition (WDI concept row SM.POP.NETM)". */
  readonly intro: string;
}

export interface MeasureConfig {
  readonly id: string;
  readonly label: string;
  /** The library's own words: what is counted, attributed. The quoted definition follows it. */
  readonly description: string;
  /** Where the release defines the measure; without one, the description says that the release's documentation does not. */
  readonly definition?: DefinitionRef;
}

/**
 * A dimension read from a field of each row: `country` reads an ISO 3166-1 alpha-3 code (any
 * case; UNHCR's XXA, stateless, and UNK, unknown, are kept as written; where the ISO field is
 * missing, `fallbackField`, UNHCR's own code, is read), `code` reads the cell as a code.
 */
export interface DimensionField {
  readonly id: string;
  readonly field: string;
  readonly kind: 'country' | 'code';
  /** For `country`: the field read where `field` is missing (UNHCR's own country code). */
  readonly fallbackField?: string;
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
  /** Rows with any of these field values are left to other series: `{ coa_iso: 'AZE' }`. */
  readonly unless?: Readonly<Record<string, string>>;
  /** Dimensions read from fields of the row, in the order they stand in the observation id. */
  readonly dimensions?: readonly DimensionField[];
  /** Dimensions with one code for every figure of the series (`{ sex: 'f', age: '0-4' }`), after those read from the row. */
  readonly fixed?: Readonly<Record<string, string>>;
  /** The unit by the code in a field of the row, where the row says whether it counts cases or persons: `{ field: 'app_pc', units: { C: 'cases', P: 'persons' } }`. */
  readonly unitBy?: { readonly field: string; readonly units: Readonly<Record<string, Unit>> };
  /** The column that holds the same figure as the publisher also publishes it rounded. */
  readonly rounded?: string;
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
  /** The codelist, where not ISO 3166-1 alpha-2. */
  readonly codelist?: string;
  /** Labels of codes (from the release's own documentation); a code without one is labelled by `labelField` of its row, else refused. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The field of the row that labels the code (UNHCR's `location`). */
  readonly labelField?: string;
}

/** Rows of an extract that are events (IDMC's disasters): one event per row. */
export interface EventConfig {
  readonly file: string;
  /** The event id: with `{n}`, the row's 1-based number among the file's rows. */
  readonly id: string;
  /** The field holding the event's name, as written: the label. */
  readonly labelField: string;
  readonly start: string;
  readonly startAccuracy: string;
  readonly end: string;
  readonly endAccuracy: string;
  readonly attribution?: string;
}

/** A check, row by row, that a total column equals the sum of part columns of the same row; a row where it does not gets a sum relation with the discrepancy. */
export interface RowSumConfig {
  readonly file: string;
  readonly total: string;
  readonly parts: readonly string[];
  readonly discrepancyNote: string;
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
  /** Events read from rows (each row once), and the dimension that links a figure to its event. */
  readonly events?: { readonly config: EventConfig; readonly dimension: string };
  /** Row-by-row sum checks. */
  readonly rowSums?: readonly RowSumConfig[];
  /** The measures whose years the title's `{years}` states (all, by default). */
  readonly titleMeasures?: readonly string[];
  /** The observation the module's `@example` shows (or its whole id, for a dataset whose ids do not end with the year): its id without the year (`idps`, `emigrant-stock-ru`); the latest year is taken. */
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
  /** Columns of a file that hold figures besides those a series reads: a figure in one fails the import (nothing is dropped unseen). */
  readonly valueColumns?: Readonly<Record<string, readonly string[]>>;
  /** The extract files of the folder this release reads (all, by default): two releases may share a folder. */
  readonly files?: readonly string[];
  /**
   * Cells that are not figures: `missing` (as written, unquoted: `NA`, or empty) is never a
   * figure and never a 0; with `zeros: 'omit'`, a cell written 0 is not held as a figure when
   * its row states a non-zero figure in another column (every row does: the importer checks it).
   */
  readonly cells?: { readonly missing: readonly string[]; readonly zeros: 'omit' };
}
