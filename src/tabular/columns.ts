/**
 * A column of the CSV exports: its Table Schema type (`object` is a JSON object written as
 * text), whether a row may leave it empty, what it holds, and a pattern its text must match.
 */
export interface ColumnInfo {
  readonly type: 'string' | 'number' | 'integer' | 'object';
  readonly required: boolean;
  readonly description: string;
  readonly pattern?: string;
  /** The Table Schema `format` of a string column (`uri`), where it has one. */
  readonly format?: 'uri';
}

/**
 * The column name of the dataset key in every table the package ships (`data/*.csv`, the
 * Parquet files, the HXL table, `datapackage.json`) and in `export`: one name, so that a join
 * between any two of them needs no renaming (`JOIN … USING (datasetId)`).
 */
export const datasetKey = 'datasetId';

/** The column name of the observation key in every table the package ships (see {@link datasetKey}). */
export const observationKey = 'observationId';

/** An ISO 8601 year, month, date or interval of them, as `period` and `date` hold them. */
export const isoPeriodPattern = '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$';

/**
 * The fixed columns of `data/<id>.csv` (the columns of `toRows`), described for the Table
 * Schema of `data/datapackage.json` and for the docs. Dimension columns are described per
 * dataset.
 */
export const observationColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: { type: 'string', required: true, description: 'Id of the dataset the row belongs to.' },
  observationId: { type: 'string', required: true, description: 'Id of the observation, unique within its dataset.' },
  measure: { type: 'string', required: true, description: 'What is measured (measure id). The same id in several datasets marks statements of the same figure.' },
  measureLabel: { type: 'string', required: true, description: 'The label of the measure.' },
  topic: { type: 'string', required: true, description: "The topic of the row's dataset (as in datasets.csv), so that a table can be filtered by topic without a join." },
  qualifier: {
    type: 'string',
    required: true,
    description: 'exact; approximate (almost, around, some); atLeast (more than); atMost (up to, less than); range (low and high, no value).',
  },
  wording: { type: 'string', required: false, description: "The source's own qualifier word (\"almost\", \"more than\"); empty for exact figures." },
  value: { type: 'number', required: false, description: 'The figure, in unit, as the source states it (never rescaled); empty for a range.' },
  low: { type: 'number', required: false, description: 'The low end of a range; empty for any other qualifier.' },
  high: { type: 'number', required: false, description: 'The high end of a range; empty for any other qualifier.' },
  roundedValue: { type: 'number', required: false, description: "The same figure as its publisher also publishes it, rounded, beside the unrounded value (IDMC's total_displacement_rounded), in unit; empty where the publisher gives no rounded figure. value stays the unrounded figure." },
  roundedColumn: { type: 'string', required: false, description: "The publisher's column that holds roundedValue (total_displacement_rounded, new_displacement_rounded); empty where roundedValue is." },
  figure: { type: 'string', required: true, description: 'The figure with its qualifier, as text, for a table or a pivot that shows it: 579,000 (exact), ≈ 1,000 (approximate), ≥ 1,000 (atLeast), ≤ 700,000 (atMost), 30,000–50,000 (range); in unit.' },
  unit: { type: 'string', required: true, description: 'The unit of value, low and high (persons, thousand-persons, percent, million-usd…).' },
  period: { type: 'string', required: true, pattern: isoPeriodPattern, description: 'The time the figure describes, ISO 8601 text: a year, month, date or interval start/end (text in every file, never a number).' },
  sourceId: { type: 'string', required: true, description: 'Id of the document the figure is read from.' },
  sourceTitle: { type: 'string', required: true, description: 'Title of that document.' },
  sourceKind: { type: 'string', required: true, description: 'Kind of body that speaks in the document (government, ngo, intergovernmental, monitor, media, academic).' },
  attribution: { type: 'string', required: false, description: 'Id of the body the document attributes the figure to, where it names one.' },
  attributionName: { type: 'string', required: false, description: 'The name of the body the document attributes the figure to, as its citation names it (see attribution); empty where the document names none.' },
  via: { type: 'string', required: false, description: 'The bodies the figure came through between that body and the document, in order, each as sourceId:role (compiledBy, reportedBy or citedIn), separated by "; " (idmc:compiledBy); empty where there are none.' },
  viaNames: { type: 'string', required: false, description: 'The names of those bodies, in the same order, separated by "; ".' },
  statingBody: { type: 'string', required: true, description: 'The body that states the figure, for a pivot: the body the document attributes it to, else the publisher (or author) of the document.' },
  locatorSection: { type: 'string', required: false, description: "The document's section heading under which the figure stands; empty for a figure read from a data file." },
  locatorTable: { type: 'string', required: false, description: 'The table the figure stands in, where it is a table cell.' },
  locatorRow: { type: 'string', required: false, description: "The table row's label." },
  locatorColumn: { type: 'string', required: false, description: "The table column's label." },
  locatorFootnote: { type: 'integer', required: false, description: "The number of the document's footnote that carries its citation." },
  locatorFile: { type: 'string', required: false, description: "The data file of a statistical release the figure is read from (its name as the release gives it, or its path inside the release folder: editions/…)." },
  locatorLine: { type: 'integer', required: false, description: 'The 1-based line of that data file (the header is line 1); locatorColumn names the field.' },
  locatorWrittenFromFile: { type: 'string', required: false, description: "Where locatorFile was written out from a binary file of the release (UNHCR's R package ships .rda files; extract.R writes each table's rows as CSV): that file, as the release folder names it (rda/population.rda); empty for a file the publisher writes itself." },
  locatorWrittenFromTable: { type: 'string', required: false, description: 'The table of that binary file the row was written from (the R data object, population, asylum_decisions…); empty where locatorWrittenFromFile is.' },
  sourceFootnote: { type: 'string', required: false, description: "The document's own footnote for the figure (its upstream citation, as the document prints it); empty where it has none. The column was named citation in version 0.1.0." },
  citation: { type: 'string', required: true, description: 'How to cite the figure: its whole chain, as cite(dataset, id).chain gives it and as its text begins (the attributed body with its date, each body it came through with its role, the document and the locator).' },
  quote: { type: 'string', required: true, description: 'The shortest verbatim fragment of the document that contains the figure.' },
  asWritten: { type: 'string', required: true, description: 'The figure exactly as the document writes it ("1,432.6", "twenty", "30,000 – 50,000").' },
  note: { type: 'string', required: false, description: 'What a user must know about this figure.' },
};

