/** The help text of the command line as a whole and of each command. */
export const help = {
  main: `Usage: azerbaijan-data <command> [options]

Typed, versioned, source-cited datasets on Azerbaijan, from the terminal.

Commands:
  list                  the catalogue: every dataset, by topic
  show <id>             a dataset's observations as a table, with their qualifiers
  export <id>           a dataset as CSV (tidy rows with provenance) or JSON
  compare <measure>     every statement of a measure across sources, side by side
  cite <id>             how to cite a dataset (or a source): text, CSL-JSON or BibTeX

Options:
  -h, --help            this help; "azerbaijan-data <command> --help" for a command's
  -v, --version         the version of the package

Exit codes: 0 done, 2 unknown command, option, dataset, measure or format.
`,
  list: `Usage: azerbaijan-data list

Prints the catalogue: every dataset with its topic, number of observations, version and title.
`,
  show: `Usage: azerbaijan-data show <id>

Prints a dataset's observations as a table: id, measure, period, dimensions, qualifier (with the
source's own word: almost, more than, up to), value (low–high for a range), unit, source and
attribution; then the cells the source leaves empty and the dated events.
"azerbaijan-data list" names the ids.
`,
  export: `Usage: azerbaijan-data export <id> [--format csv|json] [--output <file>]

Writes a dataset to standard output, or to <file> with --output.
  --format csv    tidy rows, one per observation, provenance columns included (default);
                  the same file as data/<id>.csv in the package
  --format json   the whole dataset object: sources, measures, relations, events, gaps
                  (the events are also in data/<id>.events.csv in the package)
  -o, --output    write to this file instead of standard output
`,
  compare: `Usage: azerbaijan-data compare <measure>

Prints every statement of a measure across the datasets (idps, refugees, net-migration…),
one line per figure, with its period, qualifier, value, unit, source and attribution, so that
competing estimates stand side by side. Without a known measure, names the measures.
`,
  cite: `Usage: azerbaijan-data cite <id> [--format text|csl|bibtex]

Prints how to cite a dataset: the dataset at its version, every document it is drawn from and
every body they attribute its figures to, and this library at its version. <id> may also be a
source id (as in the "source" column of "show"). To cite one figure, use cite(dataset, id).
  --format text     plain text, one reference a line (default)
  --format csl      CSL-JSON, for Zotero, Pandoc and citeproc
  --format bibtex   BibTeX entries
`,
} as const;
