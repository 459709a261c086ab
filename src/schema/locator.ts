import { z } from 'zod';
import type { Locator as LocatorType } from '../model/locator.js';

/**
 * Where in its source a figure stands. In a document: the section heading, and where it applies
 * the table with its row and column, and the footnote that carries the source's own citation.
 * In a data file of a statistical release: the `file`, the `line` (1-based, the header being
 * line 1) and the `column` (the field's name in the header). A locator names a section or a
 * file and line.
 *
 * @example
 * ```ts
 * import { Locator } from 'azerbaijan-data/schema';
 * Locator.parse({ section: 'Legal migration', table: 'Table 1', row: '1990', column: 'Net migration', footnote: 5 });
 * Locator.parse({ file: 'ddf--datapoints--vc_idp_tocv--by--geo--time.csv', line: 15, column: 'vc_idp_tocv' }).line; //=> 15
 * ```
 */
export const Locator = z
  .strictObject({
    section: z.string().min(1).optional(),
    table: z.string().min(1).optional(),
    row: z.string().min(1).optional(),
    column: z.string().min(1).optional(),
    footnote: z.number().int().positive().optional(),
    /** A data file's name, as its release names it. */
    file: z
      .string()
      .min(1)
      .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+$/, "expected the file's path inside its release folder, without a leading / or ..")
      .optional(),
    /** The 1-based line of the data file (the header is line 1). */
    line: z.number().int().positive().optional(),
    /** The binary file of the release a data file was written from, and the table in it. */
    writtenFrom: z.strictObject({ file: z.string().min(1), table: z.string().min(1) }).optional(),
  })
  .refine((l) => l.section !== undefined || (l.file !== undefined && l.line !== undefined), {
    message: 'a locator names a section of a document, or a file and line of a data file',
    path: ['section'],
  })
  .refine((l) => (l.file === undefined) === (l.line === undefined), {
    message: "a data file's locator gives both file and line",
    path: ['line'],
  });

/** A locator, as validated by {@link Locator}. */
export type Locator = LocatorType;
