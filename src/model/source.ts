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
  readonly publisher: string;
  readonly kind: SourceKind;
  readonly published?: { readonly date: string; readonly basis: DateBasis; readonly note?: string | undefined } | undefined;
  readonly url?: string | undefined;
  readonly file?: string | undefined;
  readonly sha256?: string | undefined;
  readonly citedIn?: readonly string[] | undefined;
  readonly note?: string | undefined;
}
