import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { findPlace, findPlaces, places, territoryDatasets } from 'azerbaijan-data/territory';
import { normaliseSpace, seedFiles, seedText, withoutSources } from '../support/seeds.js';

/**
 * Every place name found by hand in the five source documents (as they write them). A name of
 * this list that occurs in a quote of any dataset must resolve to a place: the test fails when
 * a dataset quotes a place that the gazetteer lacks.
 */
const DOCUMENT_PLACE_NAMES = [
  // 000, NRC country programmes
  'Azerbaijan', 'Armenia', 'Baku', 'Nagorno Karabakh', 'Nagorno-Karabakh', 'Karabakh', 'Russia', 'Soviet Union', 'Europe',
  'Minsk',
  // 001, DW
  'Agdam', 'Khankedi', 'Stepanakert', 'Lachin corridor', 'Yerevan', 'Agdam-Khankedi road',
  // 002, Landmine Monitor
  'Nagorny-Karabakh', 'Maputo', 'Geneva', 'Tbilisi', 'Georgia', 'Fizulu', 'Fizuli', 'Barda', 'Sabirabad', 'Saatli', 'Turkey',
  'Bulgaria', 'Canada', 'Vienna', 'Ljubljana', 'Slovenia', 'Kazakh District', 'Caucasus',
  // 003, migration report
  'Russian Federation', 'Ukraine', 'Kazakhstan', 'Israel', 'Germany', 'United States', 'Turkmenistan', 'Iran', 'UK',
  'India', 'USA', 'Middle East', 'Central Asia', 'Afghanistan', 'Iraq', 'Pakistan', 'China', 'Japan', 'Uzbekistan',
  'Bangladesh', 'France', 'Sweden', 'Norway', 'Switzerland', 'Central and Eastern Europe', 'Moldova', 'UAE', 'Kyrgyzstan',
  'Poland', 'Sudan', 'Yevlakh', 'South-East Asia', 'CIS', 'South Caucasus', 'Black Sea Region',
  // 004, The Occupation in Figures
  'Shusha', 'Lachin', 'Kalbajar', 'Aghdam', 'Jabrayil', 'Gubadli', 'Zangilan', 'Daghlıg Karabakh', 'Khankandi', 'Helsinki',
  'Meskheti',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of `name` as a whole word (or words), hyphens and spaces alike (no `g` flag: `test` keeps no state). */
function wordPattern(name: string): RegExp {
  const pattern = escape(name).replace(/(?:\\-|\s)+/g, '[\\s\\-‐‑–—]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u');
}

/** Whether `name` stands in `text` as a whole word (or words), hyphens and spaces alike. */
function occursIn(text: string, name: string): boolean {
  return wordPattern(name).test(text);
}

const quotes = datasets.flatMap((d) => [
  ...d.observations.map((o) => ({ where: `${d.id}/${o.id}`, text: normaliseSpace(o.quote) })),
  ...d.events.map((e) => ({ where: `${d.id}/${e.id}`, text: normaliseSpace(e.quote) })),
]);
/** Each distinct quote text once, with the first figure that quotes it (a name's first hit among them is its first among all quotes). */
const firstByText = new Map<string, (typeof quotes)[number]>();
for (const q of quotes) if (!firstByText.has(q.text)) firstByText.set(q.text, q);
const distinctQuotes = [...firstByText.values()];

describe('the gazetteer covers the data', () => {
  it('has a place for every code of every area dimension of the territory datasets', () => {
    const ids = new Set(places.map((p) => p.id));
    const codes = territoryDatasets.flatMap((d) => d.dimensions.filter((dim) => dim.id === 'area').flatMap((dim) => dim.values.map((v) => v.code)));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !ids.has(c))).toEqual([]);
  });

  it('resolves every place name that a quote of any dataset contains', () => {
    const candidates = new Map<string, string>(); // name → first quote that holds it
    const spellings = places.flatMap((p) => [p.names.en, ...p.spellings]);
    for (const name of [...DOCUMENT_PLACE_NAMES, ...spellings]) {
      const pattern = wordPattern(name);
      const hit = distinctQuotes.find((q) => pattern.test(q.text));
      if (hit && !candidates.has(name)) candidates.set(name, hit.where);
    }
    expect(candidates.size).toBeGreaterThan(0);
    const unresolved = [...candidates].filter(([name]) => findPlace(name) === undefined).map(([name, where]) => `"${name}" (in ${where})`);
    expect(unresolved).toEqual([]);
  });

  it('every name of the hand list is a place', () => {
    expect(DOCUMENT_PLACE_NAMES.filter((n) => findPlace(n) === undefined)).toEqual([]);
  });

  it.skipIf(withoutSources)('every name of the hand list occurs in a source document', () => {
    const text = seedFiles().map(seedText).join(' ');
    expect(DOCUMENT_PLACE_NAMES.filter((n) => !occursIn(text, n))).toEqual([]);
  });
});

