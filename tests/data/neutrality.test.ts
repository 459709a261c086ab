import { describe, expect, it } from 'vitest';
import { datasets, sources } from 'azerbaijan-data';
import { competingEstimates } from 'azerbaijan-data/displacement';
import { places } from 'azerbaijan-data/territory';

/*
 * The library's own voice stays neutral on a contested topic: a contested term may stand in the
 * labels, titles, descriptions and notes of the data only inside a quote, inside the proper name
 * of a publication, or in a clause that attributes it to a source ("as the government states",
 * "described by the NRC as", "as DW puts it", "according to …", "stated to be"). An id may
 * carry a contested term only where the label it abbreviates carries it attributed.
 */

/** The contested terms, by family: a family is the unit an id is checked against. */
const CONTESTED: readonly { readonly family: string; readonly pattern: RegExp }[] = [
  { family: 'occupation', pattern: /\boccup(?:ied|ation|ations|ier|iers|ying|y)\b/gi },
  { family: 'liberation', pattern: /\bliberat(?:ed|ion|e|es|ing|or|ors)\b/gi },
  { family: 'separatism', pattern: /\bseparatis(?:t|ts|m)\b/gi },
  { family: 'aggression', pattern: /\baggress(?:ion|or|ors|ive)\b/gi },
  { family: 'deportation', pattern: /\bdeport(?:ed|ation|ations|ee|ees|ing|s)?\b/gi },
  { family: 'genocide', pattern: /\bgenocid(?:e|es|al)\b/gi },
  { family: 'ethnic cleansing', pattern: /\bethnic(?:ally)?[\s-]+cleans(?:ing|ed)\b/gi },
  { family: 'terrorism', pattern: /\bterroris(?:t|ts|m)\b/gi },
  { family: 'puppet', pattern: /\bpuppets?\b/gi },
  { family: 'regime', pattern: /\bregimes?\b/gi },
  { family: 'annexation', pattern: /\bannex(?:ed|ation)\b/gi },
  { family: 'invasion', pattern: /\binva(?:sion|ded|der|ders)\b/gi },
];

/** Proper names of publications: a contested word inside one is the title's, not the library's. */
const PUBLICATION_TITLES = [/\b(?:The )?Occupation in Figures\b/gi, /\boccupation-in-figures\b/gi];

/**
 * Phrases that attribute what a clause says to a source: "according to", "as X states / puts it /
 * words it / dates it", "described / listed / dated … by", "stated to be", "the NRC describes".
 */
