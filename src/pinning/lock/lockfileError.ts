/**
 * Thrown when a lockfile cannot be read: not JSON, or not the shape `lockData` writes (a field
 * missing or of the wrong type, a `lockfileVersion` this package does not read). `path` names
 * the field (`datasets["remittance-flows"].figures["inward-remittances-2003"].value`, or `""`
 * for the file as a whole) and `problem` says what is wrong with it.
 *
 * @example
 * ```ts
 * import { LockfileError, verifyData } from 'azerbaijan-data';
 * const error = await verifyData({ lockfileVersion: 1, datasets: {} }).catch((e: unknown) => e);
 * error instanceof LockfileError && error instanceof TypeError; //=> true
 * (error as LockfileError).path; //=> 'package'
 * ```
 */
export class LockfileError extends TypeError {
  override readonly name = 'LockfileError';
  /** The field that is wrong, as a JavaScript accessor path; `""` for the lockfile as a whole. */
  readonly path: string;
  /** What is wrong with it. */
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(`lockfile: ${path === '' ? '' : `${path} `}${problem}`);
    this.path = path;
    this.problem = problem;
  }
}
