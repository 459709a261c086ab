import { releases } from './releases.js';

/**
 * The release whose CHANGELOG.md entry (`## <version>`) last names a dataset: the newest release
 * that published it at a data version the release before did not have (its first release, or
 * the last that changed it). `undefined` for a dataset no release holds.
 *
 * @param datasetId - a dataset id, such as `'remittance-flows'`.
 * @returns a package version, or `undefined`.
 */
export function changelogRelease(datasetId: string): string | undefined {
  let found: string | undefined;
  releases.forEach((r, i) => {
    const version = r.datasets[datasetId];
    if (version !== undefined && version !== releases[i - 1]?.datasets[datasetId]) found = r.version;
  });
  return found;
}
