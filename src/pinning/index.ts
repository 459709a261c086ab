export { assertVersion } from './assertVersion.js';
export { assertHash } from './assertHash.js';
export { DataVersionError } from './dataVersionError.js';
export { lockData, diffLocks, figureText, LOCKFILE_NAME } from './lock/index.js';
export type { Lockfile, LockedDataset, LockedFigure, LockedEvent, Lockable, DatasetChange, ItemChange } from './lock/index.js';
