import type { Dataset, Dimension } from '../model/dataset.js';
import type { Relation } from '../model/relation.js';
import { closestNames } from './closestNames.js';
import type { PeriodFilter } from './periodFilter.js';
import { inPeriod } from './periodFilter.js';
import { UsageError, nameList } from './usageError.js';

/**
 * What `show`, `export` and `compare` are asked to keep: `--period` (see `parsePeriod`),
 * `--measure` (show and export) and one code per dimension (`--country RU`), every one of them
 * (a figure must match all).
 */
export interface Selection {
  readonly period?: PeriodFilter | undefined;
  readonly measure?: string | undefined;
  /** Dimension id → code, as given (`country` → `RU`). */
  readonly dimensions: ReadonlyMap<string, string>;
}

/** Whether the selection keeps everything (no filter given). */
export function selectsAll(s: Selection): boolean {
  return s.period === undefined && s.measure === undefined && s.dimensions.size === 0;
}

/** The filters as the command line gives them: `--period 2010 --country RU`. */
export function describeSelection(s: Selection): string {
  return [
    ...(s.period === undefined ? [] : [`--period ${s.period.text}`]),
    ...(s.measure === undefined ? [] : [`--measure ${s.measure}`]),
    ...[...s.dimensions].map(([id, code]) => `--${id} ${code}`),
  ].join(' ');
}

/** Whether a figure (an observation or a gap: a measure, period and dimensions) matches every filter. */
export function selects(s: Selection, f: { readonly measure: string; readonly period: string; readonly dimensions: Readonly<Record<string, string>> }): boolean {
  if (s.period !== undefined && !inPeriod(f.period, s.period)) return false;
  if (s.measure !== undefined && f.measure !== s.measure) return false;
  for (const [id, code] of s.dimensions) if (f.dimensions[id] !== code) return false;
  return true;
}

/**
 * Checks the dimension filters against the dimensions they can apply to (a dataset's, or those
 * of every dataset that states a measure): each id must be one of them, each code one of its
 * codes. The message names the dimensions, or the closest codes with their labels ("did you
 * mean"), compared with the codes and with their labels (`--country Russia` suggests `RU`).
 *
 * @throws {UsageError} for a dimension or code that is not there.
 */
export function checkDimensions(s: Selection, dimensions: readonly Dimension[], where: string): void {
  for (const [id, code] of s.dimensions) {
    const of = dimensions.filter((d) => d.id === id);
    if (of.length === 0) {
      const ids = [...new Set(dimensions.map((d) => `--${d.id}`))];
      const has = ids.length === 0 ? 'has no dimensions' : `has the dimension${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`;
      throw new UsageError(`${where} has no dimension "${id}" (--${id}); it ${has}`);
    }
    const values = new Map<string, string>();
    for (const d of of) for (const v of d.values) if (!values.has(v.code)) values.set(v.code, v.label);
    if (values.has(code)) continue;
    const codes = [...values.keys()];
    const labels = [...values.values()];
    // the code in other letters (ru for RU) is the one meant; else the closest codes and labels
    const sameLetters = codes.filter((c) => c.toLowerCase() === code.toLowerCase());
    const close = sameLetters.length > 0 ? sameLetters : [...new Set([...closestNames(code, codes), ...closestNames(code, labels).map((l) => codes[labels.indexOf(l)]!)])].slice(0, 3);
    const named = close.map((c) => `"${c}" (${values.get(c)})`);
    const hint = close.length === 0 ? 'No code is close.' : `Did you mean ${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`}?`;
    throw new UsageError(`${where} has no ${id} "${code}". ${hint} ${codes.length <= 12 ? `The codes are ${nameList(codes)}.` : `"azerbaijan-data show <id> --json" lists the codes under "dimensions".`}`);
  }
}

/** The keys of a relation that name observations (see `Relation`). */
const memberKeys = ['total', 'parts', 'result', 'minuend', 'subtrahend', 'percent', 'part', 'whole'] as const;

/** The observation ids a relation names. */
function relationMembers(r: Relation): string[] {
  const fields = r as unknown as Readonly<Record<string, unknown>>;
  return memberKeys.flatMap((k) => {
    const v = fields[k];
    return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  });
}

/**
 * The dataset with only what the selection keeps: its observations and gaps that match every
 * filter, its events within `--period`, and the relations all of whose observations remain.
 * Everything else (title, version, `sha256`, sources, measures, dimensions) is the whole
 * dataset's. The dataset itself when no filter is given.
 */
export function selectDataset(dataset: Dataset, s: Selection): Dataset {
  if (selectsAll(s)) return dataset;
  const observations = dataset.observations.filter((o) => selects(s, o));
  const kept = new Set(observations.map((o) => o.id));
  return {
    ...dataset,
    observations,
    gaps: dataset.gaps.filter((g) => selects(s, g)),
    events: s.measure === undefined && s.dimensions.size === 0 ? dataset.events.filter((e) => s.period === undefined || inPeriod(e.date, s.period)) : [],
    relations: dataset.relations.filter((r) => relationMembers(r).every((m) => kept.has(m))),
  } as Dataset;
}

/**
 * Checks `--measure` against a dataset's measures.
 *
 * @throws {UsageError} naming the closest measure ids of the dataset.
 */
export function checkMeasure(s: Selection, dataset: Dataset): void {
  if (s.measure === undefined) return;
  const measures = dataset.measures.map((m) => m.id);
  if (measures.includes(s.measure)) return;
  const close = closestNames(s.measure, measures);
  const hint = close.length === 0 ? '' : ` Did you mean ${nameList(close, 'or')}?`;
  throw new UsageError(`dataset "${dataset.id}" has no measure "${s.measure}".${hint} Its measures are ${nameList(measures)}.`);
}
