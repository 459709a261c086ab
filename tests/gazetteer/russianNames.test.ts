import { describe, expect, it } from 'vitest';
import { findPlace, findPlaces, places } from 'azerbaijan-data/territory';
import { Place as PlaceSchema } from 'azerbaijan-data/schema';

type Place = (typeof places)[number];

// The Russian names of the places the sides name differently: a Russian name for each
// tradition in use, with its usage and a public reference, under the one display rule, or a
// stated reason where no Russian form of the Armenian-usage name could be checked.

/** The places whose English or Armenian names include one of the Armenian tradition: those the sides name differently. */
const contested = places.filter((p) => (p.usage ?? []).some((u) => u.tradition === 'armenian' && (u.language === 'en' || u.language === 'hy')));
const russian = (p: Place) => (p.usage ?? []).filter((u) => u.language === 'ru');
const ofTradition = (p: Place, t: string) => russian(p).find((u) => u.tradition === t)?.name;
/** The words a note uses to say that no Russian form of the Armenian-usage name was checked. */
const REASON = /no Russian form of the Armenian-usage name was verified in a public reference/;

/** The Russian names, written out here by hand from the Russian Wikipedia articles: [id, Azerbaijani-usage, Armenian-usage, display]. */
const BOTH: readonly (readonly [string, string, string, string])[] = [
  ['khankendi-stepanakert', 'Ханкенди', 'Степанакерт', 'Ханкенди (Степанакерт)'],
  ['shusha', 'Шуша', 'Шуши', 'Шуша (Шуши)'],
  ['shusha-city', 'Шуша', 'Шуши', 'Шуша (Шуши)'],
  ['lachin', 'Лачин', 'Бердзор', 'Лачин (Бердзор)'],
  ['lachin-city', 'Лачин', 'Бердзор', 'Лачин (Бердзор)'],
  ['kalbajar', 'Кельбаджар', 'Карвачар', 'Кельбаджар (Карвачар)'],
  ['kalbajar-city', 'Кельбаджар', 'Карвачар', 'Кельбаджар (Карвачар)'],
];

describe('Russian names in both traditions', () => {
  it('the places the sides name differently are the region\'s districts and towns, Khankendi and Nagorno-Karabakh', () => {
    expect(contested.length).toBeGreaterThanOrEqual(BOTH.length + 10);
    for (const [id] of BOTH) expect(contested.map((p) => p.id)).toContain(id);
  });

  it('every such place has a Russian name for each tradition its other names follow, or its note says why not', () => {
    const missing: string[] = [];
    for (const p of contested) {
      const traditions = new Set((p.usage ?? []).filter((u) => u.language !== 'ru').map((u) => u.tradition));
      const hasInternational = ofTradition(p, 'international') !== undefined;
      for (const t of ['azerbaijani', 'armenian'] as const) {
        if (!traditions.has(t) || ofTradition(p, t) !== undefined) continue;
        // the name both use in Russian (Барда, Нагорный Карабах) is each tradition's
        if (hasInternational) continue;
        if (t === 'armenian' && REASON.test(p.note ?? '')) continue;
        missing.push(`${p.id}: no Russian name of the ${t} tradition`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a note gives the reason only where the name is indeed missing', () => {
    for (const p of places.filter((q) => REASON.test(q.note ?? ''))) expect(ofTradition(p, 'armenian'), p.id).toBeUndefined();
    // the reason is no blanket: Shusha, Lachin, Kalbajar and Khankendi carry both names
    for (const [id] of BOTH) expect(REASON.test(places.find((q) => q.id === id)!.note ?? ''), id).toBe(false);
  });

  it.each(BOTH)('%s: %s and %s, displayed as "%s"', (id, az, hy, display) => {
    const p = places.find((q) => q.id === id)!;
    expect([ofTradition(p, 'azerbaijani'), ofTradition(p, 'armenian'), p.names.ru]).toEqual([az, hy, display]);
  });

  it('Nagorno-Karabakh keeps the name both use in Russian, with Арцах beside it in usage', () => {
    const nk = places.find((p) => p.id === 'nagorno-karabakh')!;
    expect([nk.names.ru, ofTradition(nk, 'international'), ofTradition(nk, 'armenian')]).toEqual(['Нагорный Карабах', 'Нагорный Карабах', 'Арцах']);
  });

  it('names.ru follows the one display rule: the name both use, else the Azerbaijani-usage name with the Armenian-usage name in brackets, else the one name', () => {
    const broken: string[] = [];
    for (const p of places) {
      if (russian(p).every((u) => u.tradition === undefined)) continue;
      const [shared, az, hy] = [ofTradition(p, 'international'), ofTradition(p, 'azerbaijani'), ofTradition(p, 'armenian')];
      const rule = shared ?? (az !== undefined && hy !== undefined && az !== hy ? `${az} (${hy})` : (az ?? hy));
      if (p.names.ru !== rule) broken.push(`${p.id}: "${p.names.ru}", rule "${rule}"`);
    }
    expect(broken).toEqual([]);
  });

  it('the schema refuses a Russian name that breaks the rule, and takes the one that keeps it', () => {
    const lachin = JSON.parse(JSON.stringify(places.find((p) => p.id === 'lachin-city'))) as { names: Record<string, string> };
    expect(PlaceSchema.safeParse(lachin).success).toBe(true);
    for (const ru of ['Лачин', 'Бердзор', 'Бердзор (Лачин)', 'Лачин/Бердзор']) {
      const r = PlaceSchema.safeParse({ ...lachin, names: { ...lachin.names, ru } });
      expect(r.success, ru).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['names', 'ru']);
    }
  });

  it('every Russian name of a tradition is Cyrillic, says who uses it, and stands on a reference that attests Russian names', () => {
    for (const p of contested) {
      for (const u of russian(p)) {
        expect(u.name, `${p.id}: ${u.name}`).toMatch(/^[\u0400-\u04FF\s()-]+$/u);
        expect(u.usedBy.length, `${p.id}: ${u.name}`).toBeGreaterThan(10);
        expect(u.tradition, `${p.id}: ${u.name}`).toBeDefined();
      }
      if (ofTradition(p, 'armenian') !== undefined && p.id !== 'khankendi-stepanakert') {
        const fromRussian = (p.references ?? []).filter((r) => r.names.includes('ru') && r.url?.startsWith('https://ru.wikipedia.org/wiki/'));
        expect(fromRussian.length, `${p.id}: a Russian-language reference`).toBeGreaterThan(0);
      }
    }
  });

  it('every Russian name finds its place, in either tradition and as displayed', () => {
    for (const [id, az, hy, display] of BOTH) {
      for (const name of [az, hy, display]) expect(findPlaces(name).map((p) => p.id), name).toContain(id);
    }
    expect(findPlace('Бердзор')?.id).toBe('lachin');
    expect(findPlace('Карвачар')?.id).toBe('kalbajar');
    expect(findPlace('Шуши')?.id).toBe('shusha');
    expect(findPlace('Арцах')?.id).toBe('nagorno-karabakh');
    expect(findPlace('Лачин (Бердзор)')?.id).toBe('lachin');
  });
});
