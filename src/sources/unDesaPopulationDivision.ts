import { deepFreeze } from '../deepFreeze.js';
import type { Source } from '../model/source.js';

/**
 * Population Division of the United Nations Department of Economic and Social Affairs (UN DESA),
 * which the World Development Indicators name as the source of their international migrant
 * stock, net migration and (first among six) population series.
 *
 * @example
 * ```ts
 * import { unDesaPopulationDivision } from 'azerbaijan-data';
 * unDesaPopulationDivision.kind; //=> 'intergovernmental'
 * ```
 */
export const unDesaPopulationDivision: Source = /* @__PURE__ */ deepFreeze({
  "id": "un-desa-population-division",
  "title": "United Nations Population Division",
  "publisher": "United Nations, Department of Economic and Social Affairs, Population Division",
  "kind": "intergovernmental",
  "form": "body",
  "note": "Named in the source field of the World Development Indicators' concept rows of SM.POP.TOTL and SM.POP.TOTL.ZS (Trends in Total Migrant Stock), SM.POP.NETM (World Population Prospects: 2022 Revision) and SP.POP.TOTL (first of six sources)."
});
