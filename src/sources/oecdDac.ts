import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Development Assistance Committee (DAC) of the Organisation for Economic Co-operation and
 * Development (OECD), which the World Development Indicators name as the source of their net
 * official development assistance series.
 *
 * @example
 * ```ts
 * import { oecdDac } from 'azerbaijan-data';
 * oecdDac.kind; //=> 'intergovernmental'
 * ```
 */
export const oecdDac: Source = /* @__PURE__ */ deepFreeze({
  "id": "oecd-dac",
  "title": "Development Assistance Committee of the OECD",
  "publisher": "Organisation for Economic Co-operation and Development (OECD), Development Assistance Committee (DAC)",
  "kind": "intergovernmental",
  "form": "body",
  "note": "Named in the source field of the World Development Indicators' concept row of DT.ODA.ODAT.CD: Geographical Distribution of Financial Flows to Developing Countries, Development Co-operation Report, and International Development Statistics database."
});
