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
  "id": "landmine-monitor-2000-azerbaijan",
  "title": "Azerbaijan, Landmine Monitor Report 2000",
  "publisher": "Landmine Monitor (International Campaign to Ban Landmines)",
  "kind": "monitor",
  "published": {
    "date": "2000",
    "basis": "stated",
    "note": "the report's figures run to mid-2000"
  },
  "file": "002_404f944ac4efa99f.txt",
  "sha256": "254257d969cc9760633fb9b0cd298b331a57da0016f7e819b40ba3c9d2f2ad49"
});
