import { describe } from '../helpers/errors.js';
import type { Statement } from '../helpers/estimates.js';
// cite is one of the helpers (helpers.mjs in the Node build bundles it with this class, so instanceof holds).
import { UnknownIdError } from '../helpers/unknownIdError.js';
import type { FigureId } from '../model/dataset.js';
import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import type { Observation } from '../model/observation.js';
import type { Source } from '../model/source.js';
import { corporateAuthor } from './corporateAuthor.js';
import { documentReferences } from './documentReferences.js';
import { shortReference } from './shortReference.js';
import type { Reference } from './reference.js';
import { cslDate, yearsOf } from './cslDate.js';
import type { CslItem } from './cslItem.js';
import { cslText } from './cslText.js';
import { locatorText } from './locatorText.js';
import { packageCitation } from './packageCitation.js';
import { sourceToCsl } from './sourceToCsl.js';
import { toBibtex } from './toBibtex.js';
import { toBiblatex } from './toBiblatex.js';
import { bodyName } from './bodyName.js';
import { editionFor, licenseText, retrievedText } from './releaseText.js';
import type { ChainRole } from '../model/chainLink.js';

/**
 * A citation in four forms: `text`, plain text (one reference a line); `csl`, CSL-JSON items
 * (for Zotero, Pandoc, citeproc); `bibtex`, entries that classic BibTeX reads (standard entry
 * types and fields only, which BibTeX with `plain.bst` reads without a warning); `biblatex`,
 * entries for biblatex and biber (`@online`, `@dataset`, `@software`). Each holds, in this
 * order, what is cited (for a figure: the body the document attributes it to, each body it came
 * through, then the document with the figure's locator), then the dataset where one is cited,
 * then this library with its version. For a figure, `chain` names every link in one phrase
 * ("Office of the United Nations High Commissioner for Refugees (UNHCR), figure for 2006, as
 * compiled by Internal Displacement Monitoring Centre (IDMC), as cited in …": a body with no
 * publication has the figure's period, said as such, never a year in parentheses that would
 * read as its year of publication); the text starts with it, and every format carries it in a
 * note.
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

/** The library as a reference: title, version, date of the version; its contributors the author. */
function packageItem(): Reference {
  return { item: packageCsl(), corporateAuthor: packageCitation.authors };
}

function packageCsl(): CslItem {
  return {
    id: packageCitation.name,
    type: 'software',
    title: packageCitation.title,
    version: packageCitation.version,
    issued: cslDate(packageCitation.date),
    note: `${packageCitation.authors}; npm package ${packageCitation.name}`,
  };
}

/** A dataset of the library as a reference, part of the library at its version. */
function datasetItem(d: Dataset, extraNote?: string): Reference {
  return { item: datasetCsl(d, extraNote), corporateAuthor: packageCitation.authors };
}

