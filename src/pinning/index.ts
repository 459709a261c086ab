export { assertVersion } from './assertVersion.js';
export { assertHash } from './assertHash.js';
export { DataVersionError } from './dataVersionError.js';
