import { z } from 'zod';
import type { DateBasis as DateBasisType, Source as SourceType, SourceKind as SourceKindType } from '../model/source.js';
import { Period } from './period.js';
import { Slug } from './ids.js';

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
 * A source: one of the five documents the library is drawn from (with `file`, the file name of its text, and `sha256`, the
 * SHA-256 of that file, for those who hold the text), or a body or publication that those documents cite (with
 * `citedIn`, the documents that cite it).
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
  publisher: z.string().min(1),
  kind: SourceKind,
  published: z.strictObject({ date: Period, basis: DateBasis, note: z.string().min(1).optional() }).optional(),
  url: z.url().optional(),
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
  note: z.string().min(1).optional(),
}).refine((s) => (s.file === undefined) === (s.sha256 === undefined), {
  message: 'a source document\'s file and sha256 go together: give both or neither',
  path: ['sha256'],
});

/** A source record, as validated by {@link Source}. */
export type Source = SourceType;
