import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../schema/source.js';

/**
 * The source document `001_3afa75854e57eea0.txt`: Nagorno-Karabakh: Azerbaijan sends humanitarian aid (DW (Deutsche Welle), with Reuters, Interfax and AFP).
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
  "publisher": "DW (Deutsche Welle), with Reuters, Interfax and AFP",
  "kind": "media",
  "published": {
    "date": "2023-09-22",
    "basis": "stated"
  },
  "file": "001_3afa75854e57eea0.txt",
  "sha256": "a9d0af8b2575e275c8eff2277ea2c44353ff07d834a6c49d344ab6ec2429a955"
});
