// The look-up index of the gazetteer: every name and spelling of every place, normalised.
import type { Place } from '../model/place.js';
import { places } from './places.js';

/**
 * The form in which names are compared: without zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF), compatibility-normalised (NFKC: full-width `Ｓｈｕｓｈａ` is `Shusha`), lower case, with the
 * Armenian ligature `և` written out as `եւ` (its letters, as `ԵՒ` in capitals), decomposed (NFD)
 * with every combining mark removed, the Azerbaijani dotless `ı` read as `i` and schwa `ə` as
 * `e`, and every run of spaces, hyphens and dashes read as one space.
 */
export function normaliseName(name: string): string {
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

let index: Map<string, readonly Place[]> | undefined;

/**
 * The places by every normalised name and spelling, built on the first look-up. A name that
 * several places share lists them in the order of `places` (a district before the city of the
 * same name); a place is listed once under a name however many of its names fold to it.
 */
export function placeIndex(): ReadonlyMap<string, readonly Place[]> {
  if (index === undefined) {
    const built = new Map<string, Place[]>();
    for (const place of places) {
      const { az, en, hy, ru } = place.names;
      for (const name of [en, az, hy, ru, ...place.spellings]) {
        if (name === undefined) continue;
        const key = normaliseName(name);
        const owners = built.get(key) ?? [];
        if (!owners.includes(place)) owners.push(place);
        built.set(key, owners);
      }
    }
    index = new Map([...built].map(([key, owners]) => [key, Object.freeze(owners)]));
  }
  return index;
}

