import type { Place } from '../schema/place.js';
import { places } from './places.js';

/**
 * The form in which names are compared: without zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF), compatibility-normalised (NFKC: full-width `Ｓｈｕｓｈａ` is `Shusha`), lower case, with the
 * Armenian ligature `և` written out as `եւ` (its letters, as `ԵՒ` in capitals), decomposed (NFD)
 * with every combining mark removed, the Azerbaijani dotless `ı` read as `i` and schwa `ə` as
 * `e`, and every run of spaces, hyphens and dashes read as one space.
 */
function normaliseName(name: string): string {
  return name
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/և/g, 'եւ')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/[\s\-‐‑‒–—―−_]+/g, ' ')
    .trim();
}

let index: Map<string, Place> | undefined;

/** The places by every normalised name and spelling, built on the first look-up. */
function placeIndex(): Map<string, Place> {
  if (index === undefined) {
    index = new Map();
    for (const place of places) {
      const { az, en, hy, ru } = place.names;
      for (const name of [en, az, hy, ru, ...place.spellings]) {
        if (name !== undefined) index.set(normaliseName(name), place);
      }
    }
  }
  return index;
}

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
 * //=> 'Fuzuli'
 * findPlace('dağlıq qarabağ')?.id;
 * //=> 'nagorno-karabakh'
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
  return placeIndex().get(key);
}
