import type { Place } from '../model/place.js';
import { placeIndex, normaliseName } from './placeIndex.js';

/**
 * Finds the place of the gazetteer that has `name` as one of its names or spellings, in any
 * language: `"Khankendi"`, `"Khankandi"`, `"Khankedi"` and `"Stepanakert"` all find the same
 * city. The comparison ignores case and diacritics (`"şuşa"`, `"SHUSHA"` and `"Susa"` are the
 * same; the dotless `ı` reads as `i`, `ə` as `e`) and treats hyphens, dashes and spaces alike
 * (`"Nagorno Karabakh"` is `"Nagorno-Karabakh"`). The Armenian ligature `և` is read as its
 * letters `եւ` (`"Երևան"`, `"Երեւան"` and `"ԵՐԵՒԱՆ"` are the same), full-width letters as their
 * ordinary forms, and zero-width characters are ignored. It matches whole names only, never a
 * part of one.
 *
 * A few names belong to more than one place: a district and the city of the same name
 * (`"Shusha"`, `"Lachin"`, `"Berdzor"`), and `"Karabakh"`, which in the documents and in most
 * English usage means Nagorno-Karabakh and in Azerbaijan's official usage also names the wider
 * Karabakh economic region. `findPlace` gives the first of them: the district before the city
 * (`"Shusha city"` finds the city), Nagorno-Karabakh before the economic region. `findPlaces`
 * gives them all, and each place's `note` states the difference.
 *
 * @param name - A place name or spelling.
 * @returns The place, or `undefined` when no place has that name.
 * @throws {TypeError} when `name` is not a string, or is empty or only white space.
 *
 * @example
 * ```ts
 * import { findPlace } from 'azerbaijan-data/territory';
 * findPlace('Stepanakert')?.id;
 * //=> 'khankendi-stepanakert'
 * findPlace('FÜZULI')?.names.en;
 * //=> 'Fuzuli (Varanda) district'
 * findPlace('dağlıq qarabağ')?.id;
 * //=> 'nagorno-karabakh'
 * findPlace('Shusha city')?.names.en;
 * //=> 'Shusha (Shushi)'
 * findPlace('Բերձոր')?.id;
 * //=> 'lachin'
 * findPlace('Atlantis');
 * //=> undefined
 * ```
 */
export function findPlace(name: string): Place | undefined {
  if (typeof name !== 'string') {
    throw new TypeError(`findPlace: name must be a non-empty string; received ${name === null ? 'null' : typeof name}`);
  }
  const key = normaliseName(name);
  if (key === '') throw new TypeError(`findPlace: name must be a non-empty string; received ${JSON.stringify(name)}`);
  return placeIndex().get(key)?.[0];
}
