import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Source document: "Nagorno-Karabakh: Azerbaijan sends humanitarian aid", a DW (Deutsche Welle) news article of 22 September 2023; its text is the file named in `file`.
 *
 * @example
 * ```ts
 * import { dwHumanitarianAid2023 } from 'azerbaijan-data';
 * dwHumanitarianAid2023.kind; //=> 'media'
 * ```
 */
export const dwHumanitarianAid2023: Source = /* @__PURE__ */ deepFreeze({
  "id": "dw-2023-09-22-azerbaijan-humanitarian-aid",
  "title": "Nagorno-Karabakh: Azerbaijan sends humanitarian aid",
  "publisher": "DW (Deutsche Welle)",
  "kind": "media",
  "form": "newsArticle",
  "published": {
    "date": "2023-09-22",
    "basis": "stated"
  },
  "url": "https://www.dw.com/en/nagorno-karabakh-azerbaijan-sends-humanitarian-aid/a-66895113",
  "urlScope": "whole",
  "accessed": "2026-11",
  "file": "001_3afa75854e57eea0.txt",
  "sha256": "a9d0af8b2575e275c8eff2277ea2c44353ff07d834a6c49d344ab6ec2429a955",
  "note": "DW article a-66895113. Its credit line \"sdi/rs (Reuters, Interfax, AFP)\" gives the initials of its DW editors and the news agencies it draws on; no author is named in full."
});
