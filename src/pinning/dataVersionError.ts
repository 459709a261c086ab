import { changelogRelease } from './changelogRelease.js';

/** Where CHANGELOG.md says what changed in a dataset: `" (see CHANGELOG.md, release 1.0.0)"`, or nothing before its first release. */
function seeChangelog(datasetId: string): string {
  const release = changelogRelease(datasetId);
  return release === undefined ? '' : ` (see CHANGELOG.md, release ${release})`;
}

/**
 * Thrown by {@link assertVersion} and {@link assertHash} when the installed data is not the data
 * a consumer validated against. `datasetId`, `expected` and `actual` say which and how; `what`
 * says what differs: the `version`, the declared `sha256`, or the `content`, whose hash is not
 * the `sha256` the dataset declares (it was altered after publication).
 *
 * @example
 * ```ts
 * import { assertHash, DataVersionError, internationalMigration } from 'azerbaijan-data';
 * const error = await assertHash(internationalMigration, '0'.repeat(64)).catch((e: unknown) => e);
 * error instanceof DataVersionError; //=> true
 * (error as DataVersionError).what; //=> 'sha256'
 * ```
 */
export class DataVersionError extends Error {
  override readonly name = 'DataVersionError';
  readonly datasetId: string;
  /** What differs: the `version`, the declared `sha256`, or the `content` against its declared `sha256`. */
  readonly what: 'version' | 'sha256' | 'content';
  readonly expected: string;
  readonly actual: string;

  constructor(datasetId: string, what: 'version' | 'sha256' | 'content', expected: string, actual: string) {
    super(
      what === 'content'
        ? `dataset "${datasetId}": its content hashes to ${actual}, not to its declared sha256 ${expected}; a figure, quote, relation, event or gap was altered after publication`
        : `dataset "${datasetId}": installed ${what} ${actual} does not match the expected ${expected}` +
            (what === 'version' ? '' : `; its content changed since you pinned it${seeChangelog(datasetId)}`),
    );
    this.datasetId = datasetId;
    this.what = what;
    this.expected = expected;
    this.actual = actual;
  }
}
