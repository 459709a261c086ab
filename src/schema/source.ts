import { z } from 'zod';
import type { DeepReadonly } from './deepReadonly.js';
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
export type SourceKind = z.infer<typeof SourceKind>;

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
export type DateBasis = z.infer<typeof DateBasis>;

/**
 * A source: one of the five documents the library is drawn from (with `file`, its file name in
 * the project's source folder), or a body or publication that those documents cite (with
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
    .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a source document file name such as "003_d94e756ed0cfba1e.txt"')
    .optional(),
  citedIn: z.array(Slug).min(1).optional(),
  note: z.string().min(1).optional(),
});

/** A source record, as validated by {@link Source}. */
export type Source = DeepReadonly<z.infer<typeof Source>>;
