export type { Lockfile, LockedDataset, LockedFigure, LockedEvent } from './lockfile.js';
export { LOCKFILE_NAME } from './lockfile.js';
export { lockData } from './lockData.js';
export type { Lockable } from './lockData.js';
export { diffLocks, figureText } from './diffLocks.js';
export type { DatasetChange, ItemChange } from './diffLocks.js';
export { LockfileError } from './lockfileError.js';
export { parseLockfile } from './parseLockfile.js';
