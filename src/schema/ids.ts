import { z } from 'zod';

/**
 * A lower-case, hyphen-separated identifier (`"international-migration"`, `"arrivals-1990"`).
 *
 * @example
 * ```ts
 * import { Slug } from 'azerbaijan-data/schema';
 * Slug.safeParse('Net Migration').success; //=> false
 * ```
 */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'expected a lower-case identifier such as "net-migration"');
