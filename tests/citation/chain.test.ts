import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cite, datasets, sources } from 'azerbaijan-data';
import type { Dataset, Event, Observation } from 'azerbaijan-data';
import { Dataset as DatasetSchema } from 'azerbaijan-data/schema';
import { citationOf } from '../support/citations.js';

// Issue 21, part 1: where a document attributes a figure to one body as compiled, reported or
// cited by another, the figure's provenance holds each link (`via`) and cite() names every link
// in every format. The patterns below are written from how the documents and the library's
// notes name the compilers and intermediaries, not from cite()'s output.

/** The compilers and intermediaries the documents name, and how a citation or note names them. */
const intermediaries: Record<string, RegExp> = {
  idmc: /\bIDMC\b|Displacement Monitoring Centre/,
  'ria-novosti': /RIA Novosti/,
  'yeni-musavat': /Yeni Musavat/,
  azadliq: /Azadliq/,
  zerkalo: /Zerkalo/,
  'iom-country-profile-2008': /\(IOM\)|A Country Profile/,
  'icmpd-2005': /ICMPD/,
  unmas: /\bUNMAS\b|United Nations Mine Action Service/,
  reuters: /Reuters/,
};

/**
 * Figures whose citation or note names an intermediary that is, as the document places its
 * footnote, no link of the figure's chain: each with the reason.
 */
const notLinks: Record<string, string> = {
  'mine-action-programme-2000/anama-established':
    'footnote 16 lists three sources (an interview in Zerkalo, Zerkalo, the UNMAS Portfolio) for the paragraph; the report attributes the date to none of them',
  'mine-action-programme-2000/national-mine-action-plan-developed': 'as for anama-established: footnote 16 closes the next sentence and lists three sources',
  'mine-action-programme-2000/national-mine-action-plan-phases': 'footnote 19 (the UNMAS Portfolio) closes the paragraph, not this statement of the report',
  'conflict-context-landmine-monitor/nagorny-karabakh-conflict': 'footnote 1 (the UNMAS Joint Assessment Mission Report) closes the paragraph, and the report states the dates itself',
  'conflict-context-landmine-monitor/cease-fire-agreement': 'as for nagorny-karabakh-conflict',
  'mine-awareness-icrc/mine-awareness-programmes-began': 'footnote 24 (UNMAS) closes the next sentence, not this one',
};

const all = datasets as readonly Dataset[];
const figures = all.flatMap((d) => [...d.observations, ...d.events].map((f) => [d, f] as [Dataset, Observation | Event]));
const named = (f: Observation | Event): string[] =>
  Object.entries(intermediaries)
    .filter(([id, pattern]) => id !== f.source && (pattern.test(f.citation ?? '') || pattern.test(f.note ?? '')))
    .map(([id]) => id);
const bibKeys = (entries: string): string[] => [...entries.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]!);

describe('every compiler or intermediary a figure\'s citation or note names is a link of its chain, and cite() names it in every format', () => {
  const cases = figures.filter(([d, f]) => named(f).length > 0 && notLinks[`${d.id}/${f.id}`] === undefined);

  it('finds the cases the documents hold (IDMC, RIA Novosti, Yeni Musavat, Azadliq, Zerkalo, IOM, ICMPD, UNMAS, Reuters)', () => {
    const found = new Set(cases.flatMap(([, f]) => named(f)));
    expect([...found].sort()).toEqual(Object.keys(intermediaries).sort());
  });

  it.each(cases.map(([d, f]) => [`${d.id}/${f.id}`, d, f] as const))('%s', (_key, d, f) => {
    const chain = [f.attribution, ...(f.via ?? []).map((l) => l.source)].filter((x): x is string => x !== undefined);
    const c = cite(d, f.id);
    for (const body of named(f)) {
      expect(chain, `${body} is named in the citation or note: it must be the attribution or a link of via`).toContain(body);
    }
    for (const body of chain) {
      const record = sources.find((s) => s.id === body)!;
      expect(c.chain, `the chain phrase names ${body}`).toContain(record.title);
      expect(c.csl.map((i) => i.id), `a CSL item for ${body}`).toContain(body);
      expect(bibKeys(c.bibtex), `a BibTeX entry for ${body}`).toContain(body);
      expect(bibKeys(c.biblatex), `a biblatex entry for ${body}`).toContain(body);
    }
    // the links in order: attribution first, then each link, then the document
    const positions = chain.map((body) => c.chain!.indexOf(sources.find((s) => s.id === body)!.title));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(c.csl.slice(0, chain.length).map((i) => i.id)).toEqual(chain);
    expect(c.text.startsWith(`Cited as: ${c.chain}.`)).toBe(true);
  });

  it('every exemption names a figure that exists and names an intermediary', () => {
    for (const key of Object.keys(notLinks)) {
      const hit = figures.find(([d, f]) => `${d.id}/${f.id}` === key);
      expect(hit, key).toBeDefined();
      expect(named(hit![1]).length, key).toBeGreaterThan(0);
    }
  });
});

