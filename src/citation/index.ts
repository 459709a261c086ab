export { cite } from './cite.js';
export type { Citation } from './cite.js';
export type { CslItem } from './cslItem.js';
export { packageCitation } from './packageCitation.js';
