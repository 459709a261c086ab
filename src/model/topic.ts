/**
 * The topic a dataset belongs to; each has its own entry point (`azerbaijan-data/<topic>`).
 *
 * @example
 * ```ts
 * import type { Topic } from 'azerbaijan-data';
 * const topic: Topic = 'mine-action';
 * ```
 */
export type Topic = 'migration' | 'displacement' | 'remittances' | 'trafficking' | 'mine-action' | 'territory' | 'humanitarian-aid';
