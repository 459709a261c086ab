export { assertVersion } from './assertVersion.js';
export { assertHash } from './assertHash.js';
export { DataVersionError } from './dataVersionError.js';
export { lockData, diffLocks, figureText, LOCKFILE_NAME, LockfileError } from './lock/index.js';
export type { Lockfile, LockedDataset, LockedFigure, LockedEvent, Lockable, DatasetChange, ItemChange } from './lock/index.js';
export { verifyData, assertLocked, DataLockError } from './verify/verifyData.js';
export type { VerifyOptions, Verifiable } from './verify/verifyData.js';
export type { VerifyReport, DatasetFinding } from './verify/verifyReport.js';
