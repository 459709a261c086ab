/**
 * CITATION.cff moves with the package: its `version` and `date-released` become the release's.
 * One call in the release routine, so that a generator of the whole file can take its place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sets `version` and `date-released` of the root's CITATION.cff. */
export function moveCitation(root: string, version: string, date: string): void {
  const path = join(root, 'CITATION.cff');
  const text = readFileSync(path, 'utf8');
  const moved = text.replace(/^version: .*$/m, `version: ${version}`).replace(/^date-released: .*$/m, `date-released: "${date}"`);
  if (!/^version: /m.test(text) || !/^date-released: /m.test(text)) throw new Error('CITATION.cff: expected top-level "version:" and "date-released:" lines');
  writeFileSync(path, moved);
}
