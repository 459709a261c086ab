import { describe, expect, it } from 'vitest';
import { findPlace, findPlaces, places } from 'azerbaijan-data/territory';
import { Place as PlaceSchema } from 'azerbaijan-data/schema';
import { normaliseSpace, seedFiles, seedText, withoutSources } from '../support/seeds.js';

type Place = (typeof places)[number];

/**
 * The districts and towns of the Karabakh region that the data and the documents name, with
 * their names as the public references give them (ISO 3166-2:AZ for the Azerbaijani names of
 * the districts; encyclopaedia articles for the Armenian and Russian ones), written out here by
 * hand: [id, Azerbaijani, Armenian (Armenian script), Russian, English form of the Azerbaijani
 * name, English form of the Armenian name, the expected display name].
 */
const KARABAKH: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ['khankendi-stepanakert', 'Xankəndi', 'Ստեփանակերտ', 'Ханкенди (Степанакерт)', 'Khankendi', 'Stepanakert', 'Khankendi (Stepanakert)'],
  ['shusha', 'Şuşa', 'Շուշի', 'Шуша (Шуши)', 'Shusha', 'Shushi', 'Shusha (Shushi) district'],
  ['shusha-city', 'Şuşa', 'Շուշի', 'Шуша (Шуши)', 'Shusha', 'Shushi', 'Shusha (Shushi)'],
  ['lachin', 'Laçın', 'Բերձոր', 'Лачин (Бердзор)', 'Lachin', 'Berdzor', 'Lachin (Berdzor) district'],
  ['lachin-city', 'Laçın', 'Բերձոր', 'Лачин (Бердзор)', 'Lachin', 'Berdzor', 'Lachin (Berdzor)'],
  ['kalbajar', 'Kəlbəcər', 'Քարվաճառ', 'Кельбаджар (Карвачар)', 'Kalbajar', 'Karvachar', 'Kalbajar (Karvachar) district'],
  ['kalbajar-city', 'Kəlbəcər', 'Քարվաճառ', 'Кельбаджар (Карвачар)', 'Kalbajar', 'Karvachar', 'Kalbajar (Karvachar)'],
  ['aghdam', 'Ağdam', 'Ակնա', 'Агдам', 'Aghdam', 'Akna', 'Aghdam (Akna) district'],
  ['aghdam-city', 'Ağdam', 'Ակնա', 'Агдам', 'Aghdam', 'Akna', 'Aghdam (Akna)'],
  ['fuzuli', 'Füzuli', 'Վարանդա', 'Физули', 'Fuzuli', 'Varanda', 'Fuzuli (Varanda) district'],
  ['fuzuli-city', 'Füzuli', 'Վարանդա', 'Физули', 'Fuzuli', 'Varanda', 'Fuzuli (Varanda)'],
  ['jabrayil', 'Cəbrayıl', 'Ջրական', 'Джебраил', 'Jabrayil', 'Jrakan', 'Jabrayil (Jrakan) district'],
  ['jabrayil-city', 'Cəbrayıl', 'Ջրական', 'Джебраил', 'Jabrayil', 'Jrakan', 'Jabrayil (Jrakan)'],
  ['gubadli', 'Qubadlı', 'Քաշունիք', 'Губадлы', 'Gubadli', 'Kashunik', 'Gubadli (Kashunik) district'],
  ['gubadli-city', 'Qubadlı', 'Քաշունիք', 'Губадлы', 'Gubadli', 'Kashunik', 'Gubadli (Kashunik)'],
  ['zangilan', 'Zəngilan', 'Կովսական', 'Зангелан', 'Zangilan', 'Kovsakan', 'Zangilan (Kovsakan) district'],
  ['zangilan-city', 'Zəngilan', 'Կովսական', 'Зангелан', 'Zangilan', 'Kovsakan', 'Zangilan (Kovsakan)'],
  ['barda', 'Bərdə', 'Բարդա', 'Барда', 'Barda', 'Barda', 'Barda'],
];

