import { describe, expect, it } from 'vitest';
import { findPlace, places } from 'azerbaijan-data/territory';
import { Place as PlaceSchema } from 'azerbaijan-data/schema';

/** Normalises a name as the test understands "the same name": independent of the library. */
function key(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/[\s\-‐‑‒–—−_]+/g, ' ')
    .trim();
}

const namesOf = (p: (typeof places)[number]): string[] =>
  [p.names.en, p.names.az, p.names.hy, p.names.ru, ...p.spellings].filter((n): n is string => n !== undefined);

describe('places', () => {
  it('every place parses with the Place schema', () => {
    const problems = places.flatMap((p) => {
      const r = PlaceSchema.safeParse(p);
      return r.success ? [] : r.error.issues.map((i) => `${p.id} at ${i.path.join('.')}: ${i.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('has unique ids, and every `within` names another place', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(places.filter((p) => p.within !== undefined && !ids.includes(p.within)).map((p) => p.id)).toEqual([]);
  });

  it('gives every country a unique ISO 3166-1 alpha-2 code', () => {
    const countries = places.filter((p) => p.kind === 'country');
    expect(countries.filter((p) => p.iso3166 === undefined).map((p) => p.id)).toEqual([]);
    const codes = countries.map((p) => p.iso3166);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('shares a name or spelling only between a district and the town within it, or between the two Karabakhs', () => {
    const owners = new Map<string, Set<string>>();
    for (const p of places) {
      for (const n of namesOf(p)) owners.set(key(n), (owners.get(key(n)) ?? new Set()).add(p.id));
    }
    const byId = new Map(places.map((p) => [p.id, p]));
    const allowed = (ids: string[]): boolean => {
      if (ids.length !== 2) return false;
      const [a, b] = ids.map((id) => byId.get(id)!);
      const pair = (d: typeof a, c: typeof a): boolean => d!.kind === 'district' && c!.kind === 'city' && c!.within === d!.id;
      const karabakhs = new Set(['nagorno-karabakh', 'karabakh-economic-region']);
      return pair(a, b) || pair(b, a) || (karabakhs.has(a!.id) && karabakhs.has(b!.id));
    };
    const clashes = [...owners].filter(([, ids]) => ids.size > 1 && !allowed([...ids])).map(([name, ids]) => `"${name}": ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
    // and the sharing is real: Shusha is the name of a district and of its town
    expect([...(owners.get('shusha') ?? [])].sort()).toEqual(['shusha', 'shusha-city']);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(places)).toBe(true);
    const shusha = places.find((p) => p.id === 'shusha')!;
    expect(Object.isFrozen(shusha)).toBe(true);
    expect(Object.isFrozen(shusha.names)).toBe(true);
    expect(Object.isFrozen(shusha.spellings)).toBe(true);
  });
});

describe('findPlace', () => {
  it('finds every place by each of its names and spellings, or the district that shares the name with it', () => {
    const misses = places.flatMap((p) =>
      namesOf(p)
        .filter((n) => {
          const found = findPlace(n);
          if (found?.id === p.id) return false;
          // a town shares its names with its district, which findPlace gives first
          return !(p.kind === 'city' && found?.id === p.within) && !(p.id === 'karabakh-economic-region' && found?.id === 'nagorno-karabakh');
        })
        .map((n) => `${p.id}: "${n}" → ${findPlace(n)?.id}`),
    );
    expect(misses).toEqual([]);
  });

  it.each([
    ['Khankendi', 'khankendi-stepanakert'],
    ['Khankandi', 'khankendi-stepanakert'],
    ['Khankedi', 'khankendi-stepanakert'],
    ['Stepanakert', 'khankendi-stepanakert'],
    ['Xankəndi', 'khankendi-stepanakert'],
    ['Aghdam', 'aghdam'],
    ['Agdam', 'aghdam'],
    ['Fuzuli', 'fuzuli'],
    ['Fizuli', 'fuzuli'],
    ['Fizulu', 'fuzuli'],
    ['Füzuli', 'fuzuli'],
    ['Nagorno-Karabakh', 'nagorno-karabakh'],
    ['Nagorno Karabakh', 'nagorno-karabakh'],
    ['Nagorny-Karabakh', 'nagorno-karabakh'],
    ['Daghlıg Karabakh', 'nagorno-karabakh'],
    ['Dağlıq Qarabağ', 'nagorno-karabakh'],
    ['Karabakh', 'nagorno-karabakh'],
    ['Jabrayil', 'jabrayil'],
    ['Jabrail', 'jabrayil'],
    ['Cəbrayıl', 'jabrayil'],
    ['Gubadli', 'gubadli'],
    ['Qubadlı', 'gubadli'],
    ['Zangilan', 'zangilan'],
    ['Zəngilan', 'zangilan'],
    ['Lachin', 'lachin'],
    ['Laçın', 'lachin'],
    ['Kalbajar', 'kalbajar'],
    ['Kəlbəcər', 'kalbajar'],
    ['Shusha', 'shusha'],
    ['Şuşa', 'shusha'],
    ['Shushi', 'shusha'],
    ['Baku', 'baku'],
    ['Barda', 'barda'],
    ['Sabirabad', 'sabirabad'],
    ['Saatli', 'saatli'],
    ['Yevlakh', 'yevlakh'],
    ['Lachin corridor', 'lachin-corridor'],
    ['Yerevan', 'yerevan'],
    ['Russian Federation', 'russia'],
    ['Kazakh District', 'gazakh'],
    ['Kazakhstan', 'kazakhstan'],
  ])('finds "%s" (%s)', (name, id) => {
    expect(findPlace(name)?.id).toBe(id);
  });

  it.each([
    ['SHUSHA', 'shusha'],
    ['shusha', 'shusha'],
    ['susa', 'shusha'],
    ['ŞUŞA', 'shusha'],
    ['Daghlig Karabakh', 'nagorno-karabakh'],
    ['DAGLIQ QARABAG', 'nagorno-karabakh'],
    ['dağliq qarabağ', 'nagorno-karabakh'],
    ['nagorno karabakh', 'nagorno-karabakh'],
    ['Nagorno–Karabakh', 'nagorno-karabakh'],
    ['  Nagorno  -  Karabakh  ', 'nagorno-karabakh'],
    ['XANKƏNDİ', 'khankendi-stepanakert'],
    ['xankendi', 'khankendi-stepanakert'],
    ['Cebrayil', 'jabrayil'],
    ['Kelbecer', 'kalbajar'],
    ['Fuzulí', 'fuzuli'],
    ['lachin-corridor', 'lachin-corridor'],
    ['BAKI', 'baku'],
    ['ağdam', 'aghdam'],
  ])('ignores case, diacritics, hyphens and spaces: "%s" → %s', (name, id) => {
    expect(findPlace(name)?.id).toBe(id);
  });

  it('returns undefined for a name of no place, and for a part of a name', () => {
    expect(findPlace('Atlantis')).toBeUndefined();
    expect(findPlace('Nagorno')).toBeUndefined();
    expect(findPlace('Shush')).toBeUndefined();
    expect(findPlace('Khankendi road')).toBeUndefined();
  });

  it('returns the frozen place of the gazetteer itself', () => {
    const p = findPlace('Stepanakert');
    expect(p).toBe(places.find((q) => q.id === 'khankendi-stepanakert'));
    expect(Object.isFrozen(p)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['white space only', '   '],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { en: 'Baku' }],
  ])('throws a TypeError naming the argument for %s', (_, bad) => {
    expect(() => findPlace(bad as never)).toThrow(TypeError);
    expect(() => findPlace(bad as never)).toThrow(/findPlace: name/);
  });
});

describe('findPlace reads the same name in other encodings (issue 11)', () => {
  const yerevan = findPlace('Yerevan');
  const shusha = findPlace('Shusha');

  it('folds the Armenian ligature և into its letters եւ, in lower case and in capitals', () => {
    expect(yerevan).toBeDefined();
    expect(findPlace('Երևան')).toBe(yerevan);
    expect(findPlace('Երեւան')).toBe(yerevan);
    expect(findPlace('ԵՐԵՒԱՆ')).toBe(yerevan);
  });

  it('reads full-width letters as the ordinary ones', () => {
    expect(findPlace('Ｙｅｒｅｖａｎ')).toBe(yerevan);
    expect(findPlace('ＳＨＵＳＨＡ')).toBe(shusha);
  });

  it('ignores zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF)', () => {
    expect(shusha).toBeDefined();
    for (const zw of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      expect(findPlace(`Shu${zw}sha`), JSON.stringify(zw)).toBe(shusha);
      expect(findPlace(`${zw}Yerevan${zw}`), JSON.stringify(zw)).toBe(yerevan);
    }
    expect(() => findPlace('\u200b\ufeff')).toThrow(/findPlace: name must be a non-empty string/);
  });

  it('still matches whole names only', () => {
    expect(findPlace('Ｙｅｒｅｖ')).toBeUndefined();
    expect(findPlace('Երևանն')).toBeUndefined();
  });
});
