/**
 * Writes into docs/data-versions.md, between its `verify-output` markers, what
 * `azerbaijan-data verify examples/upgrade/azerbaijan-data.lock.json` prints today: run it after
 * a release (src/pinning/releases.ts names the release that explains each change), as
 * tests/pinning/upgradeDoc.test.ts says when the page is stale.
 *
 *     npx tsx scripts/pinning/upgradeDoc.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { run } from '../../src/cli/run.js';

export const COMMAND = 'npx azerbaijan-data verify examples/upgrade/azerbaijan-data.lock.json';
const START = '<!-- verify-output: written by scripts/pinning/upgradeDoc.ts (npx tsx scripts/pinning/upgradeDoc.ts); do not edit by hand -->';
const END = '<!-- /verify-output -->';

/** The block the page shows: the command and what it prints (run from the project's root). */
export function verifyOutputBlock(): string {
  const r = run(COMMAND.replace('npx azerbaijan-data ', '').split(' '));
  return `${START}\n\`\`\`text\n$ ${COMMAND}\n${r.stdout}\`\`\`\n${END}`;
}

/** The page with its block replaced by `block`. */
export function withBlock(page: string, block: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/data-versions.md: the verify-output markers are missing');
  return page.slice(0, start) + block + page.slice(end + END.length);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('../..', import.meta.url).pathname;
  process.chdir(root);
  const file = `${root}docs/data-versions.md`;
  writeFileSync(file, withBlock(readFileSync(file, 'utf8'), verifyOutputBlock()));
  console.log('docs/data-versions.md: the verify output written');
}
