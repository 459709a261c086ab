import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite, datasets } from 'azerbaijan-data';
import type { Dataset, Source } from 'azerbaijan-data';
import { datasetJsonLd } from '../../scripts/docs/datasetJsonLd.js';
import { attributionOf, missingAttribution } from '../support/attribution.js';

// Issue 19, part 7: a source whose licence requires attribution is attributed wherever its
// figures go: DATA-LICENSE.md, data/datapackage.json (the package and each resource that draws on
// it), the JSON-LD of each dataset page that uses it, and cite(). Each failure says which face
// leaves out what (the licence's name or the attribution it asks for) for which source.

const root = new URL('../..', import.meta.url).pathname;
const all = datasets as readonly Dataset[];

/** The sources of the datasets whose licence requires attribution, once each. */
const requiring = [...new Map(all.flatMap((d) => d.sources).filter((s) => s.license?.attributionRequired).map((s) => [s.id, s])).values()];
const usersOf = (s: Source): Dataset[] => all.filter((d) => d.sources.some((x) => x.id === s.id));

interface PackageLicence {
  path?: string;
  title: string;
}
const pkg = JSON.parse(readFileSync(join(root, 'data/datapackage.json'), 'utf8')) as {
  licenses: PackageLicence[];
  resources: { name: string; sources?: { title: string }[]; licenses?: PackageLicence[] }[];
};
const jsonLd = (d: Dataset) => datasetJsonLd(d, { csv: `../media/${d.id}.csv`, json: `../media/${d.id}.json`, licence: 'Data_licence.html' });
/** What a page's JSON-LD says of licences: the `license` entries and the `creditText`. */
const jsonLdLicences = (d: Dataset): string => {
  const data = jsonLd(d) as { license?: unknown; creditText?: unknown };
  return JSON.stringify([data.license, data.creditText ?? null]);
};

describe('a source whose licence requires attribution is attributed wherever its figures go', () => {
  it('the datasets draw on releases whose licence requires attribution (the World Bank and UN DESA releases, CC BY 4.0)', () => {
    expect(requiring.map((s) => s.id).length, 'sources with license.attributionRequired').toBeGreaterThan(0);
    for (const s of requiring) expect(s.license!.statedIn.length).toBeGreaterThan(0);
  });

  it('DATA-LICENSE.md names each licence and the attribution it asks for', () => {
    const text = readFileSync(join(root, 'DATA-LICENSE.md'), 'utf8');
    expect(requiring.flatMap((s) => missingAttribution(s, 'DATA-LICENSE.md', text))).toEqual([]);
  });

  it('DATA-LICENSE.md names every release that states a licence (or states none), by its source id and its licence', () => {
    const text = readFileSync(join(root, 'DATA-LICENSE.md'), 'utf8').replace(/\s+/g, ' ');
    const licensed = [...new Map(all.flatMap((d) => d.sources).filter((s) => s.license !== undefined).map((s) => [s.id, s])).values()];
    expect(licensed.length).toBeGreaterThanOrEqual(requiring.length);
    const missing = licensed.filter((s) => !text.includes(`\`${s.id}\``) || !text.includes(s.license!.name)).map((s) => `${s.id} (${s.license!.name})`);
    expect(missing, 'releases DATA-LICENSE.md does not name with their licence').toEqual([]);
  });

  it('data/datapackage.json names each licence and its attribution, in the package licences and in every resource that draws on the source', () => {
    const problems = requiring.flatMap((s) => {
      const title = `${s.publisher}: ${s.title}`;
      const resources = pkg.resources.filter((r) => r.sources?.some((x) => x.title === title));
      return [
        ...missingAttribution(s, 'datapackage.json licenses', JSON.stringify(pkg.licenses)),
        ...(resources.length === 0 ? [`no resource of datapackage.json lists source "${s.id}" among its sources`] : []),
        ...resources.flatMap((r) => missingAttribution(s, `datapackage.json resource "${r.name}" licenses`, JSON.stringify(r.licenses ?? []))),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('the JSON-LD of each dataset page that uses the source names its licence and gives the attribution', () => {
    const problems = requiring.flatMap((s) => usersOf(s).flatMap((d) => missingAttribution(s, `the JSON-LD of the page of ${d.id}`, jsonLdLicences(d))));
    expect(problems).toEqual([]);
  });

  // Passes once cite() states licences (the citation work of issue 21); until then it names what is missing.
  it('cite() of each dataset that uses the source names its licence or gives its attribution', () => {
    // the dataset's own title may name the release ("… (World Bank, World Development Indicators)"): it does not count as the attribution
    const problems = requiring.flatMap((s) => usersOf(s).flatMap((d) => missingAttribution(s, `cite(${d.id}).text`, cite(d).text.replaceAll(d.title, '[title]'), true)));
    expect(problems).toEqual([]);
  });
});

describe('missingAttribution, the check itself', () => {
  const source = {
    id: 'wdi', title: 'World Development Indicators', publisher: 'World Bank', kind: 'intergovernmental', form: 'dataset',
    license: { name: 'CC BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attributionRequired: true, statedIn: 'license_type of each concept row', attribution: 'World Bank, World Development Indicators' },
  } as Source;

  it('names what a text leaves out: the licence, the attribution, or both', () => {
    expect(missingAttribution(source, 'X', 'CC BY-4.0; World Bank, World\n  Development Indicators')).toEqual([]);
    expect(missingAttribution(source, 'X', 'World Bank, World Development Indicators')).toEqual(['X does not name the licence "CC BY-4.0" of source "wdi"']);
    expect(missingAttribution(source, 'X', 'CC BY-4.0')).toEqual(['X does not give the attribution "World Bank, World Development Indicators" that the licence of source "wdi" requires']);
    expect(missingAttribution(source, 'cite', 'nothing', true)).toEqual(['cite names neither the licence "CC BY-4.0" nor the attribution "World Bank, World Development Indicators" of source "wdi"']);
    expect(missingAttribution(source, 'cite', 'CC BY-4.0', true)).toEqual([]);
  });

  it('asks nothing of a source whose licence requires no attribution, and words one from the release where the licence gives none', () => {
    expect(missingAttribution({ ...source, license: { ...source.license!, attributionRequired: false } }, 'X', '')).toEqual([]);
    const unworded = { ...source, edition: 'December 2019 edition', license: { name: 'CC BY-4.0', attributionRequired: true, statedIn: 'datapackage.json' } } as Source;
    expect(attributionOf(unworded)).toBe('World Bank, World Development Indicators (December 2019 edition)');
  });

  it('finds a licence and attribution in the JSON-LD of a page whose dataset uses such a source, and misses them where the source is left out', () => {
    const base = all[0]!;
    const d = { ...base, sources: [...base.sources, source] } as Dataset;
    expect(missingAttribution(source, 'JSON-LD', jsonLdLicences(d))).toEqual([]);
    const data = jsonLd(d) as { license: { name: string; url?: string }[]; creditText: string };
    expect(data.license.map((l) => l.name)).toContain('CC BY-4.0');
    expect(data.creditText).toContain('World Bank, World Development Indicators');
    expect(missingAttribution(source, 'JSON-LD', jsonLdLicences(base))).toHaveLength(2);
  });
});
