import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

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
  "note": "The civilian national mine action agency of Azerbaijan, established on 18 July 1998. Landmine Monitor 2000 cites it through interviews with its director, Ilyas Badalov, in the newspaper Zerkalo.",
  "namesInDocuments": [
    {
      "name": "АNАМА",
      "document": "landmine-monitor-2000-azerbaijan",
      "quote": "On 10 March 2000, АNАМА met with donors",
      "flagged": "differs from the body's own abbreviation, ANAMA, in its letters: the report writes three of the four letters (А, А, М) in Cyrillic, which look like the Latin ones; a search for \"ANAMA\" does not find it"
    }
  ]
});
