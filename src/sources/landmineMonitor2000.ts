import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * The source document `002_404f944ac4efa99f.txt`: Azerbaijan, Landmine Monitor Report 2000 (Landmine Monitor (International Campaign to Ban Landmines)).
 *
 * @example
 * ```ts
 * import { landmineMonitor2000 } from 'azerbaijan-data';
 * landmineMonitor2000.kind; //=> 'monitor'
 * ```
 */
export const landmineMonitor2000: Source = /* @__PURE__ */ deepFreeze({
  "id": "002_404f944ac4efa99f",
  "title": "Azerbaijan, Landmine Monitor Report 2000",
  "publisher": "Landmine Monitor (International Campaign to Ban Landmines)",
  "kind": "monitor",
  "published": {
    "date": "2000",
    "basis": "stated",
    "note": "the report's figures run to mid-2000"
  },
  "file": "002_404f944ac4efa99f.txt"
});
