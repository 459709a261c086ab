import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Source document: the Azerbaijan country report of the Landmine Monitor Report 2000: Toward a Mine-Free World (International Campaign to Ban Landmines); its text is the file named in `file`.
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
  "form": "chapter",
  "container": {
    "title": "Landmine Monitor Report 2000: Toward a Mine-Free World",
    "publisher": "International Campaign to Ban Landmines (ICBL)",
    "url": "https://www.hrw.org/reports/2000/landmines/",
    "note": "the second annual Landmine Monitor report; the address is of a full copy of the report on hrw.org"
  },
  "published": {
    "date": "2000",
    "basis": "stated",
    "note": "the report's figures run to mid-2000"
  },
  "archiveUrl": "http://archives.the-monitor.org/index.php/publications/display?url=lm/2000/azerbaijan.html",
  "accessed": "2026-11",
  "file": "002_404f944ac4efa99f.txt",
  "sha256": "254257d969cc9760633fb9b0cd298b331a57da0016f7e819b40ba3c9d2f2ad49",
  "note": "The Azerbaijan country report of the Landmine Monitor Report 2000, in the Monitor's archive (same page header and text). The Monitor's later Azerbaijan reports (2003, 2004, 2005) are other documents."
});
