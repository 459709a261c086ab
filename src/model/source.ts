/**
 * What kind of body a source is.
 *
 * @example
 * ```ts
 * import type { SourceKind } from 'azerbaijan-data';
 * const kind: SourceKind = 'intergovernmental';
 * ```
 */
export type SourceKind = 'government' | 'ngo' | 'intergovernmental' | 'monitor' | 'media' | 'academic';

/**
 * Whether a date is stated by the document or inferred from it.
 *
 * @example
 * ```ts
 * import type { DateBasis } from 'azerbaijan-data';
 * const basis: DateBasis = 'inferred';
 * ```
 */
export type DateBasis = 'stated' | 'inferred';

/**
 * What form a source takes, for citations.
 *
 * @example
 * ```ts
 * import type { SourceForm } from 'azerbaijan-data';
 * const form: SourceForm = 'chapter';
 * ```
 */
export type SourceForm = 'webPage' | 'newsArticle' | 'report' | 'chapter' | 'article' | 'conference' | 'statement' | 'website' | 'body' | 'dataset';

/**
 * Whether an author is named by the document (`stated`) or known only from an author page the
 * text links (`linkedAuthorPage`).
 *
 * @example
 * ```ts
 * import type { AuthorBasis } from 'azerbaijan-data';
 * const basis: AuthorBasis = 'linkedAuthorPage';
 * ```
 */
export type AuthorBasis = 'stated' | 'linkedAuthorPage';

/**
 * An author of a source, with the basis on which the record names them.
 *
 * @example
 * ```ts
 * import type { Author } from 'azerbaijan-data';
 * const author: Author = { family: 'Aliyev', given: 'Alovsat', basis: 'stated' };
 * author.family; //=> 'Aliyev'
 * ```
 */
export interface Author {
  readonly family: string;
  readonly given?: string | undefined;
  readonly basis: AuthorBasis;
  readonly url?: string | undefined;
}

/**
 * The publication a source is part of (the report a country chapter belongs to).
 *
 * @example
 * ```ts
 * import type { Container } from 'azerbaijan-data';
 * const report: Container = { title: 'Landmine Monitor Report 2000: Toward a Mine-Free World' };
 * report.title.startsWith('Landmine'); //=> true
 * ```
 */
export interface Container {
  readonly title: string;
  readonly publisher?: string | undefined;
  readonly url?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * What a source's `url` holds: the `whole` document, or only `part` of its text.
 *
 * @example
 * ```ts
 * import type { UrlScope } from 'azerbaijan-data';
 * const scope: UrlScope = 'part';
 * ```
 */
export type UrlScope = 'whole' | 'part';

/**
 * One copy of a statistical release that figures were read from: a file in a repository at a
 * commit.
 *
 * @example
 * ```ts
 * import type { ReleaseCopy } from 'azerbaijan-data';
 * const copy: ReleaseCopy = { repository: 'owner/name', path: 'data.csv', commit: 'e063d8e594331d5ba3ce66948046bba7490705af' };
 * copy.path; //=> 'data.csv'
 * ```
 */
export interface ReleaseCopy {
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  readonly url?: string | undefined;
  /**
   * The project's byte copy of the file, by its path in the release folder
   * (`data-raw/open-data/<folder>/`): a figure's locator names it as its `file`, or as the file
   * its data file was written from (`writtenFrom.file`).
   */
  readonly extract?: string | undefined;
}

/**
 * The licence of a source's figures, as the publisher states it.
 *
 * @example
 * ```ts
 * import type { License } from 'azerbaijan-data';
 * const l: License = { name: 'CC BY-4.0', attributionRequired: true, statedIn: 'datapackage.json' };
 * l.attributionRequired; //=> true
 * ```
 */
export interface License {
  readonly name: string;
  readonly url?: string | undefined;
  readonly attributionRequired: boolean;
  readonly statedIn: string;
  readonly attribution?: string | undefined;
}

/**
 * How a document names a body or a publication where it names it otherwise than the body
 * itself does: the document's form, kept as written (quotes stay verbatim), flagged. The
 * record's own `title` and `publisher` carry the body's own name.
 *
 * @example
 * ```ts
 * import type { NameInDocument } from 'azerbaijan-data';
 * import { idmc } from 'azerbaijan-data';
 * const variant: NameInDocument = idmc.namesInDocuments![0]!;
 * variant.name; //=> 'International Displacement Monitoring Centre'
 * ```
 */
export interface NameInDocument {
  /** The name as the document writes it. */
  readonly name: string;
  /** Id of the document that writes it. */
  readonly document: string;
  /** A verbatim fragment of the document that holds the name. */
  readonly quote: string;
  /** What differs from the body's own name or the publication's own title. */
  readonly flagged: string;
}

/**
 * A source: one of the documents the figures are read from (with its `file` and `sha256`), or a
 * body those documents cite.
 *
 * @example
 * ```ts
 * import type { Source } from 'azerbaijan-data';
 * import { sources } from 'azerbaijan-data';
 * const first: Source = sources[0]!;
 * typeof first.title; //=> 'string'
 * ```
 */
export interface Source {
  readonly id: string;
  readonly title: string;
  /** Who publishes it, where the document or the checks of where it was published support one. */
  readonly publisher?: string | undefined;
  readonly kind: SourceKind;
  readonly form?: SourceForm | undefined;
  readonly container?: Container | undefined;
  readonly authors?: readonly Author[] | undefined;
  readonly published?: { readonly date: string; readonly basis: DateBasis; readonly note?: string | undefined } | undefined;
  readonly url?: string | undefined;
  readonly urlScope?: UrlScope | undefined;
  readonly archiveUrl?: string | undefined;
  readonly accessed?: string | undefined;
  readonly file?: string | undefined;
  readonly sha256?: string | undefined;
  readonly citedIn?: readonly string[] | undefined;
  readonly edition?: string | undefined;
  readonly retrievedFrom?: readonly ReleaseCopy[] | undefined;
  readonly license?: License | undefined;
  /** How the documents name it where they name it otherwise than the body itself does, flagged. */
  readonly namesInDocuments?: readonly NameInDocument[] | undefined;
  readonly note?: string | undefined;
}
