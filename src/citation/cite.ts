import { describe } from '../helpers/errors.js';
// From the helpers' index, so that the Node build's root shares the one class with helpers.mjs (instanceof holds).
import { UnknownIdError } from '../helpers/index.js';
import type { FigureId } from '../model/dataset.js';
import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import type { Observation } from '../model/observation.js';
import type { Source } from '../model/source.js';
import { sources } from '../sources/index.js';
import { cslDate, yearsOf } from './cslDate.js';
import type { CslItem } from './cslItem.js';
import { cslText } from './cslText.js';
import { locatorText } from './locatorText.js';
import { packageCitation } from './packageCitation.js';
import { sourceToCsl } from './sourceToCsl.js';
import { toBibtex } from './toBibtex.js';
import { toBiblatex } from './toBiblatex.js';
import { bodyName } from './bodyName.js';
import { licenseText, retrievedText } from './releaseText.js';
import type { ChainRole } from '../model/chainLink.js';

/**
 * A citation in four forms: `text`, plain text (one reference a line); `csl`, CSL-JSON items
 * (for Zotero, Pandoc, citeproc); `bibtex`, entries that classic BibTeX reads (standard entry
 * types and fields only); `biblatex`, entries for biblatex and biber (`@online`, `@dataset`,
 * `@software`). Each holds, in this order, what is cited (for a figure: the body the document
 * attributes it to, each body it came through, then the document with the figure's locator),
 * then the dataset where one is cited, then this library with its version. For a figure,
 * `chain` names every link in one phrase ("Office of the United Nations High Commissioner for
 * Refugees (UNHCR) (2006), as compiled by Internal Displacement Monitoring Centre (IDMC), as
 * cited in …"); the text starts with it, and every format carries it in a note.
 *
 * @example
 * ```ts
 * import { cite, internationalMigration } from 'azerbaijan-data';
 * import type { Citation } from 'azerbaijan-data';
 * const c: Citation = cite(internationalMigration);
 * c.csl.at(-1)?.type; //=> 'software'
 * ```
 */
export interface Citation {
  readonly text: string;
  readonly csl: readonly CslItem[];
  readonly bibtex: string;
  readonly biblatex: string;
  /** For a figure: its whole chain of attribution, from the body to the document, as one phrase. */
  readonly chain?: string;
}

/** The library as a CSL item: title, version, date of the version. */
function packageItem(): CslItem {
  return {
    id: packageCitation.name,
    type: 'software',
    title: packageCitation.title,
    version: packageCitation.version,
    issued: cslDate(packageCitation.date),
    note: `${packageCitation.authors}; npm package ${packageCitation.name}`,
  };
}

/** A dataset of the library as a CSL item, part of the library at its version. */
function datasetItem(d: Dataset, extraNote?: string): CslItem {
  return {
    id: `${packageCitation.name}-${d.id}`,
    type: 'dataset',
    title: d.title,
    'container-title': `${packageCitation.name} ${packageCitation.version}`,
    version: d.version,
    issued: cslDate(packageCitation.date),
    note: [`Dataset ${d.id} of ${packageCitation.name}, content SHA-256 ${d.sha256}`, ...(extraNote ? [extraNote] : [])].join('. '),
  };
}

/** A short reference to a document, for "as cited in": title, publisher (or authors), year. */
function shortReference(s: Source): string {
  const year = s.published ? `${s.published.basis === 'inferred' ? 'c. ' : ''}${yearsOf(cslDate(s.published.date))}` : 'n.d.';
  const by = s.publisher ?? s.authors?.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', ');
  return `"${s.title}" (${by !== undefined ? `${by}, ` : ''}${year})`;
}

function citationOf(items: readonly CslItem[], chain?: string): Citation {
  return Object.freeze({
    text: `${chain !== undefined ? `Cited as: ${chain}.\n` : ''}${items.map(cslText).join('\n')}\n`,
    csl: Object.freeze(items.map((i) => Object.freeze(i))),
    bibtex: toBibtex(items),
    biblatex: toBiblatex(items),
    ...(chain !== undefined ? { chain } : {}),
  });
}

