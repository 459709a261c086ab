/**
 * `npm run release [-- --date YYYY-MM-DD]`: cuts a release from the pending changesets.
 *
 * 1. Checks the data: every hash fresh, every dataset changed since the last release at a higher
 *    version and named in a pending changeset (what CI checks too).
 * 2. `changeset version`: the package version and the CHANGELOG.md entry from the changesets.
 * 3. Adds to the entry its date and its "Data" section, written from the data: compared with the
 *    last release's snapshot, or for the first release with the data of each dataset at its first
 *    version (from the git history; that lockfile goes to releases/history/).
 * 4. Writes the release's snapshot `releases/<version>.lock.json`, `src/pinning/releases.ts`,
 *    CITATION.cff's version and date, package-lock.json's version, and `npm run generate`
 *    (src/citation/packageVersion.ts).
 *
 * Then `npm run build`, `npm test`, and commit it all as "Release <version>".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockData } from '../../src/pinning/lock/lockData.js';
import type { Lockable } from '../../src/pinning/lock/lockData.js';
import type { Lockfile } from '../../src/pinning/lock/lockfile.js';
import { contentHash } from '../canonicalContent.js';
import { changelogEntries, insertDataSection, withIntro } from './changelog.js';
import type { ReleasedDataset } from './datasetsAt.js';
import { currentDatasets, datasetsAt } from './datasetsAt.js';
import { firstReleaseSection, releaseSection } from './dataSection.js';
import { firstVersions } from './history.js';
import type { FirstVersion } from './history.js';
import { releasesModule } from './releasesModule.js';
import { lastRelease, lockText, readSnapshot, releasedVersions, snapshotFile } from './snapshots.js';
import { changesetProblems, pendingChangesets, unreleasedChanges, versionProblems } from './unreleasedChanges.js';

const root = new URL('../..', import.meta.url).pathname;
const HISTORY_FILE = 'releases/history/first-versions.lock.json';

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

function releaseDate(): string {
  const i = process.argv.indexOf('--date');
  const date = i >= 0 ? process.argv[i + 1] : (process.env.RELEASE_DATE ?? new Date().toISOString().slice(0, 10));
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(`--date must be a date such as 2026-12-05, got ${String(date)}`);
  return date;
}

const lockOf = (datasets: readonly ReleasedDataset[], version: string): Lockfile => ({ ...lockData(datasets as unknown as Lockable[]), package: { name: 'azerbaijan-data', version } });
const packageJson = (): { version: string } => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();

const date = releaseDate();
const previous = lastRelease(root);
const changesets = pendingChangesets(root);
if (changesets.length === 0) fail('no pending changeset in .changeset/: nothing to release');

// 1. The data, checked as CI checks it.
const current = currentDatasets(root);
const stale = current.filter((d) => contentHash(d) !== d.sha256).map((d) => d.id);
if (stale.length > 0) fail(`stale sha256 (run npm run data:hash and bump the versions): ${stale.join(', ')}`);
const changes = unreleasedChanges(previous?.lock, lockOf(current, packageJson().version));
const problems = [...(previous ? versionProblems(changes, previous.version) : []), ...changesetProblems(changes, changesets, previous?.version)];
if (problems.length > 0) fail(`the data is not ready:\n  ${problems.join('\n  ')}`);

// 2. changeset version.
const versionBefore = packageJson().version;
execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: root, stdio: 'inherit' });
const version = packageJson().version;
if (releasedVersions(root).includes(version)) fail(`release ${version} exists already (${snapshotFile(version)})`);

// 3. The Data section.
const lock = lockOf(current, version);
let section: string;
let history: FirstVersion[] = [];
if (previous) {
  let datasets: ReleasedDataset[] | undefined;
  try {
    const commit = git('log', '-1', '--format=%H', '--diff-filter=A', '--', snapshotFile(previous.version));
    if (commit !== '') datasets = datasetsAt(root, commit);
  } catch {
    datasets = undefined;
  }
  if (datasets === undefined) console.warn(`release: the data of release ${previous.version} is not in the git history; the Data section names the figures of its snapshot only`);
  section = releaseSection({ version: previous.version, lock: previous.lock, datasets }, current, lock);
} else {
  history = firstVersions(root, current);
  section = firstReleaseSection(current, history, HISTORY_FILE);
}
const changelogPath = join(root, 'CHANGELOG.md');
writeFileSync(changelogPath, withIntro(insertDataSection(readFileSync(changelogPath, 'utf8'), version, date, section)));

// 4. The snapshot, the history of the first release, releases.ts, CITATION.cff, packageVersion.ts.
mkdirSync(join(root, 'releases'), { recursive: true });
writeFileSync(join(root, snapshotFile(version)), lockText(lock));
if (history.length > 0) {
  const commits = [...new Set(history.map((h) => h.commit))];
  const was = (JSON.parse(git('show', `${commits[0]}:package.json`)) as { version: string }).version;
  mkdirSync(join(root, 'releases', 'history'), { recursive: true });
  writeFileSync(join(root, HISTORY_FILE), lockText(lockOf(history.map((h) => h.dataset), was)));
  writeFileSync(
    join(root, 'releases', 'history', 'README.md'),
    [
      '<!-- Written by scripts/release (npm run release) at the first release. Do not edit it by hand. -->',
      '# The data before the first release\'s corrections',
      '',
      `\`first-versions.lock.json\` is a data lockfile (the format of \`npx azerbaijan-data lock\`) of the ${history.length} datasets whose data version moved before the first release (${version}), each as it stood at the last commit at its first version, read from the git history by evaluating that commit's data module:`,
      '',
      ...history.map((h) => `- \`${h.id}\` ${h.version}: commit ${h.commit} (moved to ${current.find((d) => d.id === h.id)!.version} by ${h.movedBy})`),
      '',
      `Its \`package.version\` is the package's at those commits (${was}); none of these states was published. \`npx azerbaijan-data verify releases/history/first-versions.lock.json\` names each change, which CHANGELOG.md lists under release ${version}.`,
      '',
    ].join('\n'),
  );
}
const records = releasedVersions(root).map((v) => {
  const entry = changelogEntries(readFileSync(changelogPath, 'utf8')).find((e) => e.version === v);
  if (entry?.date === undefined) fail(`CHANGELOG.md has no dated entry "## ${v}" for ${snapshotFile(v)}`);
  const snapshot = v === version ? lock : readSnapshot(root, v);
  return { version: v, date: entry.date, datasets: Object.fromEntries(Object.entries(snapshot.datasets).map(([id, d]) => [id, d.version])) };
});
writeFileSync(join(root, 'src', 'pinning', 'releases.ts'), releasesModule(records));
// The README prints the citation cite() gives, which names the package version (tests/citation/cite.test.ts).
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, readFileSync(readmePath, 'utf8').replaceAll(`In azerbaijan-data ${versionBefore}.`, `In azerbaijan-data ${version}.`).replaceAll(`on Azerbaijan (version ${versionBefore})`, `on Azerbaijan (version ${version})`));
// package-lock.json states the package's version too (changeset version moves package.json only).
const lockPath = join(root, 'package-lock.json');
const packageLock = JSON.parse(readFileSync(lockPath, 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
packageLock.version = version;
packageLock.packages['']!.version = version;
writeFileSync(lockPath, `${JSON.stringify(packageLock, null, 2)}\n`);
execFileSync('npm', ['run', 'generate'], { cwd: root, stdio: 'inherit' });
// CITATION.cff is generated from package.json, the release date (packageCitation.date, from src/pinning/releases.ts) and the source records: after generate, in a process of its own, so that it reads the new version and date.
execFileSync('npm', ['run', 'cff'], { cwd: root, stdio: 'inherit' });

console.log(`release: ${version} of ${date}: CHANGELOG.md, ${snapshotFile(version)}${history.length > 0 ? `, ${HISTORY_FILE}` : ''}, src/pinning/releases.ts, CITATION.cff, src/citation/packageVersion.ts. Now: npm run build && npm test, then commit "Release ${version}".`);
