import { z } from 'zod';
import type {
  Author as AuthorType,
  Container as ContainerType,
  DateBasis as DateBasisType,
  License as LicenseType,
  NameInDocument as NameInDocumentType,
  ReleaseCopy as ReleaseCopyType,
  Source as SourceType,
  SourceKind as SourceKindType,
} from '../model/source.js';
import { Period } from './period.js';
import { Slug } from './ids.js';
import { WebUrl } from './webUrl.js';

/**
 * What kind of body speaks in a source. Every figure is attributed to a source of one kind.
 *
 * @example
 * ```ts
 * import { SourceKind } from 'azerbaijan-data/schema';
 * SourceKind.parse('monitor'); //=> 'monitor'
 * ```
 */
export const SourceKind = z.enum(['government', 'ngo', 'intergovernmental', 'monitor', 'media', 'academic']);

/** One of the source kinds of {@link SourceKind}. */
export type SourceKind = SourceKindType;

/**
 * Whether a publication date is printed in the document (`stated`) or read from its contents
 * (`inferred`, for example from its latest figure).
 *
 * @example
 * ```ts
 * import { DateBasis } from 'azerbaijan-data/schema';
 * DateBasis.options; //=> ['stated', 'inferred']
 * ```
 */
export const DateBasis = z.enum(['stated', 'inferred']);

/** `stated` or `inferred`; see {@link DateBasis}. */
export type DateBasis = DateBasisType;

/**
 * What form a source takes, for citations (the CSL type and the BibTeX entry type follow from it):
 * a `webPage`, a `newsArticle`, a `report`, a `chapter` of a report or book (see `container`),
 * a journal or magazine `article`, a `conference`, an official `statement` or submission, a
 * `website` as a whole, or a `body` (an organisation, ministry or newspaper cited as such, with no
 * one publication named).
 *
 * @example
 * ```ts
 * import { SourceForm } from 'azerbaijan-data/schema';
 * SourceForm.parse('chapter'); //=> 'chapter'
 * ```
 */
export const SourceForm = z.enum(['webPage', 'newsArticle', 'report', 'chapter', 'article', 'conference', 'statement', 'website', 'body', 'dataset']);

/** One of the forms of {@link SourceForm}. */
export type SourceForm = z.infer<typeof SourceForm>;

/**
 * How an author of a source is known: `stated` where the document (or the document that cites
 * it) names the author; `linkedAuthorPage` where the text only links an author's page, so the
 * authorship is read from that link and a citation should say so rather than present it as a
 * by-line.
 *
 * @example
 * ```ts
 * import { AuthorBasis } from 'azerbaijan-data/schema';
 * AuthorBasis.options; //=> ['stated', 'linkedAuthorPage']
 * ```
 */
export const AuthorBasis = z.enum(['stated', 'linkedAuthorPage']);

/** `stated` or `linkedAuthorPage`; see {@link AuthorBasis}. */
export type AuthorBasis = z.infer<typeof AuthorBasis>;

/**
 * An author of a source: a person, with the family name and the given name as the document
 * writes them, how the authorship is known, and the author's page where the text links one.
 *
 * @example
 * ```ts
 * import { Author } from 'azerbaijan-data/schema';
 * Author.parse({ family: 'Rustamov', given: 'Vagif', basis: 'stated' }).family; //=> 'Rustamov'
 * ```
 */
export const Author = z.strictObject({
  family: z.string().min(1),
  given: z.string().min(1).optional(),
  basis: AuthorBasis,
  url: WebUrl.optional(),
});

/** An author, as validated by {@link Author}. */
export type Author = AuthorType;

/**
 * The publication a source is part of: the report a country chapter belongs to, for example
 * "Landmine Monitor Report 2000: Toward a Mine-Free World" for its Azerbaijan chapter, with its
 * publisher and the address of a full copy where one is known.
 *
 * @example
 * ```ts
 * import { Container } from 'azerbaijan-data/schema';
 * Container.parse({ title: 'Landmine Monitor Report 2000: Toward a Mine-Free World' }).title;
 * //=> 'Landmine Monitor Report 2000: Toward a Mine-Free World'
 * ```
 */
export const Container = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: WebUrl.optional(),
  note: z.string().min(1).optional(),
});

/** A container, as validated by {@link Container}. */
export type Container = ContainerType;

/**
 * What the source's `url` holds: the `whole` document, or only `part` of its text (the rest was
 * not found at that address).
 *
 * @example
 * ```ts
 * import { UrlScope } from 'azerbaijan-data/schema';
 * UrlScope.options; //=> ['whole', 'part']
 * ```
 */
export const UrlScope = z.enum(['whole', 'part']);

/** `whole` or `part`; see {@link UrlScope}. */
export type UrlScope = z.infer<typeof UrlScope>;

/**
 * One copy of a statistical release that figures were read from: a file in a public
 * repository at a commit (for example the open-numbers republication of the World Development
 * Indicators), with the file's address where one is known.
 *
 * @example
 * ```ts
 * import { ReleaseCopy } from 'azerbaijan-data/schema';
 * ReleaseCopy.parse({
 *   repository: 'open-numbers/ddf--unhcr--population_statistics',
 *   path: 'ddf--entities--displacement_type.csv',
 *   commit: '0ee56a8dcb175fc5264301efb936ed147bd473e5',
 * }).commit.length; //=> 40
 * ```
 */
export const ReleaseCopy = z.strictObject({
  /** The repository, as `owner/name`. */
  repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected a repository as owner/name'),
  /** The file's path inside the repository. */
  path: z.string().min(1),
  /** The commit the file was read at: 40 lower-case hex digits. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected a commit as 40 lower-case hex digits'),
  url: WebUrl.optional(),
  /**
   * The project's byte copy of the file, by its path in the release folder
   * (`data-raw/open-data/<folder>/`): a figure's locator names it as its `file`, or as the file its
   * data file was written from (`writtenFrom.file`).
   */
  extract: z.string().min(1).optional(),
});

