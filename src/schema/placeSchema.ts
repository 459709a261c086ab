import { z } from 'zod';
import type { Place as PlaceType, PlaceKind as PlaceKindType, PlaceNameUsage as PlaceNameUsageType } from '../model/place.js';
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
 * One name of a place with the language it belongs to (`az`, `en`, `hy`, `ru`) and who uses it,
 * described, never judged: `{ name: 'Stepanakert', language: 'en', usedBy: 'English form of the
 * Armenian name, …' }`.
 *
 * @example
 * ```ts
 * import { PlaceNameUsage } from 'azerbaijan-data/schema';
 * PlaceNameUsage.parse({ name: 'Şuşa', language: 'az', usedBy: 'The official name in Azerbaijan' }).language; //=> 'az'
 * ```
 */
export const PlaceNameUsage = z.strictObject({
  name,
  language: z.enum(['az', 'en', 'hy', 'ru']),
  usedBy: z.string().trim().min(1),
});

/** A name with its language and users, as validated by {@link PlaceNameUsage}. */
export type PlaceNameUsage = PlaceNameUsageType;

/** The comparison form of a name for the schema's checks: lower case, no diacritics, one space. */
const fold = (n: string): string => n.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[\s\-‐‑‒–—―−_]+/g, ' ').trim();

/**
 * A place of the gazetteer: its id (the code that datasets use in an `area` dimension), its
 * kind, its names in English and, where known, in Azerbaijani (`az`), Armenian (`hy`) and
 * Russian (`ru`), every spelling found in the source documents and in common use, the ISO
 * 3166-1 alpha-2 code of a country, and the id of the place that contains it.
 *
 * `names.en` is the English display name. It takes no side where usage differs: where `usage`
 * lists two English names in common use, the display name holds both (`"Khankendi
 * (Stepanakert)"`). `usage` gives, for a place the sides name differently, each name with its
 * language and who uses it; every name it lists is also a name or spelling of the place, so
 * `findPlace` finds it.
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
  usage: z.array(PlaceNameUsage).min(1).optional(),
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
  const known = new Set([p.names.en, p.names.az, p.names.hy, p.names.ru, ...p.spellings].filter((n) => n !== undefined).map(fold));
  p.usage?.forEach((u, i) => {
    if (!known.has(fold(u.name))) {
      ctx.addIssue({ code: 'custom', path: ['usage', i, 'name'], message: `expected "${u.name}" to be one of the place's names or spellings` });
    }
  });
  const english = [...new Set((p.usage ?? []).filter((u) => u.language === 'en').map((u) => u.name))];
  const display = fold(p.names.en);
  if (english.length > 1 && english.some((n) => !display.includes(fold(n)))) {
    ctx.addIssue({
      code: 'custom',
      path: ['names', 'en'],
      message: `expected the English display name to give every English name in use (${english.join(', ')}), received "${p.names.en}"`,
    });
  }
});

/** A place, as validated by {@link Place}. */
export type Place = PlaceType;