const SOURCE = String.raw`(?:source|sources|document|documents|report|reports|government|ministry|mfa|nrc|dw|unmas|icrc|unhcr|monitor|publication|footnote|table|text|authorities|committee|commission|service|it|they)`;
const ATTRIBUTION: readonly RegExp[] = [
  /\baccording to\b/i,
  /\bin the words of\b/i,
  /\bas (?:[\w’'.-]+ ){0,8}?(?:states?|stated|puts it|put it|words it|words them|says|said|describes (?:it|them)|calls (?:it|them)|writes|has it|dates (?:it|them)|terms (?:it|them)|reports)\b/i,
  /\b(?:described|called|termed|named|listed|dated|characteri[sz]ed|reported|stated|referred to|labell?ed|counted|given) (?:by|in)\b/i,
  /\b(?:stated|said|described|reported|claimed|considered|listed|counted) (?:to be|as)\b/i,
  new RegExp(String.raw`\b${SOURCE}\b[^;.]{0,60}?\b(?:states?|says|describes|calls|lists|terms|words|reports|writes|names|counts|dates|gives|cites)\b`, 'i'),
];

/**
 * Deportation is also the ordinary word of migration law: foreigners who break the rules of
 * their stay are deported, and the migration and trafficking datasets count them. The word is
 * taken in that sense, and needs no attribution, only in a dataset of those topics and in a
 * clause that names the foreigners or migrants concerned; "Azerbaijanis deported from Armenia"
 * in any dataset is a claim about the conflict.
 */
const MIGRATION_LAW = { family: 'deportation', topics: ['migration', 'trafficking'], clause: /\b(?:foreigners?|migrants?|illegal(?:ly)?|irregular)\b/i } as const;

/** How near (in characters) an attribution must stand to the term it attributes. */
const NEAR = 80;


export interface Finding {
  readonly where: string;
  readonly term: string;
  readonly text: string;
}

/** The spans of `text` inside double quotes (straight or curly) or a publication's title. */
function sheltered(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/"[^"]*"|“[^”]*”|«[^»]*»/g)) spans.push([m.index, m.index + m[0].length]);
  for (const title of PUBLICATION_TITLES) for (const m of text.matchAll(title)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The clause of `text` around `index` (bounded by ";", ":" or the end of a sentence), with its start. */
function clauseAt(text: string, index: number): [number, string] {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(': ')) + 1;
  const rest = text.slice(index);
  const ends = [rest.indexOf(';'), rest.indexOf('. '), rest.indexOf(': ')].filter((i) => i >= 0);
  return [start, text.slice(start, index + (ends.length > 0 ? Math.min(...ends) : rest.length))];
}

/**
 * The contested terms of a text of the library's own voice that are neither quoted, nor part of
 * a publication's title, nor in a clause attributed to a source.
 */
export function unattributedTerms(text: string, topic?: string): { family: string; term: string }[] {
  const spans = sheltered(text);
  const found: { family: string; term: string }[] = [];
  for (const { family, pattern } of CONTESTED) {
    for (const m of text.matchAll(pattern)) {
      if (spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      const [start, clause] = clauseAt(text, m.index);
      const at = m.index - start;
      const near = ATTRIBUTION.some((a) =>
        [...clause.matchAll(new RegExp(a.source, 'gi'))].some((hit) => hit.index - (at + m[0].length) <= NEAR && at - (hit.index + hit[0].length) <= NEAR),
      );
      if (near) continue;
      if (family === MIGRATION_LAW.family && topic !== undefined && (MIGRATION_LAW.topics as readonly string[]).includes(topic) && MIGRATION_LAW.clause.test(clause)) continue;
      found.push({ family, term: m[0] });
    }
  }
  return found;
}

/** The families of contested terms that a text carries at all (attributed or not). */
function families(text: string): Set<string> {
  return new Set(CONTESTED.filter(({ pattern }) => new RegExp(pattern.source, 'i').test(text)).map((c) => c.family));
}

/**
 * The contested families of an id (its words read as text) that the text it abbreviates does not
 * carry: an id may say "occupied" only where its label says "occupied", attributed.
 */
export function unsupportedIdTerms(id: string, label: string): string[] {
  const words = id.replace(/occupation-in-figures/g, '').replace(/-/g, ' ');
  const carried = families(label);
  return [...families(words)].filter((f) => !carried.has(f));
}

type Text = { where: string; text: string; topic?: string };
type Id = { where: string; id: string; label: string };

const texts: Text[] = [];
const ids: Id[] = [];
for (const d of datasets) {
  const at = (path: string): string => `${d.id}${path}`;
  const own: Text[] = [];
  own.push({ where: at(' title'), text: d.title }, { where: at(' description'), text: d.description });
  d.notes.forEach((n, i) => own.push({ where: at(` notes[${i}]`), text: n }));
  ids.push({ where: at(''), id: d.id, label: d.title });
  for (const m of d.measures) {
    own.push({ where: at(` measure ${m.id} label`), text: m.label });
    if (m.description) own.push({ where: at(` measure ${m.id} description`), text: m.description });
    ids.push({ where: at(` measure ${m.id}`), id: m.id, label: `${m.label} ${m.description ?? ''}` });
  }
  for (const dim of d.dimensions) {
    own.push({ where: at(` dimension ${dim.id} label`), text: dim.label });
    ids.push({ where: at(` dimension ${dim.id}`), id: dim.id, label: dim.label });
    for (const v of dim.values) own.push({ where: at(` dimension ${dim.id}=${v.code} label`), text: v.label });
  }
  const measureText = new Map(d.measures.map((m) => [m.id, `${m.label} ${m.description ?? ''}`]));
  for (const o of d.observations) {
    if (o.note) own.push({ where: at(`/${o.id} note`), text: o.note });
    ids.push({ where: at(`/${o.id}`), id: o.id, label: `${measureText.get(o.measure) ?? ''} ${o.note ?? ''}` });
  }
  for (const e of d.events) {
    own.push({ where: at(` event ${e.id} label`), text: e.label });
    if (e.note) own.push({ where: at(` event ${e.id} note`), text: e.note });
    ids.push({ where: at(` event ${e.id}`), id: e.id, label: e.label });
  }
  for (const r of d.relations) {
    own.push({ where: at(` relation ${r.id} description`), text: r.description });
    if ('discrepancy' in r && r.discrepancy) own.push({ where: at(` relation ${r.id} discrepancy`), text: r.discrepancy.note });
    if (r.kind === 'sum' && typeof r.total !== 'string') own.push({ where: at(` relation ${r.id} total label`), text: r.total.label });
    if (r.kind === 'sum' && r.remainder) own.push({ where: at(` relation ${r.id} remainder label`), text: r.remainder.label });
    ids.push({ where: at(` relation ${r.id}`), id: r.id, label: r.description });
  }
  for (const g of d.gaps) if (g.note) own.push({ where: at(` gap ${g.measure} ${g.period} note`), text: g.note });
  texts.push(...own.map((t) => ({ ...t, topic: d.topic })));
}
// the source records: the library's own words about each source (titles are the publications' own)
for (const s of sources) {
  if (s.note) texts.push({ where: `source ${s.id} note`, text: s.note });
  if (s.edition) texts.push({ where: `source ${s.id} edition`, text: s.edition });
  if (s.published?.note) texts.push({ where: `source ${s.id} published note`, text: s.published.note });
  if (s.license) texts.push({ where: `source ${s.id} license statedIn`, text: s.license.statedIn });
}
// the competing-estimates view: its own text, beside the datasets it gathers from
texts.push({ where: 'competing-estimates title', text: competingEstimates.title }, { where: 'competing-estimates description', text: competingEstimates.description });
competingEstimates.notes.forEach((n, i) => texts.push({ where: `competing-estimates notes[${i}]`, text: n }));
for (const p of places) {
  texts.push({ where: `place ${p.id} English name`, text: p.names.en });
  if (p.note) texts.push({ where: `place ${p.id} note`, text: p.note });
  for (const u of p.usage ?? []) texts.push({ where: `place ${p.id} usage of ${u.name}`, text: u.usedBy });
  ids.push({ where: `place ${p.id}`, id: p.id, label: `${p.names.en} ${p.note ?? ''}` });
}

describe('the library’s own voice', () => {
  it('reads every kind of text it holds', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(ids.length).toBeGreaterThan(500);
  });

  it('uses a contested term only inside a quote, a publication’s title or a clause attributed to a source', () => {
    const findings = texts.flatMap(({ where, text, topic }) => unattributedTerms(text, topic).map((f) => `${where}: "${f.term}" in ${JSON.stringify(text)}`));
    expect(findings).toEqual([]);
  });

  it('uses a contested term in an id only where the label it abbreviates carries it, attributed', () => {
    const findings = ids.flatMap(({ where, id, label }) => unsupportedIdTerms(id, label).map((f) => `${where}: "${f}" in the id, not in ${JSON.stringify(label)}`));
    expect(findings).toEqual([]);
  });
});

describe('the checker', () => {
  it.each([
    'Share of the territory of Azerbaijan occupied',
    "Share of Azerbaijan's territory occupied by Armenia as a result of the conflict; the footnote cites UNMAS",
    'War after which ethnic Armenian separatists governed Nagorno-Karabakh',
    'Azerbaijanis deported from Armenia',
    'The liberated territories',
    'The occupation regime in the region',
    'Victims of the genocide',
  ])('finds an unattributed contested term: %s', (text) => {
    expect(unattributedTerms(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Share of the territory of Azerbaijan stated to be occupied',
    'Provinces around Nagorno-Karabakh described by the NRC as occupied',
    'War after which ethnic Armenian separatists, as DW puts it, governed Nagorno-Karabakh',
    'Azerbaijanis from Armenia ("deported", as the Ministry of Foreign Affairs words it)',
    'Areas according to the Government of Azerbaijan occupied in 1993',
    'Missing persons, as published in "The Occupation in Figures"',
    'Figures of The Occupation in Figures, a publication of the Government of Azerbaijan',
    'The areas that the Government of Azerbaijan lists as occupied',
    'Occupation of Shusha, as dated by the Government of Azerbaijan',
  ])('lets an attributed or quoted term stand: %s', (text) => {
    expect(unattributedTerms(text)).toEqual([]);
  });

  it('takes "deported" as the word of migration law only for foreigners in a migration or trafficking dataset', () => {
    expect(unattributedTerms('Foreigners living illegally deported from Azerbaijan', 'migration')).toEqual([]);
    expect(unattributedTerms('Azerbaijanis deported from Armenia', 'migration').map((f) => f.term)).toEqual(['deported']);
    expect(unattributedTerms('Foreigners deported from Armenia', 'displacement').map((f) => f.term)).toEqual(['deported']);
  });

  it('holds an attribution to the term near it, not to a term further along the clause', () => {
    expect(
      unattributedTerms('the territory that the sources state to be occupied, the share of its population internally displaced, Meskhetian Turks who took refuge in Azerbaijan, and Azerbaijanis deported from Armenia').map((f) => f.term),
    ).toEqual(['deported']);
  });

  it('holds an attribution to its own clause', () => {
    expect(unattributedTerms('The NRC describes six provinces; Armenia occupied them').map((f) => f.term)).toEqual(['occupied']);
  });

  it('holds an id to the label it abbreviates', () => {
    expect(unsupportedIdTerms('occupied-regions-suspected-mined', 'Regions controlled by Armenians suspected to be mined')).toEqual(['occupation']);
    expect(unsupportedIdTerms('occupied-territory-share', 'Share of the territory stated to be occupied')).toEqual([]);
    expect(unsupportedIdTerms('occupation-in-figures-2011', 'Figures of The Occupation in Figures')).toEqual([]);
  });
});
