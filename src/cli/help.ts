/** The filters of show and export, in their help. */
const filtersHelp = `  --period <years>      a year (2022) or a range of years, ends included (2009-2015 or
                        2009..2015): the figures whose period lies wholly within (2011-04-01
                        is in 2011; 2001/2009 is in 2001-2009, not in 2009)
  --measure <id>        the figures of one measure of the dataset
  --<dimension> <code>  the figures of one code of a dimension of the dataset, by its id:
                        --country RU, --destination RU (the dataset's "dimensions" in
                        show <id> --json name the ids and codes); one code per dimension
  Every filter given must match; a dimension or code the dataset does not have is an error.`;

/** The help text of the command line as a whole and of each command. */
export const help = {
  main: `Usage: azerbaijan-data <command> [options]

Typed, versioned, source-cited datasets on Azerbaijan, from the terminal.

Commands:
  list                  the catalogue: every dataset, by topic
  show <id>             a dataset's observations as a table, with their qualifiers
  export <id>           a dataset as CSV (tidy rows with provenance) or JSON
  compare <measure>     every statement of a measure across sources, like with like
  cite <id> [<figure>]  how to cite a dataset, one figure of it, or a source: text,
                        CSL-JSON, BibTeX or biblatex
  places [<name>]       the gazetteer: a place's names in every script and who uses each;
                        without a name, every place
  lock [<id>…]          write azerbaijan-data.lock.json: each dataset's version, sha256
                        and every figure, to hold the numbers you publish
  verify <lockfile>     check the installed data against a lockfile; name each figure
                        changed, added or dropped, and the changelog entry

Options:
  --json                (list, show, compare, places, verify) one JSON doc on standard output
  --csv                 (compare) every statement as a CSV, for a spreadsheet
  --period <years>      (show, export, compare) a year (2022) or a range of years, ends
                        included (2009-2015 or 2009..2015): the figures whose period lies
                        wholly within
  --<dimension> <code>  (show, export, compare) the figures of one code of a dimension of
                        the dataset: --country RU, --destination RU, --sex female
  -h, --help            this help; "azerbaijan-data <command> --help" for a command's
  -v, --version         the version of the package

Output: results go to standard output; counts and footers (the number of datasets)
to standard error. Text tables fit the terminal's width when standard output is a
terminal (100 columns where it does not say), or $COLUMNS when it is set; piped or
redirected, lines are not wrapped (a row a line). Long cells wrap, and an id is never
broken across lines (where a table cannot fit, each row becomes a block). A misspelt
command, option, dimension, code, dataset id, figure id, measure or place gets the
closest few names ("did you mean"), and every name that contains the word, never the
whole list.

Exit codes: 0 done (a filter that matches nothing is no error: the result is empty); 1
standard output or the --output file cannot be written (a missing folder is not
created; --output - is standard output), or verify found data that differs from the
lockfile; 2 unknown command, option, dimension, code, dataset, measure, place or
format, a --period that is not a year or a range of years, an option given twice, or
a lockfile verify cannot read.
`,
  list: `Usage: azerbaijan-data list [--json]

Prints the catalogue: a row per dataset with its id, topic, number of observations (obs) and
events, version and whole title (wrapped where the width ends it, never cut); the number of
datasets goes to standard error, so that standard output holds only the table.

  --json    one JSON document on standard output:
            { "datasets": [ { "id", "title", "topic", "version", "sha256",
                              "observations", "events", "gaps",  (counts)
                              "measures": [measure ids] } ] }
            e.g. azerbaijan-data list --json | jq -r '.datasets[].id'
`,
  show: `Usage: azerbaijan-data show <id> [--json]
         [--period <years>] [--measure <id>] [--<dimension> <code>]…

Prints a dataset's observations as a table: id, measure, period, dimensions, qualifier (with the
source's own word: almost, more than, up to), value (low–high for a range), unit, source and
attribution; then the cells the source leaves empty and the dated events; then the events the
library's other datasets date within the periods shown, each according to its source. Long
cells wrap to fit the width; the counts of observations, gaps and events go to standard error.
"azerbaijan-data list" names the ids; a misspelt id gets the closest ones.

  --json    the dataset object as one JSON document (that of export <id> --format json):
            id, title, description, topic, version, sha256, units, measures, dimensions,
            sources, observations, relations, events, gaps, notes; and eventsInPeriods, the
            other datasets' events within the periods shown (as in compare --json)
${filtersHelp}`,
  export: `Usage: azerbaijan-data export <id> [--format csv|json|rows] [--output <file>]
         [--period <years>] [--measure <id>] [--<dimension> <code>]…

Writes a dataset to standard output, or to <file> with --output.
  --format csv    tidy rows, one per observation, provenance columns included (default):
                  the columns of data/<id>.csv in the package, each dimension code followed
                  by its label (country RU, countryLabel Russian Federation)
  --format json   the whole dataset object: sources, measures, relations, events, gaps
                  (the events are also in data/<id>.events.csv in the package)
  --format rows   the CSV's rows as one JSON array of objects, labels included
  -o, --output    write to this file instead of standard output
${filtersHelp}
e.g. azerbaijan-data export departures-by-country --period 2010 --country RU
With a filter, the number of observations it keeps goes to standard error.
`,
  compare: `Usage: azerbaijan-data compare <measure> [--json | --csv]
         [--period <years>] [--<dimension> <code>]…

Prints every statement of a measure across the datasets (idps, refugees, net-migration…), by
period, then source, one line per figure, with its qualifier, value, source, attribution and
dataset/observation, and says the period of the newest statement. Like is compared with like:
statements of the same period and dimensions are set against each other (minimum, median,
maximum, spread, each one's deviation from the median); one source's figures of several periods
are a series (first, last, growth). Figures stay in their source's unit, one table per unit.
Statements that are one figure at different rounding say so ("the same figure, rounded" for
one body's figure; "agree once rounded" for two bodies') instead of a spread. The number of
statements and datasets goes to standard error. For a measure of
UNHCR's population table, what changed between the editions the library holds for the periods
shown follows the tables (the rows of data/unhcr-editions.revisions.csv): each figure of two
editions paired by UNHCR's own country codes, and each total of the December 2019 copy beside
the sum of the latest edition's rows. Then the events the library's datasets date within the
periods of the statements shown, each as held and according to its source. Without a measure,
names the measures; a misspelt measure gets the closest ones and every measure whose id
contains the word.

  --period <years>      the statements whose period lies wholly within: 2022, 2009-2015
  --<dimension> <code>  the statements of one code of a dimension: --country RU

  --json    one JSON document on standard output:
            { "measure", "label", "statements" (count), "datasets": [ids], "newestPeriod",
              "comparisons": [ { "unit", "newestPeriod",
                "groups": [ { "period", "dimensions", "statements": ["dataset/observation"],
                  "min", "median", "max", "spread", "overlap",
                  "rounding": null | { "kind": "sameFigure"|"agreesAtPrecision",
                    "precise": statement, "rounded": [ { "statement", "precision" } ] } } ],
                "series": [ { "source", "attribution", "dimensions", "periods",
                  "statements", "first", "last", "change", "growth" } ],
                "estimates": [ { "datasetId", "observationId", "period", "dimensions",
                  "dimensionLabels",
                  "qualifier", "wording", "interval": [low, high], "point", "deviation",
                  "source", "sourceTitle", "attribution", "attributionPublisher" } ] } ],
              "events": [ { "datasetId", "eventId", "date", "dateBasis", "label", "source",
                "attribution", "via", "according", "locator", "quote", "asWritten", "note",
                "periods" } ],
              "editions": [ { "comparison": "editions"|"total-and-rows", "period",
                "origin", "asylum", "change", "earlier": statement, "earlierValue",
                "later": [statement], "laterValue", "difference" } ] }
            one comparison per unit, figures in it; null where there is none
  --csv     every statement as a CSV, one row each (no filter): measure, datasetId,
            observationId, topic, period, dimensions, qualifier, value, low, high, unit,
            asWritten, statedBy, source, attribution and chain, citation (the chain, as
            cite() gives it), sourceFootnote, locator, quote, note (the rows of the measure
            in data/competing-estimates.csv and data/<view>.csv)
`,
  cite: `Usage: azerbaijan-data cite <id> [<figure>] [--format text|csl|bibtex|biblatex]

Prints how to cite a dataset: the dataset at its version, every document it is drawn from and
every body they attribute its figures to, and this library at its version. <id> may also be a
source id (as in the "source" column of "show"). With <figure>, an observation or event id of
the dataset ("show <id>" names its observations, "show <id> --json" its events too), cites that
figure: its original publication with the locator, the body the document attributes it to,
then the dataset and the library. e.g. azerbaijan-data cite remittance-flows inward-remittances-2003
  --format text     plain text, one reference a line (default)
  --format csl      CSL-JSON, for Zotero, Pandoc and citeproc
  --format bibtex   BibTeX entries of standard types, which classic BibTeX reads
  --format biblatex biblatex entries (@online, @dataset, @software), for biber
`,
  places: `Usage: azerbaijan-data places [<name>] [--json]

With a name, in any language, script or spelling the gazetteer knows (lachin, Berdzor,
Бердзор, Laçın; case and accents aside): every place of that name (a district and its town
are two), each with its names in Azerbaijani (az), English (en), Armenian (hy) and Russian
(ru), who uses each name and whose naming it follows (azerbaijani, armenian, international),
its other spellings, note and the public references the names stand on. The English display
name takes no side: the name both sides use, else the Azerbaijani-usage name with the
Armenian-usage name in brackets. Without a name, every place: id, kind and its four names.

  --json    { "places": [ { "id", "kind", "names": { "az", "en", "hy", "ru" }, "spellings",
                            "usage": [ { "name", "language", "usedBy", "tradition" } ],
                            "references", "iso3166", "within", "note" } ] }
`,
  lock: `Usage: azerbaijan-data lock [<id>…] [--output <file>]

Writes a data lockfile, azerbaijan-data.lock.json (JSON): the package version and, for every
dataset (or only the datasets named), its version, its sha256 and each figure's value by
observation id (qualifier, value or low–high, unit, period) and each event's date. Commit it
with your article or app; "azerbaijan-data verify" checks the installed data against it.
  -o, --output    write to this file instead (--output - for standard output)
`,
  verify: `Usage: azerbaijan-data verify <lockfile> [--json]

Checks the installed data against a lockfile written by "azerbaijan-data lock". Exit code 0
when every locked dataset is installed as locked; 1 when one differs, and then names each
dataset and each figure changed (old → new), added or dropped, with the CHANGELOG.md release
that explains it, or says the data was altered outside a release (content that does not hash to
its sha256, or changed content under the same version). Datasets the lockfile does not name
are not checked. Run it in a test or the build, e.g. "prebuild": "azerbaijan-data verify
azerbaijan-data.lock.json" in package.json. 2 when the lockfile cannot be read.
  --json    the report as one JSON document:
            { "lockfile", "ok", "locked": { "package" }, "installed": { "package" },
              "datasets" (count), "findings": [ { "id", "change", "version": { "from", "to" },
                "sha256": { "from", "to" }, "figures": [ { "id", "change", "from", "to" } ],
                "events": [...], "cause": "release"|"altered", "altered", "releases",
                "explanation" } ] }
`,
} as const;
