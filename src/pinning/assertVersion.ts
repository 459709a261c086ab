import satisfies from 'semver/functions/satisfies.js';
import validVersion from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { DataVersionError } from './dataVersionError.js';

/** A text for an error message: quoted, cut to 80 characters (with its length) when longer. */
function quoted(text: string): string {
  return text.length <= 80 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 60))}… (${text.length} characters)`;
}

/**
 * Checks that an installed dataset's `version` satisfies the semver range a consumer validated
 * against, and returns the dataset. Ranges mean exactly what they mean to npm: they are read by
 * the `semver` package (`1.0.0 - 2.0.0`, `v1.0.0`, `1.x || >=2.5.0`; a pre-release version such
 * as `1.0.0-beta` satisfies a range only where the range names a pre-release of the same
 * `major.minor.patch`). Data versions follow the policy in the README: a patch is a corrected
 * figure, quote or citation; a minor adds observations; a major changes the schema or removes
 * data. This runs in time linear in the length of the range.
 *
 * @param dataset - any dataset of the library (or one read with `parseDataset`).
 * @param range - an npm semver range: `"1.0.0"`, `"^1.0.0"`, `"~1.2.0"`, `">=1.0.0 <2.0.0"`, `"1.x"`.
 * @throws {DataVersionError} when the version is outside the range.
 * @throws {TypeError} when `range` is not a semver range (the message quotes it, cut short when
 * long), or the dataset's `version` is not a semantic version.
 *
 * @example
 * ```ts
 * import { assertVersion, internationalMigration } from 'azerbaijan-data';
 * assertVersion(internationalMigration, '^1.0.0').id; //=> 'international-migration'
 * assertVersion(internationalMigration, '1.0.0 - 2.0.0').version; //=> '1.0.0'
 * ```
 */
export function assertVersion<D extends { readonly id: string; readonly version: string }>(dataset: D, range: string): D {
  if (typeof range !== 'string') throw new TypeError(`assertVersion: range must be a string, got ${typeof range}`);
  if (validRange(range) === null) {
    throw new TypeError(`assertVersion: range must be a semver range such as "^1.0.0" or ">=1.2.0 <2.0.0", got ${quoted(range)}`);
  }
  const version = dataset.version;
  if (typeof version !== 'string' || validVersion(version) === null) {
    throw new TypeError(`assertVersion: dataset "${String(dataset.id)}" has no semantic version, got ${typeof version === 'string' ? quoted(version) : typeof version}`);
  }
  if (!satisfies(version, range)) throw new DataVersionError(dataset.id, 'version', range, version);
  return dataset;
}
