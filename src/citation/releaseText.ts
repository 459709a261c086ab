import type { ReleaseCopy, Source } from '../model/source.js';

/**
 * The copies of a statistical release that a figure was read from, as a phrase: `as retrieved
 * from open-numbers/ddf--open_numbers--world_development_indicators (datapoints/….csv at commit
 * 0b3bf62)`. With a file name (a figure's locator `file`), only the copies of that file. Internal
 * to the citation modules.
 */
export function retrievedText(s: Source, file?: string): string | undefined {
  const copies = s.retrievedFrom ?? [];
  const matching = file === undefined ? copies : copiesOf(s, file);
  const shown = matching.length > 0 ? matching : copies;
  if (shown.length === 0) return undefined;
  const byRepository = new Map<string, ReleaseCopy[]>();
  for (const c of shown) byRepository.set(c.repository, [...(byRepository.get(c.repository) ?? []), c]);
  return `as retrieved from ${[...byRepository]
    .map(([repository, cs]) => `${repository} (${cs.map((c) => `${c.path} at commit ${c.commit.slice(0, 7)}`).join('; ')})`)
    .join('; ')}`;
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The copies of a release that hold a file: the copy whose project extract is the file (the GIDD's
 * `conflict--aze.csv` copies a file of another name), else by its path, or by its name at the end
 * of the path (the extract's `rda/idmc.rda` is the copy's `data/idmc.rda`).
 */
function copiesOf(s: Source, file: string): ReleaseCopy[] {
  const copies = s.retrievedFrom ?? [];
  const named = copies.filter((c) => c.extract === file);
  return named.length > 0 ? named : copies.filter((c) => c.path === file || baseName(c.path) === baseName(file));
}

/**
 * The edition of a release as it applies to one figure's file: the release's edition, unless its
 * copies stand at different commits, in which case the edition describes a copy the figure's
 * file was not all read from (the World Development Indicators' "package version 1.1.0 (… from
 * earlier commits)"), and the figure's copy, at its commit, says alone which version was read.
 * Internal to the citation modules.
 */
export function editionFor(s: Source, file: string | undefined): string | undefined {
  if (file === undefined || copiesOf(s, file).length === 0) return s.edition;
  return new Set((s.retrievedFrom ?? []).map((c) => c.commit)).size === 1 ? s.edition : undefined;
}

/**
 * A source's licence as a sentence, with the attribution it requires: `Licence: CC BY-4.0
 * (https://…), as stated in …; attribution required: "…"`. Internal to the citation modules.
 */
export function licenseText(s: Source): string | undefined {
  const l = s.license;
  if (l === undefined) return undefined;
  const required = l.attributionRequired ? `; attribution required${l.attribution !== undefined ? `: "${l.attribution}"` : ''}` : '; no attribution required';
  return `Licence: ${l.name}${l.url !== undefined ? ` (${l.url})` : ''}, as stated in ${l.statedIn}${required}`;
}
