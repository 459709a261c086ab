import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder of the standards' machine-readable profiles (`datapackage-v2/`…): the folder named
 * by the environment variable AZERBAIJAN_DATA_STANDARDS, else `../shared/standards/` from the
 * project root; `undefined` where it does not exist. With AZERBAIJAN_DATA_STRICT=1 a missing
 * folder throws, so that CI cannot skip the tests that need it.
 */
export function standardsDir(): string | undefined {
  const dir = resolve(process.env.AZERBAIJAN_DATA_STANDARDS ?? resolve(projectRoot, '../shared/standards'));
  if (existsSync(dir)) return dir;
  if (process.env.AZERBAIJAN_DATA_STRICT === '1') throw new Error(`the standards profiles are not at ${dir} (set AZERBAIJAN_DATA_STANDARDS), and AZERBAIJAN_DATA_STRICT=1 forbids skipping`);
  return undefined;
}
