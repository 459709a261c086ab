import { existsSync, readdirSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { DataVersionError, datasets, diffLocks, figureText, packageCitation } from 'azerbaijan-data';
import type { Lockfile } from 'azerbaijan-data';
import { changelogEntries, INTRO } from '../../scripts/release/changelog.js';
import { readSnapshot, releasedVersions, snapshotFile } from '../../scripts/release/snapshots.js';
import { releasesModule } from '../../scripts/release/releasesModule.js';
import { releases } from '../../src/pinning/releases.js';

// The releases as the release routine (npm run release) leaves them: every expectation is read
// from the snapshots in releases/, CHANGELOG.md and the data at run time, so that the tests hold
// for whatever the next release contains.

const root = new URL('../..', import.meta.url).pathname;
const changelog = readFileSync(`${root}CHANGELOG.md`, 'utf8');
const entries = changelogEntries(changelog);
const versions = releasedVersions(root);
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
const HISTORY = 'releases/history/first-versions.lock.json';

/** The Data section of a release's entry. */
function dataSection(version: string): string {
  const text = entries.find((e) => e.version === version)?.text ?? '';
  const at = text.indexOf('### Data\n');
  expect(at, `## ${version} has a "### Data" section`).toBeGreaterThan(0);
  const next = text.indexOf('\n### ', at + 1);
  return text.slice(at, next < 0 ? undefined : next);
}

describe('CHANGELOG.md and the release snapshots', () => {
  it('starts with its title and says how it is written', () => {
    expect(changelog.startsWith(`# azerbaijan-data\n\n${INTRO}\n`)).toBe(true);
  });

  it('has a dated entry for every release snapshot and a snapshot for every entry, newest first', () => {
    expect(entries.map((e) => e.version)).toEqual([...versions].reverse());
    for (const e of entries) expect(e.date, e.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the package is at its last release, or unreleased before the first', () => {
    if (versions.length === 0) expect(entries).toEqual([]);
    else expect(pkg.version).toBe(versions.at(-1));
    const release = releases.find((r) => r.version === pkg.version);
    if (release) expect(packageCitation.date).toBe(release.date);
  });

  it('each snapshot is the lockfile of its release, one entry a dataset', () => {
    for (const v of versions) {
      const lock = readSnapshot(root, v);
      expect(lock).toMatchObject({ lockfileVersion: 1, package: { name: 'azerbaijan-data', version: v } });
      expect(Object.keys(lock.datasets).length).toBeGreaterThan(0);
    }
  });

  it('src/pinning/releases.ts is generated from the snapshots and the entries\' dates', () => {
    const records = versions.map((v) => ({
      version: v,
      date: entries.find((e) => e.version === v)!.date!,
      datasets: Object.fromEntries(Object.entries(readSnapshot(root, v).datasets).map(([id, d]) => [id, d.version])),
    }));
    expect(releases).toEqual(records);
    expect(readFileSync(`${root}src/pinning/releases.ts`, 'utf8')).toBe(releasesModule(records));
  });

  it('the entry of each later release names every dataset whose version changed, and each figure changed old → new', () => {
    for (let i = 1; i < versions.length; i++) {
      const section = dataSection(versions[i]!);
      for (const change of diffLocks(readSnapshot(root, versions[i - 1]!), readSnapshot(root, versions[i]!))) {
        if (change.change === 'added') expect(section).toContain(`\`${change.id}\`: new, data version ${change.version.to}`);
        else if (change.change === 'dropped') expect(section).toContain(`\`${change.id}\`: dropped`);
        else expect(section).toContain(`\`${change.id}\`: data version ${change.version.from} → ${change.version.to}`);
        for (const f of change.change === 'changed' ? change.figures : []) {
          expect(section).toContain(f.change === 'changed' ? `\`${f.id}\`: ${figureText(f.from)} → ${figureText(f.to)}` : `${f.change} \`${f.id}\`: `);
        }
      }
    }
  });

  it('the first release\'s entry lists every dataset with its version and explains each one published above its first version', () => {
    if (versions.length === 0) return expect(entries).toEqual([]);
    const first = readSnapshot(root, versions[0]!);
    const section = dataSection(versions[0]!);
    for (const [id, d] of Object.entries(first.datasets)) {
      expect(section).toContain(`- \`${id}\` ${d.version}: ${Object.keys(d.figures).length} figure`);
    }
    const history = existsSync(`${root}${HISTORY}`) ? (JSON.parse(readFileSync(`${root}${HISTORY}`, 'utf8')) as Lockfile) : { datasets: {} as Lockfile['datasets'] };
    for (const [id, d] of Object.entries(first.datasets)) {
      const earlier = history.datasets[id];
      if (earlier === undefined) continue;
      expect(d.sha256, id).not.toBe(earlier.sha256);
      expect(section).toContain(`- \`${id}\`: data version ${earlier.version} → ${d.version} (last at ${earlier.version} in commit `);
      for (const f of diffLocks({ ...first, datasets: { [id]: earlier } }, { ...first, datasets: { [id]: d } })[0]!.figures) {
        expect(section).toContain(`\`${f.id}\`: ${f.change === 'changed' ? `${figureText(f.from)} → ${figureText(f.to)}` : ''}`);
      }
    }
    // A dataset above 1.0.0 in the first release is in the history lockfile (its version moved before any release).
    const above = Object.entries(first.datasets).filter(([, d]) => d.version !== '1.0.0').map(([id]) => id);
    expect(Object.keys(history.datasets).sort()).toEqual(expect.arrayContaining(above.sort()));
  });
});

describe('the lockfile of the data before the first release\'s corrections (releases/history/)', () => {
  it('holds each dataset at a lower data version and another content than the library has now', () => {
    if (!existsSync(`${root}${HISTORY}`)) return expect(versions).toEqual([]);
    const history = JSON.parse(readFileSync(`${root}${HISTORY}`, 'utf8')) as Lockfile;
    expect(Object.keys(history.datasets).length).toBeGreaterThan(0);
    for (const [id, earlier] of Object.entries(history.datasets)) {
      const now = datasets.find((d) => d.id === id);
      expect(now, id).toBeDefined();
      expect(semver.lt(earlier.version, now!.version), `${id}: ${earlier.version} < ${now!.version}`).toBe(true);
      expect(earlier.sha256, id).not.toBe(now!.sha256);
    }
  });
});

describe('every pointer to the changelog points to an entry that exists', () => {
  const headings = new Set(entries.map((e) => e.version));
  const pointed = (text: string): string[] => [...text.matchAll(/CHANGELOG\.md[^\n]{0,60}?\brelease (\d+\.\d+\.\d+)/g)].map((m) => m[1]!);

  it('DataVersionError names a release whose entry names the dataset, and no changelog before the first release', () => {
    for (const d of datasets) {
      const message = new DataVersionError(d.id, 'sha256', '0'.repeat(64), d.sha256).message;
      if (!message.includes('CHANGELOG')) {
        expect(releases.some((r) => d.id in r.datasets), `${d.id}: ${message}`).toBe(false);
        continue;
      }
      const [release] = pointed(message);
      expect(release, message).toBeDefined();
      expect(headings.has(release!), message).toBe(true);
      expect(entries.find((e) => e.version === release)!.text).toContain(`\`${d.id}\``);
    }
  });

  it('the README and the docs name only releases that CHANGELOG.md has', () => {
    const pages = ['README.md', ...readdirSync(`${root}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    for (const page of pages) {
      for (const release of pointed(readFileSync(`${root}${page}`, 'utf8'))) expect(headings.has(release), `${page}: CHANGELOG.md, release ${release}`).toBe(true);
    }
  });

  it('the snapshots of the releases stand where the routine writes them', () => {
    for (const v of versions) expect(existsSync(`${root}${snapshotFile(v)}`)).toBe(true);
  });
});