/** A copy, as validated by {@link ReleaseCopy}. */
export type ReleaseCopy = ReleaseCopyType;

/**
 * The licence of a source's figures as its publisher states it: the licence's name, where it
 * is stated (`statedIn`), whether it requires attribution, and the attribution it asks for.
 * Where the publisher states none, `name` is `'none stated'` and `attributionRequired` is
 * `false`.
 *
 * @example
 * ```ts
 * import { License } from 'azerbaijan-data/schema';
 * License.parse({
 *   name: 'CC BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/',
 *   attributionRequired: true, statedIn: 'license_type of each indicator\'s concept row',
 * }).attributionRequired; //=> true
 * ```
 */
export const License = z.strictObject({
  name: z.string().min(1),
  url: WebUrl.optional(),
  attributionRequired: z.boolean(),
  /** Where the publisher (or the copy) states the licence. */
  statedIn: z.string().min(1),
  /** The attribution to give, where the licence requires one. */
  attribution: z.string().min(1).optional(),
});

/** A licence, as validated by {@link License}. */
export type License = LicenseType;

/** Runs of white space as one space, for comparing a name with the quote that holds it. */
const oneSpaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * How a document names a body or a publication where it names it otherwise than the body
 * itself does ("International Displacement Monitoring Centre" for the Internal Displacement
 * Monitoring Centre): the document's form as written, the document, a verbatim fragment of it
 * that holds the name, and what differs, stated. The record's `title` and `publisher` carry the
 * body's own name; the document's form is kept here, flagged, and in quotes, never as the name.
 *
 * @example
 * ```ts
 * import { NameInDocument } from 'azerbaijan-data/schema';
 * NameInDocument.parse({
 *   name: 'International Displacement Monitoring Centre',
 *   document: 'migration-country-report-azerbaijan',
 *   quote: 'the Geneva-based International Displacement Monitoring Centre',
 *   flagged: 'differs from the body\'s own name, Internal Displacement Monitoring Centre',
 * }).document; //=> 'migration-country-report-azerbaijan'
 * ```
 */
export const NameInDocument = z
  .strictObject({
    name: z.string().min(1),
    document: Slug,
    quote: z.string().min(1),
    flagged: z.string().min(1),
  })
  .refine((n) => oneSpaced(n.quote).includes(oneSpaced(n.name)), {
    message: 'the quote must hold the name as the document writes it',
    path: ['quote'],
  });

/** A document's name for a body, as validated by {@link NameInDocument}. */
export type NameInDocument = NameInDocumentType;

/**
 * A source: one of the five documents the library is drawn from (with `file`, the file name of its text, and `sha256`, the
 * SHA-256 of that file, for those who hold the text), or a body or publication that those documents cite (with
 * `citedIn`, the documents that cite it).
 *
 * Its bibliographic record holds only what the documents (or the checks of where they were
 * published) support; an unknown stays absent, never guessed: `form`; `title`; `container`, the
 * publication it is part of; `publisher`, where one is supported (a description of an unnamed
 * author is no publisher); `authors` where named; `published`, the date with its
 * basis (stated or inferred); `url`, the original address where known, with `urlScope` where the
 * address holds only part of the text; `archiveUrl`, an archive address; `accessed`, when the
 * addresses were checked.
 *
 * @example
 * ```ts
 * import { Source } from 'azerbaijan-data/schema';
 * Source.parse({
 *   id: 'dw-2023-09-22', title: 'Nagorno-Karabakh: Azerbaijan sends humanitarian aid',
 *   publisher: 'DW', kind: 'media', published: { date: '2023-09-22', basis: 'stated' },
 * }).kind; //=> 'media'
 * ```
 */
export const Source = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  kind: SourceKind,
  form: SourceForm.optional(),
  container: Container.optional(),
  authors: z.array(Author).min(1).optional(),
  published: z.strictObject({ date: Period, basis: DateBasis, note: z.string().min(1).optional() }).optional(),
  url: WebUrl.optional(),
  urlScope: UrlScope.optional(),
  archiveUrl: WebUrl.optional(),
  accessed: Period.optional(),
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, 'expected a bare file name, without a folder')
    .optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the document file, as 64 lower-case hex digits')
    .optional(),
  citedIn: z.array(Slug).min(1).optional(),
  /** The release or edition of a dataset-form source ("December 2019 edition", "2019 revision"). */
  edition: z.string().min(1).optional(),
  /** The copies of a dataset-form source that its figures were read from. */
  retrievedFrom: z.array(ReleaseCopy).min(1).optional(),
  /** The licence of the source's figures, as stated upstream. */
  license: License.optional(),
  /** How the documents name it where they name it otherwise than the body itself does, flagged. */
  namesInDocuments: z.array(NameInDocument).min(1).optional(),
  note: z.string().min(1).optional(),
}).refine((s) => (s.file === undefined) === (s.sha256 === undefined), {
  message: 'a source document\'s file and sha256 go together: give both or neither',
  path: ['sha256'],
})
  .refine((s) => s.urlScope === undefined || s.url !== undefined, {
    message: 'urlScope says what the url holds: it needs a url',
    path: ['urlScope'],
  })
  .refine((s) => s.accessed === undefined || s.url !== undefined || s.archiveUrl !== undefined, {
    message: 'accessed is the date an address was checked: it needs a url or an archiveUrl',
    path: ['accessed'],
  });

/** A source record, as validated by {@link Source}. */
export type Source = SourceType;
