/**
 * The names closest to a name the command line does not know (a dataset, measure, command or
 * option), for "did you mean": the library's one ranking, `closestIds` (see there), the same the
 * getters' `UnknownIdError` uses, so that the shell and the code suggest the same ids.
 */
export { closestIds as closestNames } from '../helpers/closestIds.js';
