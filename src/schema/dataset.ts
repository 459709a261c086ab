import { z } from 'zod';
import type { DeepReadonly } from './deepReadonly.js';
import type { Dataset as DatasetType, Dimension as DimensionType, Measure as MeasureType } from '../model/dataset.js';
import { Event, Gap } from './event.js';
import { Slug } from './ids.js';
import { Observation } from './observation.js';
import { Relation } from './relation.js';
import { Source } from './source.js';
import { Topic } from './topic.js';
import { Unit } from './unit.js';

/**
 * A dimension of a dataset (country, sex, sector…) with the codes its observations use.
 * Countries use ISO 3166-1 alpha-2 codes (`codelist: 'ISO 3166-1 alpha-2'`).
 *
 * @example
 * ```ts
 * import { Dimension } from 'azerbaijan-data/schema';
 * Dimension.parse({ id: 'country', label: 'Country', codelist: 'ISO 3166-1 alpha-2',
 *   values: [{ code: 'RU', label: 'Russian Federation' }] }).values.length; //=> 1
 * ```
 */
export const Dimension = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  codelist: z.string().min(1).optional(),
  values: z.array(z.strictObject({ code: z.string().min(1), label: z.string().min(1) })).min(1),
});

/** A dimension, as validated by {@link Dimension} (the plain type of `src/model/dataset.ts`). */
export type Dimension = DimensionType;

/**
 * A measure of a dataset: what its observations count. Observations of the same measure id in
 * different datasets state the same figure and can be compared.
 *
 * @example
 * ```ts
 * import { Measure } from 'azerbaijan-data/schema';
 * Measure.parse({ id: 'net-migration', label: 'Net migration' }).id; //=> 'net-migration'
 * ```
 */
export const Measure = z.strictObject({ id: Slug, label: z.string().min(1), description: z.string().min(1).optional() });

/** A measure, as validated by {@link Measure} (the plain type of `src/model/dataset.ts`). */
export type Measure<Id extends string = string> = MeasureType<Id>;

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

/** The values that occur more than once, each once, in the order of their second occurrence. This runs in O(n). */
function duplicates(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) repeated.add(v);
    else seen.add(v);
  }
  return [...repeated];
}

/**
 * A dataset: observations with their provenance, the sources they cite, the units, measures
 * and dimensions they use, the relations that must hold between them, the dated events and
 * the table cells the source leaves empty. `version` is the semver of the dataset's content
 * and `sha256` the hash of its canonical content (see the README's versioning section).
 *
 * Beyond the shape of each field, the schema checks that the parts fit together: ids are
 * unique (of observations, relations, events, sources, measures, units, dimensions, and the
 * codes of each dimension); every observation's measure, unit, dimensions and sources are declared; every
 * link of a figure's chain (`via`) is a source of the dataset, follows an attribution and is not
 * repeated; every relation names existing observations.
 *
 * @example
 * ```ts
 * import { Dataset } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * Dataset.parse(internationalMigration).id; //=> 'international-migration'
 * ```
 */
