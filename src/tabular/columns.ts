/** A column of the CSV exports: its Table Schema type, whether a row may leave it empty, and what it holds. */
export interface ColumnInfo {
  readonly type: 'string' | 'number' | 'integer';
  readonly required: boolean;
  readonly description: string;
}

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
  qualifier: {
    type: 'string',
    required: true,
    description: 'exact; approximate (almost, around, some); atLeast (more than); atMost (up to, less than); range (low and high, no value).',
  },
  wording: { type: 'string', required: false, description: "The source's own qualifier word (\"almost\", \"more than\"); empty for exact figures." },
  value: { type: 'number', required: false, description: 'The figure, in unit, as the source states it (never rescaled); empty for a range.' },
  low: { type: 'number', required: false, description: 'The low end of a range; empty for any other qualifier.' },
  high: { type: 'number', required: false, description: 'The high end of a range; empty for any other qualifier.' },
  unit: { type: 'string', required: true, description: 'The unit of value, low and high (persons, thousand-persons, percent, million-usd…).' },
  period: { type: 'string', required: true, description: 'The time the figure describes, ISO 8601: a year, month, date or interval start/end.' },
  sourceId: { type: 'string', required: true, description: 'Id of the document the figure is read from.' },
  sourceTitle: { type: 'string', required: true, description: 'Title of that document.' },
  sourceKind: { type: 'string', required: true, description: 'Kind of body that speaks in the document (government, ngo, intergovernmental, monitor, media, academic).' },
  attribution: { type: 'string', required: false, description: 'Id of the body the document attributes the figure to, where it names one.' },
  locatorSection: { type: 'string', required: true, description: "The document's section heading under which the figure stands." },
  locatorTable: { type: 'string', required: false, description: 'The table the figure stands in, where it is a table cell.' },
  locatorRow: { type: 'string', required: false, description: "The table row's label." },
  locatorColumn: { type: 'string', required: false, description: "The table column's label." },
  locatorFootnote: { type: 'integer', required: false, description: "The number of the document's footnote that carries its citation." },
  citation: { type: 'string', required: false, description: "The document's own upstream citation for the figure (its footnote text)." },
  quote: { type: 'string', required: true, description: 'The shortest verbatim fragment of the document that contains the figure.' },
  asWritten: { type: 'string', required: true, description: 'The figure exactly as the document writes it ("1,432.6", "twenty", "30,000 – 50,000").' },
  note: { type: 'string', required: false, description: 'What a user must know about this figure.' },
};

/** The columns of `data/<id>.events.csv`, one row per dated event, in order. */
export const eventColumns: Readonly<Record<string, ColumnInfo>> = {
  datasetId: { type: 'string', required: true, description: 'Id of the dataset the row belongs to.' },
  eventId: { type: 'string', required: true, description: 'Id of the event, unique within its dataset.' },
  label: { type: 'string', required: true, description: 'What happened.' },
  date: { type: 'string', required: true, description: 'When, ISO 8601: a year, month, date or interval start/end.' },
  dateBasis: { type: 'string', required: true, description: 'stated (the document prints the date) or inferred (read from the text, such as a weekday against the article date).' },
  sourceId: { type: 'string', required: true, description: 'Id of the document the event is read from.' },
  sourceTitle: { type: 'string', required: true, description: 'Title of that document.' },
  attribution: { type: 'string', required: false, description: 'Id of the body the document attributes the statement to, where it names one.' },
  locatorSection: { type: 'string', required: true, description: "The document's section heading under which the event stands." },
  locatorTable: { type: 'string', required: false, description: 'The table, where the event stands in one.' },
  locatorRow: { type: 'string', required: false, description: "The table row's label." },
  locatorColumn: { type: 'string', required: false, description: "The table column's label." },
  locatorFootnote: { type: 'integer', required: false, description: "The number of the document's footnote that carries its citation." },
  citation: { type: 'string', required: false, description: "The document's own upstream citation (its footnote text)." },
  quote: { type: 'string', required: true, description: 'The shortest verbatim fragment of the document that states the event.' },
  asWritten: { type: 'string', required: true, description: 'The date exactly as the document writes it.' },
  note: { type: 'string', required: false, description: 'What a user must know about this event.' },
};