/** ISO 3166-2:AZ codes of the districts (and of Khankendi, a city with the rank of a district). */
const ISO_3166_2: Readonly<Record<string, string>> = {
  'khankendi-stepanakert': 'AZ-XA', shusha: 'AZ-SUS', lachin: 'AZ-LAC', kalbajar: 'AZ-KAL', aghdam: 'AZ-AGM',
  fuzuli: 'AZ-FUZ', jabrayil: 'AZ-CAB', gubadli: 'AZ-QBI', zangilan: 'AZ-ZAN', barda: 'AZ-BAR',
};

/**
 * GeoNames admin1 codes (admin1CodesASCII.txt) of the same places; GeoNames counts the city of
 * Shusha apart from its district (AZ.56 against AZ.55), as the gazetteer does.
 */
const GEONAMES_ADMIN1: Readonly<Record<string, string>> = {
  'khankendi-stepanakert': 'AZ.61', shusha: 'AZ.55', 'shusha-city': 'AZ.56', lachin: 'AZ.28', kalbajar: 'AZ.26', aghdam: 'AZ.03',
  fuzuli: 'AZ.18', jabrayil: 'AZ.14', gubadli: 'AZ.43', zangilan: 'AZ.69', barda: 'AZ.11',
};

const byId = (id: string): Place => {
  const p = places.find((q) => q.id === id);
  if (p === undefined) throw new Error(`no place ${id}`);
  return p;
};
const karabakhPlaces = KARABAKH.map(([id]) => byId(id));
const SCRIPT = { hy: /^[\u0531-\u0556\u0561-\u0587\s()-]+$/u, ru: /^[\u0400-\u04FF\s()-]+$/u, az: /^[\p{Script=Latin}\s()-]+$/u, en: /^[\p{Script=Latin}\s()-]+$/u } as const;
const LANGUAGES = ['az', 'hy', 'ru', 'en'] as const;
const allNames = (p: Place): string[] =>
  [...new Set([p.names.en, p.names.az, p.names.hy, p.names.ru, ...p.spellings, ...(p.usage ?? []).map((u) => u.name)].filter((n): n is string => n !== undefined))];

describe('every district and town of the Karabakh region carries its names in four languages', () => {
  it.each(KARABAKH)('%s: names as the references give them', (id, az, hy, ru, enAz, enHy, display) => {
    const p = byId(id);
    expect(p.names).toEqual({ az, hy, ru, en: display });
    const spelled = allNames(p);
    expect(spelled).toContain(enAz);
    expect(spelled).toContain(enHy);
  });

  it.each(KARABAKH)('%s: each name in the script of its language', (id) => {
    const p = byId(id);
    for (const language of LANGUAGES) expect(p.names[language], `${id}.${language}`).toMatch(SCRIPT[language]);
    for (const u of p.usage ?? []) expect(u.name, `${id} usage ${u.name}`).toMatch(SCRIPT[u.language]);
  });

  it.each(KARABAKH)('%s: usage says who uses the name of each language, and whose naming it follows', (id) => {
    const p = byId(id);
    for (const language of LANGUAGES) {
      const entries = (p.usage ?? []).filter((u) => u.language === language);
      expect(entries.length, `${id}: usage in ${language}`).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.usedBy.length, `${id}: ${e.name}`).toBeGreaterThan(10);
        expect(e.tradition, `${id}: ${e.name}`).toBeDefined();
      }
    }
    // the names of the record are among those whose use is described
    const described = new Set((p.usage ?? []).map((u) => u.name));
    for (const language of ['az', 'hy'] as const) expect(described.has(p.names[language]!), `${id}.${language}`).toBe(true);
  });

  it.each(KARABAKH)('%s: every language of its names stands on a named public reference', (id) => {
    const p = byId(id);
    const references = p.references ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const r of references) {
      expect(r.source.length).toBeGreaterThan(3);
      expect(r.url !== undefined || r.id !== undefined || r.source.includes('"'), `${id}: ${r.source} has no address`).toBe(true);
    }
    for (const language of LANGUAGES) {
      expect(references.some((r) => r.names.includes(language)), `${id}: no reference for ${language}`).toBe(true);
    }
  });

  it('gives each district (and Khankendi) its ISO 3166-2:AZ code as a reference', () => {
    const codes = Object.fromEntries(
      Object.keys(ISO_3166_2).map((id) => [id, byId(id).references?.find((r) => r.source.startsWith('ISO 3166-2:AZ'))?.id]),
    );
    expect(codes).toEqual(ISO_3166_2);
  });

  it('gives each district, Khankendi and the city of Shusha its GeoNames admin1 code as a reference', () => {
    const codes = Object.fromEntries(
      Object.keys(GEONAMES_ADMIN1).map((id) => [id, byId(id).references?.find((r) => r.source.startsWith('GeoNames'))?.id]),
    );
    expect(codes).toEqual(GEONAMES_ADMIN1);
  });

  it('the Armenian names are the Armenian-side ones, not the Azerbaijani names in Armenian script', () => {
    // The Azerbaijani names as Armenian texts write them are spellings with their own usage entry.
    expect(byId('lachin').names.hy).toBe('Բերձոր');
    expect(findPlace('Լաչին')?.id).toBe('lachin');
    expect(byId('lachin').usage?.find((u) => u.name === 'Լաչին')?.tradition).toBe('azerbaijani');
    expect(findPlace('Քելբաջար')?.id).toBe('kalbajar');
    expect(findPlace('Աղդամ')?.id).toBe('aghdam');
  });
});

