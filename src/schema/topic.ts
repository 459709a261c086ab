import { z } from 'zod';
import type { Topic as TopicType } from '../model/topic.js';

/**
 * The topics of the library; each has its own entry point (`azerbaijan-data/<topic>`).
 *
 * @example
 * ```ts
 * import { Topic } from 'azerbaijan-data/schema';
 * Topic.options.length; //=> 7
 * ```
 */
export const Topic = z.enum([
  'migration',
  'displacement',
  'remittances',
  'trafficking',
  'mine-action',
  'territory',
  'humanitarian-aid',
]);

/** One of the library's topics. */
export type Topic = TopicType;
