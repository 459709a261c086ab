/**
 * Writes the lockfile of the data as it stood at a commit of the history: what
 * `azerbaijan-data lock` would have written then. The commit's `src/` and `package.json` are
 * extracted into a scratch folder and its catalogue is read there, in a child process, so that
 * old data is read as it was; the lockfile is written with today's `lockData`.
 *
 *     npx tsx scripts/pinning/lockAt.ts <commit> <output file>
 *
 * examples/upgrade/azerbaijan-data.lock.json was written by
 * `npx tsx scripts/pinning/lockAt.ts 08b5c6b^ examples/upgrade/azerbaijan-data.lock.json`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const [commit, output] = process.argv.slice(2);

if (commit === '--child') {
  // in the child: argv[3] is the extracted tree; print its lockfile
  const tree = output!;
  const { datasets } = (await import(pathToFileURL(join(tree, 'src/catalogue.ts')).href)) as { datasets: never[] };
  const { lockData } = await import('../../src/pinning/lock/lockData.js');
  const { lockfileText } = await import('../../src/pinning/lock/lockfileText.js');
  const version = (JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8')) as { version: string }).version;
  process.stdout.write(lockfileText({ ...lockData(datasets), package: { name: 'azerbaijan-data', version } }));
} else {
  if (commit === undefined || output === undefined) throw new TypeError('usage: npx tsx scripts/pinning/lockAt.ts <commit> <output file>');
  const tree = mkdtempSync(join(tmpdir(), 'azerbaijan-data-lock-at-'));
  try {
    execFileSync('sh', ['-c', 'git -C "$1" archive "$2" src package.json | tar -x -C "$3"', 'sh', root, commit, tree]);
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    const text = execFileSync(join(root, 'node_modules/.bin/tsx'), [new URL(import.meta.url).pathname, '--child', tree], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(output, text);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