/** The columns of `data/<id>.events.csv`, one row per dated event, in order. */
export const eventColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: { type: 'string', required: true, description: 'Id of the dataset the row belongs to.' },
  eventId: { type: 'string', required: true, description: 'Id of the event, unique within its dataset.' },
  label: { type: 'string', required: true, description: 'What happened.' },
  topic: { type: 'string', required: true, description: "The topic of the row's dataset (as in datasets.csv), so that a table can be filtered by topic without a join." },
  date: { type: 'string', required: true, pattern: isoPeriodPattern, description: 'When, ISO 8601 text: a year, month, date or interval start/end, as precise as the document (see datePrecision).' },
  datePrecision: { type: 'string', required: true, description: 'How precise date is: year, month or day, or year-interval, month-interval, day-interval for a span (1991 is a year, 2000-03 a month, 2006/2008 a year-interval).' },
  dateBasis: { type: 'string', required: true, description: 'stated (the document prints the date) or inferred (read from the text, such as a weekday against the article date).' },
  sourceId: { type: 'string', required: true, description: 'Id of the document the event is read from.' },
  sourceTitle: { type: 'string', required: true, description: 'Title of that document.' },
  attribution: { type: 'string', required: false, description: 'Id of the body the document attributes the event to, where it names one.' },
  attributionName: { type: 'string', required: false, description: 'The name of the body the document attributes the event to, as its citation names it (see attribution); empty where the document names none.' },
  via: { type: 'string', required: false, description: 'The bodies the event came through between that body and the document, in order, each as sourceId:role (compiledBy, reportedBy or citedIn), separated by "; " (idmc:compiledBy); empty where there are none.' },
  viaNames: { type: 'string', required: false, description: 'The names of those bodies, in the same order, separated by "; ".' },
  statingBody: { type: 'string', required: true, description: 'The body that states the event, for a pivot: the body the document attributes it to, else the publisher (or author) of the document.' },
  locatorSection: { type: 'string', required: false, description: "The document's section heading under which the event stands; empty for an event read from a data file." },
  locatorTable: { type: 'string', required: false, description: 'The table, where the event stands in one.' },
  locatorRow: { type: 'string', required: false, description: "The table row's label." },
  locatorColumn: { type: 'string', required: false, description: "The table column's label." },
  locatorFootnote: { type: 'integer', required: false, description: "The number of the document's footnote that carries its citation." },
  locatorFile: { type: 'string', required: false, description: "The data file of a statistical release the figure is read from (its name as the release gives it, or its path inside the release folder: editions/…)." },
  locatorLine: { type: 'integer', required: false, description: 'The 1-based line of that data file (the header is line 1); locatorColumn names the field.' },
  locatorWrittenFromFile: { type: 'string', required: false, description: "Where locatorFile was written out from a binary file of the release (UNHCR's R package ships .rda files; extract.R writes each table's rows as CSV): that file, as the release folder names it (rda/population.rda); empty for a file the publisher writes itself." },
  locatorWrittenFromTable: { type: 'string', required: false, description: 'The table of that binary file the row was written from (the R data object, population, asylum_decisions…); empty where locatorWrittenFromFile is.' },
  sourceFootnote: { type: 'string', required: false, description: "The document's own footnote for the event (its upstream citation, as the document prints it); empty where it has none. The column was named citation in version 0.1.0." },
  citation: { type: 'string', required: true, description: 'How to cite the event: its whole chain, as cite(dataset, id).chain gives it and as its text begins (the attributed body with its date, each body it came through with its role, the document and the locator).' },
  quote: { type: 'string', required: true, description: 'The shortest verbatim fragment of the document that states the event.' },
  asWritten: { type: 'string', required: true, description: 'The date exactly as the document writes it.' },
  note: { type: 'string', required: false, description: 'What a user must know about this event.' },
};

