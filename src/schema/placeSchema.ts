import { z } from 'zod';
import type { Place as PlaceType, PlaceKind as PlaceKindType } from '../model/place.js';
import { Slug } from './ids.js';

/**
 * What kind of place a gazetteer entry is: a `country`; a `former-state` (the Soviet Union); a
 * `macro-region` spanning several countries (Central Asia, the Caucasus); a `region` inside a
 * country (Nagorno-Karabakh); a `district` (rayon); a `city`; a `village`; a `corridor` (the
 * Lachin corridor); a `road`.
 *
 * @example
 * ```ts
 * import { PlaceKind } from 'azerbaijan-data/schema';
 * PlaceKind.parse('district'); //=> 'district'
 * ```
 */
export const PlaceKind = z.enum(['country', 'former-state', 'macro-region', 'region', 'district', 'city', 'village', 'corridor', 'road']);

/** One of the place kinds of {@link PlaceKind}. */
export type PlaceKind = PlaceKindType;

const name = z.string().trim().min(1);

/**
 * A place of the gazetteer: its id (the code that datasets use in an `area` dimension), its
 * kind, its names in English and, where known, in Azerbaijani (`az`), Armenian (`hy`) and
 * Russian (`ru`), every spelling found in the source documents and in common use, the ISO
 * 3166-1 alpha-2 code of a country, and the id of the place that contains it.
 *
 * @example
 * ```ts
 * import { Place } from 'azerbaijan-data/schema';
 * Place.parse({
 *   id: 'shusha', kind: 'district', names: { az: 'Şuşa', en: 'Shusha', hy: 'Շուշի', ru: 'Шуша' },
 *   spellings: ['Shusha', 'Şuşa', 'Shushi'], within: 'nagorno-karabakh',
 * }).names.en; //=> 'Shusha'
 * ```
 */
export const Place = z.strictObject({
  id: Slug,
  kind: PlaceKind,
  names: z.strictObject({ az: name.optional(), en: name, hy: name.optional(), ru: name.optional() }),
  spellings: z.array(name).min(1),
  iso3166: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "AZ"')
    .optional(),
  within: Slug.optional(),
  note: z.string().min(1).optional(),
}).superRefine((p, ctx) => {
  if (p.iso3166 !== undefined && p.kind !== 'country') {
    ctx.addIssue({ code: 'custom', path: ['iso3166'], message: `expected an ISO 3166-1 code only on a country, not on a ${p.kind}` });
  }
  if (p.within === p.id) ctx.addIssue({ code: 'custom', path: ['within'], message: 'expected a place not to contain itself' });
});

/** A place, as validated by {@link Place}. */
export type Place = PlaceType;
