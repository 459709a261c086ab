import { cite } from '../../src/citation/cite.js';
import { packageCitation } from '../../src/citation/packageCitation.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Source } from '../../src/schema/source.js';
import { unitLabels } from '../../src/tabular/format.js';
import { attributionText, licenceStatement, licensedSources } from '../sourceLicences.js';

/** Where a dataset page's downloads are in the built site, relative to the page. */
export interface DatasetDistribution {
  readonly csv: string;
  readonly eventsCsv?: string;
  readonly json: string;
  /** The data licence page. */
  readonly licence: string;
}

type JsonLd = { readonly [key: string]: unknown };

const creativeWorkTypes: Record<NonNullable<Source['form']>, string> = {
  webPage: 'WebPage',
  newsArticle: 'NewsArticle',
  report: 'Report',
  chapter: 'Chapter',
  article: 'ScholarlyArticle',
  conference: 'Event',
  statement: 'CreativeWork',
  website: 'WebSite',
  body: 'Organization',
  dataset: 'Dataset',
};

const library: JsonLd = { '@type': 'Organization', name: packageCitation.authors };

/** A source document as a schema.org CreativeWork: only what its record holds; an inferred date is not given as `datePublished`. */
function creativeWork(s: Source): JsonLd {
  const url = s.url ?? s.archiveUrl;
  const authors = (s.authors ?? []).filter((a) => a.basis === 'stated');
  return {
    '@type': creativeWorkTypes[s.form ?? 'statement'],
    identifier: s.id,
    name: s.title,
    ...((s.container?.publisher ?? s.publisher) !== undefined ? { publisher: { '@type': 'Organization', name: (s.container?.publisher ?? s.publisher)! } } : {}),
    ...(authors.length > 0 ? { author: authors.map((a) => ({ '@type': 'Person', familyName: a.family, ...(a.given ? { givenName: a.given } : {}) })) } : {}),
    ...(s.published?.basis === 'stated' ? { datePublished: s.published.date } : {}),
    ...(s.container ? { isPartOf: { '@type': 'CreativeWork', name: s.container.title, ...(s.container.url ? { url: s.container.url } : {}) } } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** The last day an end of a period can mean, for ordering: `2010` → `2010-12-31`. */
function latest(instant: string): string {
  return instant.length === 4 ? `${instant}-12-31` : instant.length === 7 ? `${instant}-31` : instant;
}

/** The span of a dataset's periods and event dates as an ISO 8601 interval (or one period). */
export function temporalCoverage(d: Dataset): string {
  const periods = [...d.observations.map((o) => o.period), ...d.events.map((e) => e.date), ...d.gaps.map((g) => g.period)];
  const starts = periods.map((p) => p.split('/')[0]!);
  const ends = periods.map((p) => p.split('/').at(-1)!);
  const start = starts.reduce((a, b) => (b < a ? b : a));
  const end = ends.reduce((a, b) => (latest(b) > latest(a) ? b : a));
  return start === end ? start : `${start}/${end}`;
}

/**
 * A dataset as a schema.org `Dataset` in JSON-LD, for Google Dataset Search and other
 * catalogues: name, description, version, licences (the library's data licence, then the licence of
 * each release the figures are read from, with the attribution it asks for in `creditText`), creator and publisher (this library), the
 * documents it is based on (`isBasedOn`) and the citation of every source (`citation`), the span
 * of its periods (`temporalCoverage`), Azerbaijan (ISO 3166-1 alpha-2 `AZ`) as `spatialCoverage`,
 * its measures with their units (`variableMeasured`) and its CSV and JSON (`distribution`).
 */
export function datasetJsonLd(d: Dataset, files: DatasetDistribution): JsonLd {
  const used = new Set([...d.observations, ...d.events].map((f) => f.source));
  const variables = d.measures.flatMap((m) => {
    const units = [...new Set(d.observations.filter((o) => o.measure === m.id).map((o) => o.unit))];
    return (units.length > 0 ? units : [undefined]).map((u) => ({
      '@type': 'PropertyValue',
      propertyID: m.id,
      name: units.length > 1 && u ? `${m.label} (${unitLabels[u]})` : m.label,
      ...(m.description ? { description: m.description } : {}),
      ...(u ? { unitText: unitLabels[u] } : {}),
    }));
  });
  const licensed = licensedSources(d.sources);
  const credits = licensed.filter((s) => s.license.attributionRequired).map(attributionText);
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: d.title,
    alternateName: d.id,
    identifier: d.id,
    description: d.description,
    version: d.version,
    keywords: ['Azerbaijan', d.topic],
    // the data licence of the library first, then the licence of each release the figures are read from
    license: [
      { '@type': 'CreativeWork', name: 'Figures cited from their named publishers: reuse with attribution (data licence of azerbaijan-data)', url: files.licence },
      ...licensed.map((s) => ({ '@type': 'CreativeWork', name: s.license.name, ...(s.license.url ? { url: s.license.url } : {}), description: licenceStatement(s) })),
    ],
    ...(credits.length > 0 ? { creditText: credits.join('; ') } : {}),
    isAccessibleForFree: true,
    creator: library,
    publisher: library,
    includedInDataCatalog: { '@type': 'DataCatalog', name: `${packageCitation.name} ${packageCitation.version}` },
    isBasedOn: d.sources.filter((s) => used.has(s.id)).map(creativeWork),
    citation: d.sources.map((s) => cite(s).text.split('\n')[0]),
    temporalCoverage: temporalCoverage(d),
    spatialCoverage: {
      '@type': 'Country',
      name: 'Azerbaijan',
      identifier: { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-2', value: 'AZ' },
    },
    variableMeasured: variables,
    distribution: [
      { '@type': 'DataDownload', name: `${d.id}.csv`, encodingFormat: 'text/csv', contentUrl: files.csv },
      ...(files.eventsCsv ? [{ '@type': 'DataDownload', name: `${d.id}.events.csv`, encodingFormat: 'text/csv', contentUrl: files.eventsCsv }] : []),
      { '@type': 'DataDownload', name: `${d.id}.json`, encodingFormat: 'application/json', contentUrl: files.json },
    ],
  };
}

/** The JSON-LD as an HTML script element, with `<` escaped so that no text can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