describe('what the notes quote from the documents', () => {
  it.skipIf(withoutSources)('every fragment a note of the region quotes with a figure or date stands in a source document as written', () => {
    const text = normaliseSpace(seedFiles().map(seedText).join(' '));
    const fragments = karabakhPlaces.flatMap((p) => [...(p.note ?? '').matchAll(/"([^"]*\d[^"]*)"/g)].map((m) => ({ id: p.id, fragment: m[1]! })));
    expect(fragments.length).toBeGreaterThanOrEqual(7);
    expect(fragments.filter((f) => !text.includes(normaliseSpace(f.fragment))).map((f) => `${f.id}: "${f.fragment}"`)).toEqual([]);
  });
});

describe('every name in every script resolves to its place', () => {
  it.each(KARABAKH)('%s: findPlaces finds it by each of its names, findPlace by each name it does not share', (id) => {
    const p = byId(id);
    const misses: string[] = [];
    for (const name of allNames(p)) {
      const found = findPlaces(name);
      if (!found.includes(p)) misses.push(`"${name}" → ${found.map((q) => q.id).join(', ') || 'nothing'}`);
      else if (found.length === 1 && findPlace(name) !== p) misses.push(`"${name}": findPlace → ${findPlace(name)?.id}`);
      else if (found.length > 1 && p.kind === 'city' && findPlace(name)?.id !== p.within) misses.push(`"${name}": shared, but findPlace is not the district`);
    }
    expect(misses).toEqual([]);
  });

  it.each([
    ['Shusha', 'shusha'],
    ['Shusha city', 'shusha-city'],
    ['Shusha town', 'shusha-city'],
    ['Şuşa şəhəri', 'shusha-city'],
    ['Shusha (Shushi)', 'shusha-city'],
    ['Shusha (Shushi) district', 'shusha'],
    ['Shusha district', 'shusha'],
    ['Şuşa rayonu', 'shusha'],
    ['Շուշի', 'shusha'],
    ['Бердзор', 'lachin'],
    ['Berdzor', 'lachin'],
    ['Lachin city', 'lachin-city'],
    ['Lachin (Berdzor)', 'lachin-city'],
    ['Քարվաճառ', 'kalbajar'],
    ['Karvachar', 'kalbajar'],
    ['Kalbajar city', 'kalbajar-city'],
    ['Ակնա', 'aghdam'],
    ['Akna', 'aghdam'],
    ['Agdam region', 'aghdam'],
    ['Aghdam city', 'aghdam-city'],
    ['Վարանդա', 'fuzuli'],
    ['Fizuli', 'fuzuli'],
    ['Fuzuli town', 'fuzuli-city'],
    ['Ջրական', 'jabrayil'],
    ['Джебраил', 'jabrayil'],
    ['Jabrayil city', 'jabrayil-city'],
    ['Քաշունիք', 'gubadli'],
    ['Кубатлы', 'gubadli'],
    ['Губадлы', 'gubadli'],
    ['Gubadli city', 'gubadli-city'],
    ['Կովսական', 'zangilan'],
    ['Ковсакан', 'zangilan'],
    ['Zangilan city', 'zangilan-city'],
    ['Ստեփանակերտ', 'khankendi-stepanakert'],
    ['Ханкенди', 'khankendi-stepanakert'],
    ['Khankendi city', 'khankendi-stepanakert'],
    ['Պարտավ', 'barda'],
    ['Բարդա', 'barda'],
    ['Արցախ', 'nagorno-karabakh'],
    ['Artsakh', 'nagorno-karabakh'],
    ['Qarabağ iqtisadi rayonu', 'karabakh-economic-region'],
    ['Karabakh economic region', 'karabakh-economic-region'],
  ])('findPlace("%s") is %s', (name, id) => {
    expect(findPlace(name)?.id).toBe(id);
  });

  it('a district and its town are two places, the town within the district', () => {
    for (const [id] of KARABAKH.filter(([i]) => i.endsWith('-city'))) {
      const town = byId(id);
      const district = byId(id.replace(/-city$/, ''));
      expect(town).not.toBe(district);
      expect([town.kind, district.kind, town.within]).toEqual(['city', 'district', district.id]);
      expect(findPlaces(district.names.az!)).toEqual([district, town]);
    }
  });
});

