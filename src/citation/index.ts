// `cite` (with its types Citation and CslItem) is exported with the helpers (src/helpers/index.ts),
// an entry point that loads no topic; the root re-exports it from there.
export { packageCitation } from './packageCitation.js';
