import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Source document: "Azerbaijan: NRC country programmes", a web page of the Norwegian Refugee Council (c. 2002, inferred); its text is the file named in `file`.
 *
 * @example
 * ```ts
 * import { nrcCountryProgrammes } from 'azerbaijan-data';
 * nrcCountryProgrammes.kind; //=> 'ngo'
 * ```
 */
export const nrcCountryProgrammes: Source = /* @__PURE__ */ deepFreeze({
  "id": "nrc-azerbaijan-country-programmes",
  "title": "Azerbaijan: NRC country programmes",
  "publisher": "Norwegian Refugee Council",
  "kind": "ngo",
  "form": "webPage",
  "published": {
    "date": "2002",
    "basis": "inferred",
    "note": "read from the text: \"eight years after the end of the war\", counted from the 1994 ceasefire"
  },
  "file": "000_4990b77928cc2036.txt",
  "sha256": "37953125f9b336d54a5abcd6e63cd4b06c0ccadc8e544596e2fe438eac4b451a",
  "note": "No address of this page was found; it is cited here by its title and publisher."
});
