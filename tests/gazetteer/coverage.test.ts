import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { findPlace, places, territoryDatasets } from 'azerbaijan-data/territory';
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

/** Whether `name` stands in `text` as a whole word (or words), hyphens and spaces alike. */
function occursIn(text: string, name: string): boolean {
  const pattern = escape(name).replace(/(?:\\-|\s)+/g, '[\\s\\-‐‑–—]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const quotes = datasets.flatMap((d) => [
  ...d.observations.map((o) => ({ where: `${d.id}/${o.id}`, text: normaliseSpace(o.quote) })),
  ...d.events.map((e) => ({ where: `${d.id}/${e.id}`, text: normaliseSpace(e.quote) })),
]);

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
      const hit = quotes.find((q) => occursIn(q.text, name));
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
