import { packageVersion } from '../citation/packageVersion.js';

/** The version of the package, as its package.json states it. */
export const version: string = packageVersion;