describe('the chains the documents give', () => {
  const figure = (datasetId: string, id: string): [Dataset, Observation | Event] => figures.find(([d, f]) => d.id === datasetId && f.id === id)!;

  it('UNHCR (its figure for 2006), as compiled by IDMC, as cited in the migration report, in every format', () => {
    const [d, f] = figure('idp-estimates-idmc', 'idps-unhcr-2006');
    expect([f.attribution, f.via]).toEqual(['unhcr', [{ source: 'idmc', role: 'compiledBy' }]]);
    const c = cite(d, f.id);
    expect(c.chain).toBe(
      'Office of the United Nations High Commissioner for Refugees (UNHCR), figure for 2006, as compiled by Internal Displacement Monitoring Centre (IDMC), as cited in "Country report on migration in Azerbaijan" (Eldar Shahgaldiyev, c. 2011–2012), section "Refugees and asylum seekers"',
    );
    const csl = c.csl.find((i) => i.id === 'unhcr')!;
    expect(csl.note).toContain('as compiled by Internal Displacement Monitoring Centre (IDMC), as cited in "Country report on migration in Azerbaijan"');
    for (const entries of [c.bibtex, c.biblatex]) {
      const back = new Cite(entries).data as { id: string; note?: string }[];
      expect(back.find((i) => i.id === 'unhcr')!.note).toContain('as compiled by Internal Displacement Monitoring Centre (IDMC)');
      expect(back.find((i) => i.id === 'idmc')!.note).toContain('Compiled the figure of Office of the United Nations High Commissioner for Refugees (UNHCR)');
    }
  });

  it('a ministry\'s figure as reported by a newspaper: the government\'s registered injured, as reported by Yeni Musavat, as cited in Landmine Monitor', () => {
    const [d, f] = figure('landmine-casualties', 'registered-conflict-injured');
    expect(cite(d, f.id).chain).toMatch(/^Government of the Republic of Azerbaijan, figure for \d{4}, as reported by Yeni Musavat \(newspaper\), as cited in "Azerbaijan, Landmine Monitor Report 2000"/);
  });

  it('a prime minister\'s statement as reported by a news agency, as cited by DW', () => {
    const [d, f] = figure('humanitarian-aid-2023', 'refugee-accommodation-spaces');
    expect(cite(d, f.id).chain).toMatch(/^Government of the Republic of Armenia \(Prime Minister Nikol Pashinyan\), figure for 2023, as reported by RIA Novosti, as cited in "Nagorno-Karabakh: Azerbaijan sends humanitarian aid"/);
  });

  it('a body with no publication is given with the figure\'s period, said as such, never as a year in parentheses that would read as a year of publication', () => {
    for (const [d, f] of figures) {
      const chain = citationOf(d, f.id).chain;
      if (f.attribution === undefined || chain === undefined) continue;
      const body = d.sources.find((s) => s.id === f.attribution)!;
      if (body.published !== undefined || !('period' in f)) continue;
      expect(chain, `${d.id}/${f.id}`).toMatch(/, figure for \d{4}(–\d{4})?, /);
      expect(chain, `${d.id}/${f.id}`).not.toContain(`(${f.period.slice(0, 4)}), `);
    }
  });

  it('the World Bank\'s Factbook as cited by the report: two links, no via', () => {
    const [d, f] = figure('remittance-flows', 'inward-remittances-2010');
    expect(f.via).toBeUndefined();
    expect(cite(d, f.id).chain).toMatch(/^World Bank, "Migration and Remittances Factbook 2011, 2nd edition" \(2011\), as cited in "Country report on migration in Azerbaijan"/);
  });
});

describe('the dataset schema checks a chain', () => {
  const idp = all.find((d) => d.id === 'idp-estimates-idmc')!;
  const withFigure = (change: (o: Record<string, unknown>) => Record<string, unknown>): unknown => {
    const copy = structuredClone(idp) as unknown as { observations: Record<string, unknown>[] };
    copy.observations[0] = change(copy.observations[0]!);
    return copy;
  };
  const messages = (value: unknown): string[] => {
    const r = DatasetSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the published chains', () => {
    for (const d of all) expect(messages(d), d.id).toEqual([]);
  });
  it('rejects a link that is not a source of the dataset', () => {
    expect(messages(withFigure((o) => ({ ...o, via: [{ source: 'zerkalo', role: 'reportedBy' }] })))).toEqual(['observations.0.via.0.source: via source "zerkalo" is not in sources']);
  });
  it('rejects a chain without an attribution', () => {
    expect(messages(withFigure(({ attribution: _a, ...o }) => o))).toEqual(['observations.0.via: via names the bodies between the attribution and the document: it needs an attribution']);
  });
  it('rejects a link that repeats the attribution or the document', () => {
    expect(messages(withFigure((o) => ({ ...o, via: [{ source: 'unhcr', role: 'compiledBy' }] })))[0]).toMatch(/via source "unhcr" is already in the chain/);
    expect(messages(withFigure((o) => ({ ...o, via: [{ source: 'migration-country-report-azerbaijan', role: 'citedIn' }] })))[0]).toMatch(/already in the chain/);
  });
  it('rejects an unknown role', () => {
    expect(messages(withFigure((o) => ({ ...o, via: [{ source: 'idmc', role: 'translatedBy' }] }))).length).toBeGreaterThan(0);
  });
});