/**
 * Names by which the two sides of the conflict call the same place differently, gathered by hand
 * from the documents and common official usage: [place id, Azerbaijani-side name, Armenian-side name].
 */
const NAMED_BY_BOTH_SIDES: readonly (readonly [string, string, string])[] = [
  ['nagorno-karabakh', 'Dağlıq Qarabağ', 'Artsakh'],
  ['khankendi-stepanakert', 'Khankendi', 'Stepanakert'],
  ['shusha', 'Shusha', 'Shushi'],
  ['lachin', 'Lachin', 'Berdzor'],
  ['kalbajar', 'Kalbajar', 'Karvachar'],
  ['aghdam', 'Aghdam', 'Akna'],
  ['fuzuli', 'Fuzuli', 'Varanda'],
  ['jabrayil', 'Jabrayil', 'Jrakan'],
  ['gubadli', 'Gubadli', 'Kashunik'],
  ['zangilan', 'Zangilan', 'Kovsakan'],
];

describe('places the sides name differently', () => {
  it.each(NAMED_BY_BOTH_SIDES)('%s: both names find the place, and usage says who uses each', (id, one, other) => {
    expect(findPlace(one)?.id).toBe(id);
    expect(findPlace(other)?.id).toBe(id);
    const place = places.find((p) => p.id === id)!;
    const usage = place.usage ?? [];
    for (const name of [one, other]) {
      const entry = usage.find((u) => u.name === name);
      expect(entry, `${id}: ${name}`).toBeDefined();
      expect(entry!.usedBy.length).toBeGreaterThan(10);
    }
  });

  it('the city both names are in English use for has a display name that gives both, as the documents do', () => {
    // DW: "Khankedi is the Azerbaijani name for the main city of Nagorno-Karabakh, known in Armenian as Stepanakert";
    // The Occupation in Figures: "Khankandi (during the Soviet period – Stepanakert)"
    const city = findPlace('Stepanakert')!;
    expect(city).toBe(findPlace('Khankedi'));
    expect(city).toBe(findPlace('Khankandi'));
    expect(city.names.en).toBe('Khankendi (Stepanakert)');
    expect(city.names.en).not.toBe(city.spellings[0]);
    expect(findPlace('Agdam-Khankedi road')?.names.en).toContain('Stepanakert');
  });

  it('every name a usage entry gives finds its place', () => {
    const misses = places.flatMap((p) => (p.usage ?? []).filter((u) => !findPlaces(u.name).includes(p)).map((u) => `${p.id}: ${u.name}`));
    expect(misses).toEqual([]);
    expect(places.filter((p) => p.usage !== undefined).length).toBeGreaterThanOrEqual(NAMED_BY_BOTH_SIDES.length);
  });

  it('the Place schema refuses a one-sided display name where two English names are in use, and a usage name the place lacks', async () => {
    const { Place: PlaceSchema } = await import('azerbaijan-data/schema');
    const base = {
      id: 'town', kind: 'city', names: { en: 'Aname' }, spellings: ['Aname', 'Bname'],
      usage: [
        { name: 'Aname', language: 'en', usedBy: 'one side' },
        { name: 'Bname', language: 'en', usedBy: 'the other side' },
      ],
    };
    expect(PlaceSchema.safeParse(base).success).toBe(false);
    expect(PlaceSchema.safeParse({ ...base, names: { en: 'Aname (Bname)' } }).success).toBe(true);
    const stray = { ...base, names: { en: 'Aname (Bname)' }, usage: [...base.usage, { name: 'Cname', language: 'hy', usedBy: 'someone' }] };
    expect(PlaceSchema.safeParse(stray).success).toBe(false);
  });
});