describe('"Karabakh" resolves to the region each usage means', () => {
  const [nk, wider] = findPlaces('Karabakh');

  it('findPlaces gives both: Nagorno-Karabakh (the documents\' and most English usage) and the Karabakh economic region (Azerbaijan\'s official usage)', () => {
    expect(findPlaces('Karabakh').map((p) => p.id)).toEqual(['nagorno-karabakh', 'karabakh-economic-region']);
    expect(findPlaces('KARABAKH')).toEqual(findPlaces('Karabakh'));
    expect(findPlaces('Карабах').map((p) => p.id)).toEqual(['nagorno-karabakh', 'karabakh-economic-region']);
  });

  it('findPlace keeps giving Nagorno-Karabakh, as before', () => {
    expect(findPlace('Karabakh')).toBe(nk);
    expect(nk?.id).toBe('nagorno-karabakh');
  });

  it('each usage entry for "Karabakh" says which region its users mean, and each note states the difference', () => {
    const nkUse = nk?.usage?.find((u) => u.name === 'Karabakh');
    const widerUse = wider?.usage?.find((u) => u.name === 'Karabakh');
    expect(nkUse?.usedBy).toMatch(/source documents/);
    expect(widerUse?.usedBy).toMatch(/official usage/);
    expect(widerUse?.tradition).toBe('azerbaijani');
    expect(nk?.note).toMatch(/Karabakh economic region/);
    expect(wider?.note).toMatch(/wider than Nagorno-Karabakh/);
  });

  it('the economic region holds the districts the 2021 decree lists that the gazetteer has, and not the East Zangezur ones', () => {
    for (const district of ['Aghdam', 'Barda', 'Fuzuli', 'Shusha', 'Khankendi']) expect(wider?.note).toContain(district);
    expect(wider?.note).toMatch(/Lachin, Kalbajar, Gubadli, Zangilan and Jabrayil form the East Zangezur economic region/);
  });
});

