import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';

/** A release of the package: its version, date and the data version of every dataset it shipped. */
export interface Release {
  readonly version: string;
  readonly date: string;
  readonly datasets: Readonly<Record<string, string>>;
}

/**
 * The releases (package versions, oldest first) whose changelog entries explain how a dataset
 * went from version `from` to version `to`: each release in which it reached a version in
 * (from, to] (for a downgrade, in (to, from]); for a dataset added (`from` null), the release
 * that first shipped it; for one dropped (`to` null), the release that first left it out.
 */
export function releasesExplaining(id: string, from: string | null, to: string | null, releases: readonly Release[]): string[] {
  const ordered = releases.filter((r) => valid(r.version) !== null).sort((a, b) => compare(a.version, b.version));
  const found: string[] = [];
  let previous: string | undefined;
  for (const release of ordered) {
    const version = Object.hasOwn(release.datasets, id) ? release.datasets[id] : undefined;
    const usable = version !== undefined && valid(version) !== null;
    if (from === null) {
      if (usable && previous === undefined && (to === null || compare(version, to) <= 0)) found.push(release.version);
    } else if (to === null) {
      if (version === undefined && previous !== undefined) found.push(release.version);
    } else if (usable && version !== previous) {
      const [low, high] = compare(from, to) <= 0 ? [from, to] : [to, from];
      if (compare(version, low) > 0 && compare(version, high) <= 0) found.push(release.version);
    }
    previous = version;
  }
  return found;
}