export const Dataset = z
  .strictObject({
    id: Slug,
    title: z.string().min(1),
    description: z.string().min(1),
    topic: Topic,
    version: z.string().regex(semver, 'expected a semantic version such as "1.0.0"'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256 digest'),
    units: z.array(Unit).min(1),
    measures: z.array(Measure).min(1),
    dimensions: z.array(Dimension),
    sources: z.array(Source).min(1),
    observations: z.array(Observation),
    relations: z.array(Relation),
    events: z.array(Event),
    gaps: z.array(Gap),
    notes: z.array(z.string().min(1)),
  })
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };
    if (d.observations.length === 0 && d.events.length === 0) issue(['observations'], 'expected at least one observation or event');
    const obsIds = d.observations.map((o) => o.id);
    for (const id of duplicates(obsIds)) issue(['observations'], `duplicate observation id "${id}"`);
    for (const id of duplicates(d.relations.map((r) => r.id))) issue(['relations'], `duplicate relation id "${id}"`);
    for (const id of duplicates(d.events.map((e) => e.id))) issue(['events'], `duplicate event id "${id}"`);
    for (const id of duplicates(d.sources.map((s) => s.id))) issue(['sources'], `duplicate source id "${id}"`);
    for (const id of duplicates(d.measures.map((m) => m.id))) issue(['measures'], `duplicate measure id "${id}"`);
    for (const id of duplicates(d.units)) issue(['units'], `duplicate unit "${id}"`);
    for (const id of duplicates(d.dimensions.map((dim) => dim.id))) issue(['dimensions'], `duplicate dimension id "${id}"`);
    d.dimensions.forEach((dim, i) => {
      for (const code of duplicates(dim.values.map((v) => v.code))) issue(['dimensions', i, 'values'], `duplicate code "${code}" in dimension "${dim.id}"`);
    });
    const measures = new Set(d.measures.map((m) => m.id));
    const units = new Set<string>(d.units);
    const sources = new Set(d.sources.map((s) => s.id));
    const dims = new Map(d.dimensions.map((dim) => [dim.id, new Set(dim.values.map((v) => v.code))]));
    const checkDimensions = (dimensions: Record<string, string>, path: (string | number)[]): void => {
      for (const [key, code] of Object.entries(dimensions)) {
        const codes = dims.get(key);
        if (!codes) issue([...path, 'dimensions', key], `dimension "${key}" is not declared in dimensions`);
        else if (!codes.has(code)) issue([...path, 'dimensions', key], `code "${code}" is not a declared value of "${key}"`);
      }
    };
    /** A figure's chain: it starts at an attribution, and every link is another source of the dataset, once. */
    const checkChain = (f: { source: string; attribution?: string | undefined; via?: readonly { source: string }[] | undefined }, path: (string | number)[]): void => {
      if (f.via === undefined) return;
      if (f.attribution === undefined) issue([...path, 'via'], 'via names the bodies between the attribution and the document: it needs an attribution');
      const seen = new Set([f.source, ...(f.attribution !== undefined ? [f.attribution] : [])]);
      f.via.forEach((link, j) => {
        if (!sources.has(link.source)) issue([...path, 'via', j, 'source'], `via source "${link.source}" is not in sources`);
        else if (seen.has(link.source)) issue([...path, 'via', j, 'source'], `via source "${link.source}" is already in the chain (the document, the attribution or an earlier link)`);
        seen.add(link.source);
      });
    };
    d.observations.forEach((o, i) => {
      const path = ['observations', i];
      checkChain(o, path);
      if (!measures.has(o.measure)) issue([...path, 'measure'], `measure "${o.measure}" is not declared in measures`);
      if (!units.has(o.unit)) issue([...path, 'unit'], `unit "${o.unit}" is not declared in units`);
      if (!sources.has(o.source)) issue([...path, 'source'], `source "${o.source}" is not in sources`);
      if (o.attribution !== undefined && !sources.has(o.attribution)) {
        issue([...path, 'attribution'], `attribution "${o.attribution}" is not in sources`);
      }
      checkDimensions(o.dimensions, path);
    });
    d.events.forEach((e, i) => {
      checkChain(e, ['events', i]);
      if (!sources.has(e.source)) issue(['events', i, 'source'], `source "${e.source}" is not in sources`);
      if (e.attribution !== undefined && !sources.has(e.attribution)) {
        issue(['events', i, 'attribution'], `attribution "${e.attribution}" is not in sources`);
      }
    });
    d.gaps.forEach((g, i) => {
      if (!measures.has(g.measure)) issue(['gaps', i, 'measure'], `measure "${g.measure}" is not declared in measures`);
      checkDimensions(g.dimensions, ['gaps', i]);
    });
    const known = new Set(obsIds);
    const index = (s: string): string | number => (/^\d+$/.test(s) ? Number(s) : s);
    d.relations.forEach((r, i) => {
      const refs: [string, string][] =
        r.kind === 'sum'
          ? [...(typeof r.total === 'string' ? [['total', r.total] as [string, string]] : []), ...r.parts.map((p, j) => [`parts.${j}`, p] as [string, string])]
          : r.kind === 'difference'
            ? [['result', r.result], ['minuend', r.minuend], ['subtrahend', r.subtrahend]]
            : r.kind === 'share'
              ? [['percent', r.percent], ['part', r.part], ['whole', r.whole]]
              : [['part', r.part], ['whole', r.whole]];
      for (const [field, ref] of refs) {
        if (!known.has(ref)) issue(['relations', i, ...field.split('.').map(index)], `observation "${ref}" does not exist`);
      }
    });
  });

/**
 * The plain (mutable) shape of a dataset, as zod infers it: what you build before publishing.
 *
 * @example
 * ```ts
 * import type { DatasetShape } from 'azerbaijan-data/schema';
 * const draft: Pick<DatasetShape, 'id' | 'topic'> = { id: 'my-dataset', topic: 'migration' };
 * ```
 */
export type DatasetShape = z.infer<typeof Dataset>;

/**
 * A published dataset: deeply readonly, with its id as a string literal type so that a typo
 * in an id is a compile error.
 *
 * @example
 * ```ts
 * import type { Dataset } from 'azerbaijan-data/schema';
 * import { internationalMigration } from 'azerbaijan-data/migration';
 * const d: Dataset = internationalMigration;
 * ```
 */
export type Dataset<Id extends string = string> = DatasetType<Id>;
