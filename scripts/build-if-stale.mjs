// `npm test` runs this first (pretest): it builds (`npm run build`) when dist/ or data/ is missing
// or older than what they are built from (src/, the build scripts, the build configuration), and
// otherwise does nothing, so that a built tree is tested at once and a fresh clone is built first.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const inputs = ['src', 'scripts/generate-indices.ts', 'scripts/export-data.ts', 'scripts/acrossSourcesExports.ts', 'scripts/build', 'scripts/docs', 'tsup.config.ts', 'package.json', 'DATA-LICENSE.md'];
const outputs = ['dist/index.js', 'dist/index.cjs', 'dist/node/index.cjs', 'dist/index.d.ts', 'dist/node/cli.mjs', 'data/datapackage.json'];

/** The newest modification time of a file or of the files under a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = outputs.every((f) => existsSync(join(root, f)));
const builtAt = built ? Math.min(...outputs.map((f) => statSync(join(root, f)).mtimeMs)) : 0;
const changedAt = Math.max(...inputs.filter((f) => existsSync(join(root, f))).map((f) => newest(join(root, f))));
if (!built || changedAt > builtAt) {
  console.log(built ? 'pretest: sources changed since the last build; building' : 'pretest: not built yet; building');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
