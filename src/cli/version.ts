import packageJson from '../../package.json' with { type: 'json' };

/** The version of the package, as its package.json states it. */
export const version: string = packageJson.version;
