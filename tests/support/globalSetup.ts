import { sources } from 'azerbaijan-data';
import { releases } from '../../scripts/import/releases.js';
import { documentProblems, extractProblems, howToPoint, lookUp, openDataDir, openDataLookup, sourcesLookup, standardsLookup, strict } from './seeds.js';

/**
 * Before any test: under AZERBAIJAN_DATA_STRICT=1 (as .ci/run sets it), a missing folder of
 * source documents or of standards profiles, a source document missing from its folder, or a
 * missing folder, manifest or file of the open-data extracts (open-data/<release>/), fails the
 * run at once. Without it, those checks are skipped and the run says so at its end.
 * A folder named by AZERBAIJAN_DATA_SOURCES or AZERBAIJAN_DATA_STANDARDS must exist either way.
 */
export default function setup(): void {
  const seeds = lookUp(sourcesLookup);
  const standards = lookUp(standardsLookup);
  if (!strict) return;
  const problems: string[] = [];
  for (const [lookup, dir] of [[sourcesLookup, seeds], [standardsLookup, standards]] as const) {
    if (dir === undefined) problems.push(`${lookup.what} were not found: ${howToPoint(lookup)}`);
  }
  if (seeds !== undefined) {
    const declared = sources.flatMap((s) => (s.file !== undefined && s.sha256 !== undefined ? [{ id: s.id, file: s.file, sha256: s.sha256 }] : []));
    problems.push(...documentProblems(seeds, declared).filter((p) => p.includes(' is missing from ')));
  }
  if (seeds !== undefined) {
    const openData = openDataDir();
    if (openData === undefined) problems.push(`${openDataLookup.what} were not found: ${howToPoint(openDataLookup)}`);
    else for (const r of releases) problems.push(...extractProblems(`${openData}${r.folder}`).filter((p) => !p.includes(' is a different file')));
  }
  if (problems.length > 0) throw new Error(`AZERBAIJAN_DATA_STRICT=1 and ${problems.join('; ')}`);
}