function datasetCsl(d: Dataset, extraNote?: string): CslItem {
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

/** A source as a reference: its CSL item, and the body that is its author where it names no person. */
function sourceReference(s: Source, extraNote?: string, file?: string): Reference {
  const body = corporateAuthor(s);
  return { item: sourceToCsl(s, extraNote, file), ...(body !== undefined ? { corporateAuthor: body } : {}) };
}

function citationOf(references: readonly Reference[], chain?: string): Citation {
  const items = references.map((r) => r.item);
  return Object.freeze({
    text: `${chain !== undefined ? `Cited as: ${chain}.\n` : ''}${items.map(cslText).join('\n')}\n`,
    csl: Object.freeze(items.map((i) => Object.freeze(i))),
    bibtex: toBibtex(references),
    biblatex: toBiblatex(references),
    ...(chain !== undefined ? { chain } : {}),
  });
}

function sourceById(d: Dataset, id: string): Source {
  const s = d.sources.find((x) => x.id === id);
  if (s === undefined) throw new RangeError(`cite: dataset "${d.id}" names source "${id}", which is not among its sources`);
  return s;
}

/**
 * A figure's chain of attribution as one phrase: the body, with the year of its publication
 * where it is one ("(2011)"), else the figure's period, said as such ("figure for 2006", so that
 * it does not read as a year of publication); each link
 * with its role ("as compiled by", "as reported by", "as cited in"), then the document with the
 * locator, or, for a statistical release, "in" the release "as retrieved from" its copy.
 */
function chainOf(d: Dataset, figure: Observation | Event, document: Source, where: string): string {
  const parts: string[] = [];
  if (figure.attribution !== undefined) {
    const body = sourceById(d, figure.attribution);
    const date =
      body.published !== undefined
        ? ` (${body.published.basis === 'inferred' ? 'c. ' : ''}${yearsOf(cslDate(body.published.date))})`
        : 'period' in figure
          ? `, figure for ${yearsOf(cslDate(figure.period))}`
          : '';
    parts.push(`${bodyName(body)}${date}`);
    for (const link of figure.via ?? []) parts.push(`${roles[link.role]} ${bodyName(sourceById(d, link.source))}`);
  }
  if (document.form === 'dataset') {
    const file = copyFile(figure);
    const release = [document.publisher, document.title, editionFor(document, file)].filter((x): x is string => x !== undefined).join(', ');
    const retrieved = retrievedText(document, file);
    parts.push(`${parts.length > 0 ? 'in ' : ''}${release}${retrieved !== undefined ? `, ${retrieved}` : ''}${where ? `, ${where}` : ''}`);
  } else {
    parts.push(`${parts.length > 0 ? 'as cited in ' : ''}${shortReference(document)}${where ? `, ${where}` : ''}`);
  }
  return parts.join(', ');
}

/** The file of the release's copy a figure comes from: the binary file its data file was written out from, else that data file. */
function copyFile(figure: Observation | Event): string | undefined {
  return figure.locator.writtenFrom?.file ?? figure.locator.file;
}

const roles: Record<ChainRole, string> = { compiledBy: 'as compiled by', reportedBy: 'as reported by', citedIn: 'as cited in' };
const roleNotes: Record<ChainRole, string> = { compiledBy: 'Compiled', reportedBy: 'Reported', citedIn: 'Cited' };

/**
 * A figure's chain of attribution, the `chain` of `cite(d, figure.id)` for the figure that id
 * finds, without building the references of the four formats: for the tables that carry the
 * chain of every figure (src/tabular/provenance.ts). Internal: not part of the public API.
 */
export function figureChain(d: Dataset, figure: Observation | Event): string {
  return chainOf(d, figure, sourceById(d, figure.source), locatorText(figure.locator));
}

function figureCitation(d: Dataset, figure: Observation | Event): Citation {
  const document = sourceById(d, figure.source);
  const where = locatorText(figure.locator);
  const ownCitation = figure.citation !== undefined ? `; the document's own citation: "${figure.citation}"` : '';
  const chain = chainOf(d, figure, document, where);
  const licences = [document, ...(figure.attribution !== undefined ? [sourceById(d, figure.attribution)] : [])].map(licenseText).filter((x): x is string => x !== undefined);
  const references: Reference[] = [];
  if (figure.attribution !== undefined) {
    references.push(sourceReference(sourceById(d, figure.attribution), `${chain}${ownCitation}`));
    const body = bodyName(sourceById(d, figure.attribution));
    for (const link of figure.via ?? []) {
      references.push(sourceReference(sourceById(d, link.source), `${roleNotes[link.role]} the figure of ${body}, in the chain: ${chain}`));
    }
  }
  references.push(sourceReference(document, `${where}${ownCitation}`, copyFile(figure)));
  const period = 'period' in figure ? ` (${figure.period})` : '';
  references.push(datasetItem(d, [`${'qualifier' in figure ? 'Observation' : 'Event'} ${figure.id}${period}`, ...licences].join('. ')));
  references.push(packageItem());
  return citationOf(references, chain);
}

const figureIndexes = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, unknown> | null>();

/**
 * The figures of an array by id (the first of an id where two share it), built once for a frozen
 * array of frozen figures (the library's: nothing can change under the index, so citing every
 * figure of a dataset is linear, not quadratic); `undefined` for any other array, whose figures
 * are looked up one by one.
 */
function indexById<F extends { readonly id: string }>(figures: readonly F[]): ReadonlyMap<string, F> | undefined {
  if (!Array.isArray(figures) || !Object.isFrozen(figures)) return undefined;
  let index = figureIndexes.get(figures);
  if (index === undefined) {
    index = figures.every((f) => Object.isFrozen(f)) ? new Map() : null;
    if (index !== null) for (const f of figures) if (!index.has(f.id)) (index as Map<string, F>).set(f.id, f);
    figureIndexes.set(figures, index);
  }
  return (index ?? undefined) as ReadonlyMap<string, F> | undefined;
}

/** The figure of an array with that id (the first), else `undefined`. */
function byId<F extends { readonly id: string }>(figures: readonly F[], id: string): F | undefined {
  const index = indexById(figures);
  return index !== undefined ? index.get(id) : figures.find((f) => f.id === id);
}

function isDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && Array.isArray((value as Dataset).observations) && Array.isArray((value as Dataset).sources);
}

