/**
 * A type whose every nested property and array element is `readonly`: the shape of every
 * published data object, which is deeply frozen at run time.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from 'azerbaijan-data/schema';
 * type Point = DeepReadonly<{ tags: string[] }>; // { readonly tags: readonly string[] }
 * ```
 */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
