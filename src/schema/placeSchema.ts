import { z } from 'zod';
import type {
  Place as PlaceType,
  PlaceKind as PlaceKindType,
  PlaceNameTradition as PlaceNameTraditionType,
  PlaceNameUsage as PlaceNameUsageType,
  PlaceReference as PlaceReferenceType,
} from '../model/place.js';
import { Slug } from './ids.js';
import { WebUrl } from './webUrl.js';

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

const language = z.enum(['az', 'en', 'hy', 'ru']);

/**
 * Whose naming a name follows where the sides of the conflict name a place differently:
 * `azerbaijani` (Azerbaijan's official name, or a form of it in another language), `armenian`
 * (the name in Armenian usage, or a form of it), `international` (a name that both use, or that
 * is neither's, such as "Nagorno-Karabakh").
 *
 * @example
 * ```ts
 * import { PlaceNameTradition } from 'azerbaijan-data/schema';
 * PlaceNameTradition.parse('armenian'); //=> 'armenian'
 * ```
 */
export const PlaceNameTradition = z.enum(['azerbaijani', 'armenian', 'international']);

/** One of the traditions of {@link PlaceNameTradition}. */
export type PlaceNameTradition = PlaceNameTraditionType;

/**
 * A public reference that a place's names stand on (a gazetteer, an official list, an
 * encyclopaedia article): its name, the place's id in it where it has ids (`AZ-LAC` in ISO
 * 3166-2:AZ), its web address, and the languages of the names it attests.
 *
 * @example
 * ```ts
 * import { PlaceReference } from 'azerbaijan-data/schema';
 * PlaceReference.parse({ source: 'ISO 3166-2:AZ', id: 'AZ-LAC', names: ['az'] }).id; //=> 'AZ-LAC'
 * PlaceReference.safeParse({ source: 'ISO 3166-2:AZ', names: [] }).success; //=> false
 * ```
 */
export const PlaceReference = z.strictObject({
  source: z.string().trim().min(1),
  id: z.string().trim().min(1).optional(),
  url: WebUrl.optional(),
  names: z.array(language).min(1),
});

/** A reference, as validated by {@link PlaceReference}. */
export type PlaceReference = PlaceReferenceType;

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
  language,
  usedBy: z.string().trim().min(1),
  tradition: PlaceNameTradition.optional(),
});

/** A name with its language and users, as validated by {@link PlaceNameUsage}. */
export type PlaceNameUsage = PlaceNameUsageType;

/** The comparison form of a name for the schema's checks: lower case, no diacritics, one space. */
const fold = (n: string): string => n.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[\s\-‐‑‒–—―−_]+/g, ' ').trim();

/**
 * The display name that the rule of the gazetteer gives a place from the English names of its
 * `usage`: the name of the `international` tradition where there is one ("Nagorno-Karabakh");
 * else, where the Azerbaijani-usage and Armenian-usage names differ, the Azerbaijani-usage name
 * (the official name of the state within whose internationally recognised borders the place
 * lies) followed by the Armenian-usage name in brackets ("Lachin (Berdzor)"); else the one name.
 * `undefined` when no English name of the usage carries a tradition.
 */
function displayName(usage: readonly { name: string; language: string; tradition?: string | undefined }[], language: 'en' | 'ru' = 'en'): string | undefined {
  const english = usage.filter((u) => u.language === language);
  const of = (t: string): string | undefined => english.find((u) => u.tradition === t)?.name;
  const international = of('international');
  if (international !== undefined) return international;
  const az = of('azerbaijani');
  const hy = of('armenian');
  if (az !== undefined && hy !== undefined && fold(az) !== fold(hy)) return `${az} (${hy})`;
  return az ?? hy;
}

/**
 * A place of the gazetteer: its id (the code that datasets use in an `area` dimension), its
 * kind, its names in English and, where known, in Azerbaijani (`az`), Armenian (`hy`) and
 * Russian (`ru`), every spelling found in the source documents and in common use, the ISO
 * 3166-1 alpha-2 code of a country, and the id of the place that contains it.
 *
 * `names.en` is the English display name. It takes no side where usage differs, by one rule:
 * where `usage` marks its English names with a `tradition`, the display name is the name of the
 * `international` tradition where there is one (`"Nagorno-Karabakh"`); else, where the
 * Azerbaijani-usage and Armenian-usage names differ, the Azerbaijani-usage name (the official name
 * of the state within whose internationally recognised borders the place lies) with the
 * Armenian-usage name in brackets (`"Khankendi (Stepanakert)"`, `"Lachin (Berdzor)"`); else the
 * one name. `" district"` or `" city"` may follow, to tell a district from the city of the same
 * name (`"Shusha (Shushi) district"`, `"Shusha (Shushi)"`). `names.ru` follows the same rule
 * from the Russian names of `usage` that carry a tradition (`"Лачин (Бердзор)"`, `"Нагорный
 * Карабах"`), without a suffix. Where English names carry no
 * tradition, the display name must hold each of them. `usage` gives each name with its language,
 * who uses it and whose naming it follows; every name it lists is also a name or spelling of the
 * place, so `findPlace` finds it. `references` names the public gazetteers and lists that the
 * names stand on.
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
  references: z.array(PlaceReference).min(1).optional(),
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
  const expected = displayName(p.usage ?? []);
  if (expected !== undefined && ![expected, `${expected} district`, `${expected} city`].includes(p.names.en)) {
    ctx.addIssue({
      code: 'custom',
      path: ['names', 'en'],
      message: `expected the English display name "${expected}" (the name both sides use, else the Azerbaijani-usage name with the Armenian-usage name in brackets; "district" or "city" may follow), received "${p.names.en}"`,
    });
  }
  // the Russian name under the same rule, where Russian usage names the place in both traditions ("Лачин (Бердзор)")
  const russian = displayName(p.usage ?? [], 'ru');
  if (russian !== undefined && p.names.ru !== russian) {
    ctx.addIssue({
      code: 'custom',
      path: ['names', 'ru'],
      message: `expected the Russian name "${russian}" (the name both sides use, else the Azerbaijani-usage name with the Armenian-usage name in brackets), received "${p.names.ru}"`,
    });
  }
  const english = [...new Set((p.usage ?? []).filter((u) => u.language === 'en' && u.tradition === undefined).map((u) => u.name))];
  const display = fold(p.names.en);
  if (expected === undefined && english.length > 1 && english.some((n) => !display.includes(fold(n)))) {
    ctx.addIssue({
      code: 'custom',
      path: ['names', 'en'],
      message: `expected the English display name to give every English name in use (${english.join(', ')}), received "${p.names.en}"`,
    });
  }
});

/** A place, as validated by {@link Place}. */
export type Place = PlaceType;