describe('one display rule for every place whose names differ', () => {
  /**
   * The rule, written again here from its statement in docs/gazetteer.md: the English name both
   * sides use, where there is one; else "Azerbaijani-usage name (Armenian-usage name)" where the
   * two differ; else the one name. A district whose town is also a place takes " district".
   */
  function ruleFor(p: Place): string | undefined {
    const english = (p.usage ?? []).filter((u) => u.language === 'en');
    const of = (t: string): string | undefined => english.find((u) => u.tradition === t)?.name;
    const shared = of('international');
    const az = of('azerbaijani');
    const hy = of('armenian');
    const base = shared ?? (az !== undefined && hy !== undefined && az !== hy ? `${az} (${hy})` : (az ?? hy));
    if (base === undefined) return undefined;
    const hasTown = places.some((q) => q.kind === 'city' && q.within === p.id);
    return p.kind === 'district' && hasTown ? `${base} district` : base;
  }

  it('holds for every place whose English names carry a tradition', () => {
    const governed = places.filter((p) => ruleFor(p) !== undefined);
    expect(governed.length).toBeGreaterThanOrEqual(KARABAKH.length);
    expect(governed.filter((p) => p.names.en !== ruleFor(p)).map((p) => `${p.id}: "${p.names.en}", rule "${ruleFor(p)}"`)).toEqual([]);
  });

  it('covers every place of the Karabakh region, and Nagorno-Karabakh takes the name both sides use', () => {
    expect(karabakhPlaces.filter((p) => ruleFor(p) === undefined).map((p) => p.id)).toEqual([]);
    expect(byId('nagorno-karabakh').names.en).toBe('Nagorno-Karabakh');
  });

  it('puts the Armenian-usage name in brackets wherever the sides\' names differ, and only there', () => {
    for (const [id, , , , enAz, enHy, display] of KARABAKH) {
      if (enAz === enHy) expect(display, id).not.toMatch(/\(/);
      else expect(display.startsWith(`${enAz} (${enHy})`), id).toBe(true);
    }
  });

  it('the schema refuses a display name that breaks the rule', () => {
    const lachin = byId('lachin-city');
    const asPlain = JSON.parse(JSON.stringify(lachin)) as Record<string, unknown>;
    expect(PlaceSchema.safeParse(asPlain).success).toBe(true);
    for (const en of ['Lachin', 'Berdzor', 'Berdzor (Lachin)', 'Lachin/Berdzor']) {
      const r = PlaceSchema.safeParse({ ...asPlain, names: { ...lachin.names, en } });
      expect(r.success, en).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['names', 'en']);
    }
    const shared = { ...asPlain, usage: [...lachin.usage!, { name: 'Lachin (Berdzor)', language: 'en', usedBy: 'both', tradition: 'international' }] };
    expect(PlaceSchema.safeParse(shared).success).toBe(true);
  });
});

describe('findPlaces', () => {
  it('returns an empty, frozen array for a name of no place, and frozen arrays otherwise', () => {
    expect(findPlaces('Atlantis')).toEqual([]);
    expect(Object.isFrozen(findPlaces('Atlantis'))).toBe(true);
    expect(Object.isFrozen(findPlaces('Shusha'))).toBe(true);
  });

  it('gives one place for a name that one place has, the same as findPlace', () => {
    expect(findPlaces('Stepanakert')).toEqual([findPlace('Stepanakert')]);
  });

  it.each([
    ['an empty string', ''],
    ['white space only', '   '],
    ['a number', 42],
    ['null', null],
    ['an object', { en: 'Shusha' }],
  ])('throws a TypeError naming the argument for %s', (_, bad) => {
    expect(() => findPlaces(bad as never)).toThrow(TypeError);
    expect(() => findPlaces(bad as never)).toThrow(/findPlaces: name must be a non-empty string; received/);
  });
});