function sourceById(d: Dataset, id: string): Source {
  const s = d.sources.find((x) => x.id === id) ?? sources.find((x) => x.id === id);
  if (s === undefined) throw new RangeError(`cite: dataset "${d.id}" names source "${id}", which is not among its sources`);
  return s;
}

/**
 * A figure's chain of attribution as one phrase: the body with the figure's date, each link
 * with its role ("as compiled by", "as reported by", "as cited in"), then the document with the
 * locator, or, for a statistical release, "in" the release "as retrieved from" its copy.
 */
function chainOf(d: Dataset, figure: Observation | Event, document: Source, where: string): string {
  const parts: string[] = [];
  if (figure.attribution !== undefined) {
    const body = sourceById(d, figure.attribution);
    const date = body.published !== undefined ? `${body.published.basis === 'inferred' ? 'c. ' : ''}${yearsOf(cslDate(body.published.date))}` : 'period' in figure ? yearsOf(cslDate(figure.period)) : undefined;
    parts.push(`${bodyName(body)}${date !== undefined ? ` (${date})` : ''}`);
    for (const link of figure.via ?? []) parts.push(`${roles[link.role]} ${bodyName(sourceById(d, link.source))}`);
  }
  if (document.form === 'dataset') {
    const release = [document.publisher, document.title, document.edition].filter((x): x is string => x !== undefined).join(', ');
    const retrieved = retrievedText(document, figure.locator.file);
    parts.push(`${parts.length > 0 ? 'in ' : ''}${release}${retrieved !== undefined ? `, ${retrieved}` : ''}${where ? `, ${where}` : ''}`);
  } else {
    parts.push(`${parts.length > 0 ? 'as cited in ' : ''}${shortReference(document)}${where ? `, ${where}` : ''}`);
  }
  return parts.join(', ');
}

const roles: Record<ChainRole, string> = { compiledBy: 'as compiled by', reportedBy: 'as reported by', citedIn: 'as cited in' };
const roleNotes: Record<ChainRole, string> = { compiledBy: 'Compiled', reportedBy: 'Reported', citedIn: 'Cited' };

function figureCitation(d: Dataset, figure: Observation | Event): Citation {
  const document = sourceById(d, figure.source);
  const where = locatorText(figure.locator);
  const ownCitation = figure.citation !== undefined ? `; the document's own citation: "${figure.citation}"` : '';
  const chain = chainOf(d, figure, document, where);
  const licences = [document, ...(figure.attribution !== undefined ? [sourceById(d, figure.attribution)] : [])].map(licenseText).filter((x): x is string => x !== undefined);
  const items: CslItem[] = [];
  if (figure.attribution !== undefined) {
    items.push(sourceToCsl(sourceById(d, figure.attribution), `${chain}${ownCitation}`));
    const body = bodyName(sourceById(d, figure.attribution));
    for (const link of figure.via ?? []) {
      items.push(sourceToCsl(sourceById(d, link.source), `${roleNotes[link.role]} the figure of ${body}, in the chain: ${chain}`));
    }
  }
  items.push(sourceToCsl(document, `${where}${ownCitation}`));
  items.push(datasetItem(d, [`${'qualifier' in figure ? 'Observation' : 'Event'} ${figure.id}`, ...licences].join('. ')));
  items.push(packageItem());
  return citationOf(items, chain);
}

function isDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && Array.isArray((value as Dataset).observations) && Array.isArray((value as Dataset).sources);
}

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && typeof (value as Source).kind === 'string' && typeof (value as Source).title === 'string' && typeof (value as Source).id === 'string';
}

