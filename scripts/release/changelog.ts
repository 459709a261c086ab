/**
 * CHANGELOG.md as the release writes it: the title and a paragraph on how it is written, then one
 * entry a release, newest first, headed `## <version>` and dated `Released <YYYY-MM-DD>.`, with
 * the changesets' sections (`changeset version`) and the "Data" section written from the data.
 */

/** The paragraph under the title. */
export const INTRO =
  'Written by `npm run release`: `changeset version` writes each entry from the changesets in\n' +
  '`.changeset/`, and the release adds its "Data" section from the data itself (every dataset whose\n' +
  'version changed and each figure added, changed or dropped). Unreleased changes are the pending\n' +
  'changesets.';

/** The intro as it read before the first release, replaced by {@link INTRO}. */
const OLD_INTRO_START = 'Written by `npx changeset version` from the changesets in `.changeset/`';

/** The changelog with {@link INTRO} right under its title, wherever `changeset version` left the old one. */
export function withIntro(changelog: string): string {
  const paragraphs = changelog.trim().split(/\n{2,}/).filter((p) => p !== INTRO && !p.startsWith(OLD_INTRO_START));
  const [title, ...rest] = paragraphs;
  if (title === undefined || !title.startsWith('# ')) throw new Error('CHANGELOG.md: expected a first line "# azerbaijan-data"');
  return `${[title, INTRO, ...rest].join('\n\n')}\n`;
}

/** One release's entry. */
export interface ChangelogEntry {
  readonly version: string;
  /** The date of `Released <date>.`, or undefined where the entry has none. */
  readonly date: string | undefined;
  /** The entry's text, heading included. */
  readonly text: string;
}

/** The entries of a changelog, in its order (newest first). */
export function changelogEntries(changelog: string): ChangelogEntry[] {
  const parts = changelog.split(/^(?=## )/m).slice(1);
  return parts.map((text) => {
    const version = /^## (\S+)/.exec(text)![1]!;
    const date = /^Released (\d{4}-\d{2}-\d{2})\.$/m.exec(text)?.[1];
    return { version, date, text };
  });
}

/**
 * Adds to the entry `## <version>` its date and, first among its sections, the Data section.
 * Throws where the entry is missing or already dated (a release is written once).
 */
export function insertDataSection(changelog: string, version: string, date: string, section: string): string {
  const heading = `## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at < 0) throw new Error(`CHANGELOG.md has no entry "## ${version}": changeset version did not write it`);
  const entry = changelogEntries(changelog).find((e) => e.version === version)!;
  if (entry.date !== undefined) throw new Error(`CHANGELOG.md: the entry of ${version} is already dated ${entry.date}`);
  const after = at + heading.length;
  return `${changelog.slice(0, after)}\nReleased ${date}.\n\n${section.trimEnd()}\n${changelog.slice(after)}`;
}