function isStatement(value: unknown): value is Statement {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Statement;
  return typeof s.observationId === 'string' && typeof s.observation === 'object' && s.observation !== null && isDataset(s.heldIn);
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
 * - A **statement** of `estimates()`: the figure it stands for, as `cite(dataset, figureId)`
 *   cites it (a statement carries its dataset as `heldIn`, so its plain-string id needs no cast).
 *
 * Runs in `O(n)` in the dataset's figures and sources (a figure of the library's frozen datasets is
 * found by an index built once per dataset).
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
 * cite(idpEstimatesIdmc, 'idps-unhcr-2006').chain?.includes('(UNHCR), figure for 2006, as compiled by Internal Displacement Monitoring Centre (IDMC), as cited in'); //=> true
 * ```
 * @example
 * ```ts
 * import { cite, datasets, estimates } from 'azerbaijan-data';
 * const newest = estimates('idps', datasets).at(-1)!;
 * cite(newest).csl.map((item) => item.id).at(-2) === `azerbaijan-data-${newest.dataset}`; //=> true
 * cite(newest.heldIn, newest.observationId).text === cite(newest).text; //=> true
 * ```
 */
export function cite(statement: Statement): Citation;
export function cite<S extends Source | Dataset>(subject: S, figureId?: S extends Dataset ? FigureId<S> : never): Citation;
export function cite(subject: Source | Dataset | Statement, figureId?: string): Citation {
  if (isDataset(subject)) {
    if (figureId !== undefined) {
      if (typeof figureId !== 'string') throw new TypeError(`cite: the figure id must be a string; received ${describe(figureId)}`);
      const figure = byId(subject.observations, figureId) ?? byId(subject.events, figureId);
      if (figure === undefined) {
        throw new UnknownIdError('cite', subject.id, 'figure', figureId, [...subject.observations, ...subject.events].map((f) => f.id));
      }
      return figureCitation(subject, figure);
    }
    const figures = [...subject.observations, ...subject.events];
    const used = new Set(figures.map((f) => f.source));
    const own = subject.sources.filter((s) => used.has(s.id));
    const bodies = subject.sources.filter((s) => !used.has(s.id));
    /** The documents of this dataset that attribute figures to a body (else those of its documents that cite it). */
    const citing = (body: Source): string[] => {
      const attributing = new Set(figures.filter((f) => f.attribution === body.id).map((f) => f.source));
      return attributing.size > 0 ? [...attributing] : (body.citedIn ?? []).filter((id) => used.has(id));
    };
    const references = [
      datasetItem(subject),
      ...own.map((s) => sourceReference(s, 'A source document of the dataset')),
      ...bodies.map((s) => {
        const ids = citing(s);
        return sourceReference(s, `Cited for figures of the dataset${ids.length > 0 ? ` in ${ids.map((id) => shortReference(sourceById(subject, id))).join('; ')}` : ''}`);
      }),
      packageItem(),
    ];
    return citationOf(references);
  }
  if (isStatement(subject)) {
    if (figureId !== undefined) throw new TypeError(`cite: a statement names its figure; cite(statement) takes no figure id (received ${describe(figureId)})`);
    const figure = byId(subject.heldIn.observations, subject.observationId);
    if (figure === undefined) throw new UnknownIdError('cite', subject.heldIn.id, 'figure', subject.observationId, subject.heldIn.observations.map((o) => o.id));
    return figureCitation(subject.heldIn, figure);
  }
  if (isSource(subject)) {
    if (figureId !== undefined) throw new TypeError(`cite: a figure id goes with a dataset, not with source "${subject.id}"`);
    // The documents by their short references, generated from the catalogue: their records stay out of a bundle.
    const citedIn = (subject.citedIn ?? []).map((id) => documentReferences[id]).filter((r): r is string => r !== undefined);
    const note = citedIn.length > 0 ? `Cited in ${citedIn.join('; ')}` : undefined;
    return citationOf([sourceReference(subject, note), packageItem()]);
  }
  throw new TypeError(`cite: expected a dataset or a source of azerbaijan-data (for example cite(internationalMigration)); received ${describe(subject)}`);
}