const datasetColumn: ColumnInfo = { type: 'string', required: true, description: 'Id of the dataset the row belongs to (see datasets.csv).' };

/** The columns of a per-dataset table in the long table of every dataset, `extra` columns inserted after `after`. */
function longForm(columns: Readonly<Record<string, ColumnInfo>>, after?: string, extra: Readonly<Record<string, ColumnInfo>> = {}): Readonly<Record<string, ColumnInfo>> {
  const out: Record<string, ColumnInfo> = {};
  for (const [name, info] of Object.entries(columns)) {
    out[name] = name === datasetKey ? datasetColumn : info;
    if (name === after) Object.assign(out, extra);
  }
  return out;
}

/**
 * The columns of `data/observations.csv` (and `.parquet`): every dataset's observations in one
 * long table, with the same columns whatever the dataset. The dimensions are one column of JSON
 * text (`{"country":"RU"}`, `{}` where there are none) instead of one column per dimension.
 */
export const longObservationColumns: Readonly<Record<string, ColumnInfo>> = longForm(observationColumns, 'period', {
  dimensions: { type: 'object', required: true, description: 'The dimension codes of the observation as a JSON object ({"country":"RU"}); {} where it has none. The codes are described in each dataset\'s own CSV resource.' },
});

/** The columns of `data/events.csv` (and `.parquet`): every dataset's events in one long table. */
export const longEventColumns: Readonly<Record<string, ColumnInfo>> = longForm(eventColumns);

/**
 * The columns of `data/relations.csv`: the relations that must hold between observations, one
 * row per member of a relation (a total, a part, a whole, a constant, a remainder…).
 */
export const relationColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: datasetColumn,
  relationId: { type: 'string', required: true, description: 'Id of the relation, unique within its dataset.' },
  member: { type: 'integer', required: true, description: 'Position of the row among the members of its relation, from 1.' },
  kind: { type: 'string', required: true, description: 'sum (total = parts [+ remainder]), difference (result = minuend − subtrahend), share (percent = part / whole), partOf (part counted in whole).' },
  role: { type: 'string', required: true, description: 'What the row is in the relation: total, part, remainder, result, minuend, subtrahend, percent, whole or discrepancy.' },
  observationId: { type: 'string', required: false, description: 'The observation that plays the role; empty for a constant (value and label).' },
  value: { type: 'number', required: false, description: 'A constant of the relation (a total the document states elsewhere, a remainder, a known discrepancy); empty where an observation plays the role.' },
  label: { type: 'string', required: false, description: 'What the constant is, or the note on a discrepancy.' },
  tolerance: { type: 'number', required: false, description: 'How far the relation may be off (in the unit of its figures) and still hold.' },
  description: { type: 'string', required: true, description: 'The relation in words.' },
};

/** The columns of `data/sources.csv`: the sources of every dataset, one row per dataset and source. */
export const sourceColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: datasetColumn,
  sourceId: { type: 'string', required: true, description: 'Id of the source.' },
  title: { type: 'string', required: true, description: 'Title of the document or body.' },
  publisher: { type: 'string', required: false, description: 'Who publishes it, where the document supports one (empty where it names no publisher).' },
  kind: { type: 'string', required: true, description: 'Kind of body that speaks (government, ngo, intergovernmental, monitor, media, academic).' },
  published: { type: 'string', required: false, pattern: isoPeriodPattern, description: 'When it was published, ISO 8601 text.' },
  publishedBasis: { type: 'string', required: false, description: 'stated (the document prints the date) or inferred.' },
  url: { type: 'string', required: false, format: 'uri', description: 'Where it can be found (a URL).' },
  file: { type: 'string', required: false, description: 'For the five source documents: the file name of the text the figures are read from.' },
  sha256: { type: 'string', required: false, pattern: '^[0-9a-f]{64}$', description: "The SHA-256 of that file's bytes." },
  citedIn: { type: 'string', required: false, description: 'For a body a document cites: the ids of the documents that cite it, separated by "; ".' },
  note: { type: 'string', required: false, description: 'What a user must know about the source.' },
};

/** The columns of `data/datasets.csv`: one row per dataset. */
export const datasetColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: { type: 'string', required: true, description: 'Id of the dataset.' },
  title: { type: 'string', required: true, description: 'Title of the dataset.' },
  topic: { type: 'string', required: true, description: 'The topic it belongs to.' },
  version: { type: 'string', required: true, pattern: '^\\d+\\.\\d+\\.\\d+', description: "The semver of the dataset's content." },
  sha256: { type: 'string', required: true, pattern: '^[0-9a-f]{64}$', description: "The SHA-256 of the dataset's canonical content." },
  observations: { type: 'integer', required: true, description: 'How many observations it has.' },
  events: { type: 'integer', required: true, description: 'How many dated events it has.' },
  description: { type: 'string', required: true, description: 'What the dataset holds.' },
};
