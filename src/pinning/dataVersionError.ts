/**
 * Thrown by {@link assertVersion} and {@link assertHash} when the installed data is not the data
 * a consumer validated against. `datasetId`, `expected` and `actual` say which and how.
 *
 * @example
 * ```ts
 * import { assertHash, DataVersionError, internationalMigration } from 'azerbaijan-data';
 * try {
 *   assertHash(internationalMigration, '0'.repeat(64));
 * } catch (e) {
 *   e instanceof DataVersionError; //=> true
 * }
 * ```
 */
export class DataVersionError extends Error {
  override readonly name = 'DataVersionError';
  readonly datasetId: string;
  readonly expected: string;
  readonly actual: string;

  constructor(datasetId: string, what: 'version' | 'sha256', expected: string, actual: string) {
    super(
      `dataset "${datasetId}": installed ${what} ${actual} does not match the expected ${expected}` +
        (what === 'version' ? '' : '; its content changed since you pinned it (see CHANGELOG.md)'),
    );
    this.datasetId = datasetId;
    this.expected = expected;
    this.actual = actual;
  }
}
