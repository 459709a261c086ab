/**
 * What kind of place a gazetteer entry is.
 *
 * @example
 * ```ts
 * import type { PlaceKind } from 'azerbaijan-data/territory';
 * const kind: PlaceKind = 'district';
 * ```
 */
export type PlaceKind = 'country' | 'former-state' | 'macro-region' | 'region' | 'district' | 'city' | 'village' | 'corridor' | 'road';

/**
 * A place of the gazetteer, with its names in Azerbaijani, English, Armenian and Russian and
 * the spellings the documents use. The same shape as the `Place` schema of
 * `azerbaijan-data/schema`.
 *
 * @example
 * ```ts
 * import type { Place } from 'azerbaijan-data/territory';
 * import { places } from 'azerbaijan-data/territory';
 * const first: Place = places[0]!;
 * typeof first.names.en; //=> 'string'
 * ```
 */
export interface Place {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly names: {
    readonly az?: string | undefined;
    readonly en: string;
    readonly hy?: string | undefined;
    readonly ru?: string | undefined;
  };
  readonly spellings: readonly string[];
  readonly usage?: readonly PlaceNameUsage[] | undefined;
  readonly references?: readonly PlaceReference[] | undefined;
  readonly iso3166?: string | undefined;
  readonly within?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * One name of a place with the language it belongs to and who uses it, described, never judged.
 *
 * @example
 * ```ts
 * import type { PlaceNameUsage } from 'azerbaijan-data/territory';
 * const usage: PlaceNameUsage = { name: 'Şuşa', language: 'az', usedBy: 'The official name in Azerbaijan' };
 * usage.language; //=> 'az'
 * ```
 */
export interface PlaceNameUsage {
  readonly name: string;
  readonly language: 'az' | 'en' | 'hy' | 'ru';
  readonly usedBy: string;
  readonly tradition?: PlaceNameTradition | undefined;
}

/**
 * Whose naming a name follows, where the sides of the conflict name a place differently:
 * `azerbaijani` (the name in Azerbaijan's official usage, or a form of it in another language),
 * `armenian` (the name in Armenian usage, or a form of it), `international` (a name both use
 * or that is neither's, such as the English "Nagorno-Karabakh").
 *
 * @example
 * ```ts
 * import type { PlaceNameTradition } from 'azerbaijan-data/territory';
 * const tradition: PlaceNameTradition = 'armenian';
 * ```
 */
export type PlaceNameTradition = 'azerbaijani' | 'armenian' | 'international';

/**
 * A public reference that a place's names stand on: a gazetteer, an official list or an
 * encyclopaedia article, with the record's id in it where it has one, its address, and the
 * languages of the names it attests (`names`).
 *
 * @example
 * ```ts
 * import type { PlaceReference } from 'azerbaijan-data/territory';
 * const iso: PlaceReference = { source: 'ISO 3166-2:AZ', id: 'AZ-LAC', names: ['az'] };
 * iso.id; //=> 'AZ-LAC'
 * ```
 */
export interface PlaceReference {
  readonly source: string;
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly names: readonly ('az' | 'en' | 'hy' | 'ru')[];
}
