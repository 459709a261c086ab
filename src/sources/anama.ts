import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * Azerbaijan National Agency for Mine Action (ANAMA), cited by the source documents.
 *
 * @example
 * ```ts
 * import { anama } from 'azerbaijan-data';
 * anama.kind; //=> 'government'
 * ```
 */
export const anama: Source = /* @__PURE__ */ deepFreeze({
  "id": "anama",
  "title": "Azerbaijan National Agency for Mine Action",
  "publisher": "Azerbaijan National Agency for Mine Action (ANAMA)",
  "kind": "government",
  "form": "body",
  "citedIn": [
    "landmine-monitor-2000-azerbaijan"
  ],
  "note": "The civilian national mine action agency of Azerbaijan, established on 18 July 1998. Landmine Monitor 2000 cites it through interviews with its director, Ilyas Badalov, in the newspaper Zerkalo."
});