/**
 * How to cite a source, a dataset, or one figure of a dataset (an observation or an event, by its
 * id), as plain text, CSL-JSON, BibTeX and biblatex, always with this library's own citation (name, version,
 * date of the version).
 *
 * - A **source**: its bibliographic record (title, the publication it is part of, publisher,
 *   authors the text names, date with an inferred one marked, address); a body the documents cite
 *   says which documents cite it.
 * - A **dataset**: the dataset (title, version, content hash) as part of the library, then every
 *   document it is drawn from and every body they attribute its figures to.
 * - A **figure**: its whole chain of attribution (`chain`): the body the document attributes
 *   it to, each body it came through in order ("as compiled by", "as reported by", "as cited
 *   in"), then the document with the locator (section, table, row, column, footnote, or a
 *   release's file and line, "as retrieved from" its repository at a commit) and the document's
 *   own citation; each body and the document as a reference; then the dataset, with the licence
 *   and required attribution of a release, and the library.
 *
 * Runs in `O(n)` in the dataset's figures and sources.
 *
 * @throws {TypeError} when the first argument is neither a dataset nor a source of the library.
 * @throws {@link UnknownIdError} (a `RangeError`) when the dataset has no observation or event with
 *   that id (an id that was not a literal): the message names the closest ids it has.
 * @example
 * ```ts
 * import { cite, idpEstimatesIdmc, remittanceFlows } from 'azerbaijan-data';
 * const c = cite(remittanceFlows, 'inward-remittances-2010');
 * c.csl.map((item) => item.id);
 * //=> ['world-bank-factbook-2011', 'migration-country-report-azerbaijan', 'azerbaijan-data-remittance-flows', 'azerbaijan-data']
 * c.text.startsWith('Cited as: World Bank, "Migration and Remittances Factbook 2011, 2nd edition" (2011), as cited in'); //=> true
 * cite(idpEstimatesIdmc, 'idps-unhcr-2006').chain?.includes('(2006), as compiled by Internal Displacement Monitoring Centre (IDMC), as cited in'); //=> true
 * ```
 */
export function cite<S extends Source | Dataset>(subject: S, figureId?: S extends Dataset ? FigureId<S> : never): Citation {
  if (isDataset(subject)) {
    if (figureId !== undefined) {
      if (typeof figureId !== 'string') throw new TypeError(`cite: the figure id must be a string; received ${describe(figureId)}`);
      const figure = subject.observations.find((o) => o.id === figureId) ?? subject.events.find((e) => e.id === figureId);
      if (figure === undefined) {
        throw new UnknownIdError('cite', subject.id, 'figure', figureId, [...subject.observations, ...subject.events].map((f) => f.id));
      }
      return figureCitation(subject, figure);
    }
    const figures = [...subject.observations, ...subject.events];
    const used = new Set(figures.map((f) => f.source));
    const documents = subject.sources.filter((s) => used.has(s.id));
    const bodies = subject.sources.filter((s) => !used.has(s.id));
    /** The documents of this dataset that attribute figures to a body (else those of its documents that cite it). */
    const citing = (body: Source): string[] => {
      const attributing = new Set(figures.filter((f) => f.attribution === body.id).map((f) => f.source));
      return attributing.size > 0 ? [...attributing] : (body.citedIn ?? []).filter((id) => used.has(id));
    };
    const items = [
      datasetItem(subject),
      ...documents.map((s) => sourceToCsl(s, 'A source document of the dataset')),
      ...bodies.map((s) => {
        const ids = citing(s);
        return sourceToCsl(s, `Cited for figures of the dataset${ids.length > 0 ? ` in ${ids.map((id) => shortReference(sourceById(subject, id))).join('; ')}` : ''}`);
      }),
      packageItem(),
    ];
    return citationOf(items);
  }
  if (isSource(subject)) {
    if (figureId !== undefined) throw new TypeError(`cite: a figure id goes with a dataset, not with source "${subject.id}"`);
    const citedIn = (subject.citedIn ?? []).map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
    const note = citedIn.length > 0 ? `Cited in ${citedIn.map(shortReference).join('; ')}` : undefined;
    return citationOf([sourceToCsl(subject, note), packageItem()]);
  }
  throw new TypeError(`cite: expected a dataset or a source of azerbaijan-data (for example cite(internationalMigration)); received ${describe(subject)}`);
}
