import type { Place } from '../model/place.js';
import { normaliseName, placeIndex } from './placeIndex.js';

const NONE: readonly Place[] = Object.freeze([]);

/**
 * Finds every place of the gazetteer that has `name` as one of its names or spellings, compared
 * as `findPlace` compares them (case, diacritics, hyphens and the Armenian ligature `և` aside).
 * Most names belong to one place; a few belong to more, and then all are given, in the order of
 * `places`: a district and the city of the same name (`"Shusha"`: Shusha district, then Shusha
 * city), and `"Karabakh"`, which means Nagorno-Karabakh in the documents and in most English
 * usage, and in Azerbaijan's official usage also the wider Karabakh economic region (each
 * place's `note` states the difference). `findPlace` gives the first of them.
 *
 * @param name - A place name or spelling.
 * @returns The places (a frozen array), first the one `findPlace` gives; an empty array when no
 *   place has that name.
 * @throws {TypeError} when `name` is not a string, or is empty or only white space.
 *
 * @example
 * ```ts
 * import { findPlaces } from 'azerbaijan-data/territory';
 * findPlaces('Shusha').map((p) => p.id);
 * //=> ['shusha', 'shusha-city']
 * findPlaces('Karabakh').map((p) => p.id);
 * //=> ['nagorno-karabakh', 'karabakh-economic-region']
 * findPlaces('Stepanakert').map((p) => p.id);
 * //=> ['khankendi-stepanakert']
 * findPlaces('Atlantis');
 * //=> []
 * ```
 */
export function findPlaces(name: string): readonly Place[] {
  if (typeof name !== 'string') {
    throw new TypeError(`findPlaces: name must be a non-empty string; received ${name === null ? 'null' : typeof name}`);
  }
  const key = normaliseName(name);
  if (key === '') throw new TypeError(`findPlaces: name must be a non-empty string; received ${JSON.stringify(name)}`);
  return placeIndex().get(key) ?? NONE;
}
