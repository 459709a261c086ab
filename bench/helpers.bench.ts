/**
 * Speed of the helpers of `azerbaijan-data/helpers`: each helper runs on a 1,000,000-point input
 * and is timed against a hand-written loop that computes the same result in the same process,
 * without the helper's checks. Prints the median time of each over several runs and the ratio
 * helper / hand loop; the target is a ratio of at most 2. Run with `npm run bench:helpers`
 * (BENCH_RUNS sets the number of runs, BENCH_N the size of the input).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Dataset, Observation, Relation } from '../src/schema/index.js';
import {
  cagr,
  changes,
  checkConsistency,
  compareSources,
  convert,
  growthRate,
  indexSeries,
  perCapita,
  perPeriodRate,
  shares,
  toRows,
} from '../src/helpers/index.js';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);

// ---------------------------------------------------------------------------------------------
// Inputs

/** A deterministic pseudo-random generator, so that every run measures the same input. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(2011);

/** A value built on first use: each case runs in a process of its own and builds only its input. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
/** N consecutive dates from 0001-01-01 on (about 2,738 years for a million). */
function dates(n: number): string[] {
  const out: string[] = new Array(n);
  const day = 86_400_000;
  const start = Date.UTC(2000, 0, 1) - 730_119 * day; // 0001-01-01
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * day);
    out[i] = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  }
  return out;
}

const periods = lazy(() => dates(N));
const values = Float64Array.from({ length: N }, () => 1 + rnd() * 1e6);
const series = lazy(() => periods().map((period, i) => ({ period, value: values[i]!, unit: 'persons' })));
const valueList = lazy(() => Array.from(values));
/** The population of each period, in reverse order (perCapita pairs by period, not by position). */
const population = lazy(() => periods().map((period, i) => ({ period, value: 1e7 + others[i]!, unit: 'persons' })).reverse());
const others = Float64Array.from({ length: N }, () => 1 + rnd() * 1e6);
const years = Int32Array.from({ length: N }, () => 1000 + Math.floor(rnd() * 4000));
const yearPoints = lazy(() => Array.from(years, (y, i) => [{ period: String(y), value: values[i]! }, { period: String(y + 1 + (i % 20)), value: others[i]! }] as const));
const ratePeriods = lazy(() => Array.from({ length: N }, (_, i) => `${1000 + (i % 8000)}-${pad(1 + (i % 6), 2)}/${1000 + (i % 8000)}-${pad(7 + (i % 6), 2)}`));

const source = { id: 'migration-country-report-azerbaijan', title: 'Country report on migration in Azerbaijan', publisher: 'x', kind: 'academic' } as const;
function observationAt(i: number, value: number): Observation {
  return {
    id: `o-${i}`,
    measure: 'idps',
    qualifier: 'exact',
    value,
    unit: 'persons',
    period: String(1990 + (i % 30)),
    dimensions: { country: i % 2 ? 'RU' : 'GE' },
    source: source.id,
    attribution: 'unhcr',
    locator: { section: 'Legal migration', table: 'Table 2', row: 'Russian Federation', column: '1995' },
    quote: 'Russian Federation 11312',
    asWritten: '11312',
  };
}
const qualifiers = ['exact', 'approximate', 'atLeast', 'atMost', 'range'] as const;
const estimates = lazy((): Observation[] => Array.from({ length: N }, (_, i) => {
  const q = qualifiers[i % 5]!;
  const v = Math.round(values[i]!);
  const o = observationAt(i, v);
  return (q === 'range' ? { ...o, qualifier: q, value: undefined, low: v, high: v + 1000 } : { ...o, qualifier: q }) as Observation;
}));
const rowsDataset = lazy((): Dataset => ({
  id: 'bench',
  title: 'bench',
  description: 'bench',
  topic: 'migration',
  version: '1.0.0',
  sha256: '0'.repeat(64),
  units: ['persons'],
  measures: [{ id: 'idps', label: 'IDPs' }],
  dimensions: [{ id: 'country', label: 'Country', values: [{ code: 'RU', label: 'Russia' }, { code: 'GE', label: 'Georgia' }] }],
  sources: [source],
  observations: Array.from({ length: N }, (_, i) => observationAt(i, values[i]!)),
  relations: [],
  events: [],
  gaps: [],
  notes: [],
}) as unknown as Dataset);
const flatDataset = lazy((): Dataset => ({
  ...rowsDataset(),
  dimensions: [],
  observations: Array.from({ length: N }, (_, i) => ({ ...observationAt(i, values[i]!), dimensions: {} })),
}) as unknown as Dataset);
// a third of the observations are results of differences, some of which miss by a declared 1
const triples = Math.floor(N / 3);
const relationsDataset = lazy((): Dataset => ({
  ...rowsDataset(),
  observations: Array.from({ length: triples * 3 }, (_, i) => {
    const k = Math.floor(i / 3);
    const a = Math.round(values[k]!);
    const b = Math.round(others[k]!);
    return observationAt(i, i % 3 === 0 ? a - b + (k % 10 === 0 ? 1 : 0) : i % 3 === 1 ? a : b);
  }),
  relations: Array.from({ length: triples }, (_, k): Relation => ({
    kind: 'difference',
    id: `r-${k}`,
    description: 'net = arrivals − departures',
    result: `o-${3 * k}`,
    minuend: `o-${3 * k + 1}`,
    subtrahend: `o-${3 * k + 2}`,
    tolerance: 0,
    ...(k % 20 === 0 ? { discrepancy: { value: 1, note: 'declared' } } : {}),
  })),
}) as unknown as Dataset);

// ---------------------------------------------------------------------------------------------
// Hand-written loops: the same results, without checks

/** The middle of a `YYYY` or `YYYY-MM-DD` period in years, as the helpers place it. */
function handPosition(p: string): number {
  const y = (p.charCodeAt(0) - 48) * 1000 + (p.charCodeAt(1) - 48) * 100 + (p.charCodeAt(2) - 48) * 10 + (p.charCodeAt(3) - 48);
  if (p.length === 4) return y + 0.5;
  const m = (p.charCodeAt(5) - 48) * 10 + (p.charCodeAt(6) - 48);
  const d = (p.charCodeAt(8) - 48) * 10 + (p.charCodeAt(9) - 48);
  const dim = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y + (m - 1 + (d - 1) / dim + (m - 1 + d / dim)) / 24;
}

const hand = {
  growthRate(): Float64Array {
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = (others[i]! - values[i]!) / Math.abs(values[i]!);
    return out;
  },
  cagr(): Float64Array {
    const points = yearPoints();
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const [s, e] = points[i]!;
      out[i] = Math.pow(e.value / s.value, 1 / (Number(e.period) - Number(s.period))) - 1;
    }
    return out;
  },
  changes(): unknown[] {
    const points = series();
    const out = new Array(N - 1);
    let t0 = handPosition(points[0]!.period);
    for (let i = 1; i < N; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const t1 = handPosition(b.period);
      const absolute = b.value - a.value;
      out[i - 1] = { from: a.period, to: b.period, years: t1 - t0, fromValue: a.value, toValue: b.value, absolute, relative: absolute / Math.abs(a.value) };
      t0 = t1;
    }
    return out;
  },
  indexSeries(): unknown[] {
    const points = series();
    const basePeriod = periods()[N >> 1]!;
    let base = 0;
    for (let i = 0; i < N; i++) if (points[i]!.period === basePeriod) base = points[i]!.value;
    const out = new Array(N);
    for (let i = 0; i < N; i++) out[i] = { period: points[i]!.period, value: points[i]!.value, index: 100 * (points[i]!.value / base) };
    return out;
  },
  perCapita(): unknown[] {
    const points = series();
    const byPeriod = new Map<string, number>();
    for (const p of population()) byPeriod.set(p.period, p.value);
    const out = new Array(N);
    for (let i = 0; i < N; i++) {
      const p = points[i]!;
      const pop = byPeriod.get(p.period)!;
      out[i] = { period: p.period, value: p.value, population: pop, ratio: (1000 * p.value) / pop };
    }
    return out;
  },
  shares(): unknown[] {
    const list = valueList();
    let sum = 0;
    for (let i = 0; i < N; i++) sum += list[i]!;
    const total = sum * 1.25;
    const out = new Array(N + 1);
    for (let i = 0; i < N; i++) out[i] = { id: String(i), value: list[i]!, share: list[i]! / total, remainder: false };
    out[N] = { id: 'remainder', value: total - sum, share: (total - sum) / total, remainder: true };
    return out;
  },
  // Like the helper: each estimate against the median of its group (one period, one set of
  // dimensions), the groups' statistics, and each source's series. Not written by hand: the
  // groups' rounding (one figure at different rounding), so the agreement leaves out each group's
  // `rounding` and the `overlap` it feeds (see comparable() below).
  compareSources(): unknown {
    const list = estimates();
    const items = list.map((o) => {
      const low = o.qualifier === 'range' ? o.low : o.qualifier === 'atMost' ? 0 : o.value;
      const high = o.qualifier === 'range' ? o.high : o.qualifier === 'atLeast' ? Infinity : o.value;
      return { o, t: Number(o.period), dims: `country=${o.dimensions.country}`, low, high, point: o.qualifier === 'range' ? null : o.value };
    });
    type Item = (typeof items)[number];
    items.sort((x, y) => x.t - y.t || (x.dims < y.dims ? -1 : x.dims > y.dims ? 1 : 0) || (x.o.id < y.o.id ? -1 : x.o.id > y.o.id ? 1 : 0));
    const estimateOf = new Map<Item, unknown>();
    const byGroup = new Map<string, Item[]>();
    for (const x of items) {
      const key = `${x.o.period}|${x.dims}`;
      const g = byGroup.get(key);
      if (g === undefined) byGroup.set(key, [x]);
      else g.push(x);
    }
    const groups: unknown[] = [];
    for (const members of byGroup.values()) {
      const points = new Float64Array(members.length);
      let m = 0;
      for (const x of members) if (x.point !== null) points[m++] = x.point;
      const sorted = points.subarray(0, m).sort();
      const min = m ? sorted[0]! : null;
      const max = m ? sorted[m - 1]! : null;
      const median = m ? (m % 2 ? sorted[(m - 1) / 2]! : (sorted[m / 2 - 1]! + sorted[m / 2]!) / 2) : null;
      const groupEstimates = members.map((x) => {
        const { o, low, high, point } = x;
        const deviation = median === null ? null : point !== null ? point - median : low > median ? low - median : high < median ? high - median : 0;
        const e = {
          observation: o, source: o.source, attribution: o.attribution ?? null, period: o.period, qualifier: o.qualifier, wording: o.wording ?? null,
          interval: [low, high], approximate: o.qualifier === 'approximate', point, deviation, relativeDeviation: deviation === null || median === 0 ? null : deviation / median!,
        };
        estimateOf.set(x, e);
        return e;
      });
      groups.push({ period: members[0]!.o.period, dimensions: members[0]!.o.dimensions, estimates: groupEstimates, min, max, median, spread: min !== null && min > 0 && max! / min < Infinity ? max! / min : null });
    }
    const bySeries = new Map<string, Item[]>();
    for (const x of items) {
      const key = `${x.o.source}|${x.o.attribution ?? ''}|${x.dims}`;
      const l = bySeries.get(key);
      if (l === undefined) bySeries.set(key, [x]);
      else l.push(x);
    }
    const series: { dims: string; value: unknown }[] = [];
    for (const l of bySeries.values()) {
      const periods = new Set(l.map((x) => x.t)).size;
      if (periods < 2) continue;
      const first = l[0]!;
      const last = l[l.length - 1]!;
      const onlyPoint = (end: Item): number | null => (l.every((x) => x.t !== end.t || (x.point !== null && x.point === end.point)) ? end.point : null);
      const from = onlyPoint(first);
      const to = onlyPoint(last);
      const change = from === null || to === null ? null : to - from;
      const growth = change === null || from === 0 ? null : change / Math.abs(from!);
      series.push({
        dims: first.dims,
        value: {
          source: first.o.source, attribution: first.o.attribution ?? null, dimensions: first.o.dimensions, estimates: l.map((x) => estimateOf.get(x)), periods,
          first: estimateOf.get(first), last: estimateOf.get(last), change: change !== null && Number.isFinite(change) ? change : null, growth: growth !== null && Number.isFinite(growth) ? growth : null,
        },
      });
    }
    // one source and attribution here: the series sort by their dimensions
    series.sort((x, y) => (x.dims < y.dims ? -1 : x.dims > y.dims ? 1 : 0));
    return { measure: 'idps', unit: 'persons', estimates: items.map((x) => estimateOf.get(x)), groups, series: series.map((x) => x.value), newestPeriod: items[items.length - 1]!.o.period };
  },
  checkConsistency(): unknown[] {
    const byId = new Map<string, Observation>();
    for (const o of relationsDataset().observations) byId.set(o.id, o);
    const out: unknown[] = [];
    for (const r of relationsDataset().relations) {
      if (r.kind !== 'difference') continue;
      const res = byId.get(r.result)!;
      const min = byId.get(r.minuend)!;
      const sub = byId.get(r.subtrahend)!;
      const v = (o: Observation): number => (o.qualifier === 'range' ? o.low : o.value);
      const difference = v(res) - v(min) + v(sub);
      const declared = r.discrepancy?.value ?? null;
      const misses = Math.abs(difference - (declared ?? 0)) > r.tolerance;
      if (declared === null && !misses) continue;
      out.push({
        relation: r,
        status: declared === null ? 'undeclared' : misses ? 'mismatch' : 'declared',
        difference,
        declared,
        note: r.discrepancy?.note ?? null,
        tolerance: r.tolerance,
        unit: res.unit,
        observations: [res, min, sub],
      });
    }
    return out;
  },
  perPeriodRate(): Float64Array {
    const list = ratePeriods();
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const p = list[i]!;
      const slash = p.indexOf('/');
      const ya = Number(p.slice(0, 4));
      const ma = Number(p.slice(5, 7));
      const yb = Number(p.slice(slash + 1, slash + 5));
      const mb = Number(p.slice(slash + 6, slash + 8));
      out[i] = values[i]! / (12 * (yb - ya) + mb - ma + 1);
    }
    return out;
  },
  convert(): Float64Array {
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = values[i]! * 1000;
    return out;
  },
  toRows(): unknown[] {
    return handRows(rowsDataset(), true);
  },
  toRowsWithoutDimensions(): unknown[] {
    return handRows(flatDataset(), false);
  },
};

/** Rows as a hand-written loop builds them: one object literal, with or without a country column. */
function handRows(d: Dataset, country: boolean): unknown[] {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const labels = new Map(d.measures.map((m) => [m.id, m.label]));
  const rows = new Array(d.observations.length);
  for (let i = 0; i < d.observations.length; i++) {
    const o = d.observations[i]!;
    const s = sources.get(o.source)!;
    const range = o.qualifier === 'range';
    rows[i] = country
      ? {
          datasetId: d.id, observationId: o.id, measure: o.measure, measureLabel: labels.get(o.measure)!, qualifier: o.qualifier,
          wording: o.wording ?? null, value: range ? null : o.value, low: range ? o.low : null, high: range ? o.high : null,
          unit: o.unit, period: o.period, country: o.dimensions.country ?? null, sourceId: o.source, sourceTitle: s.title,
          sourceKind: s.kind, attribution: o.attribution ?? null, locatorSection: o.locator.section,
          locatorTable: o.locator.table ?? null, locatorRow: o.locator.row ?? null, locatorColumn: o.locator.column ?? null,
          locatorFootnote: o.locator.footnote ?? null, locatorFile: o.locator.file ?? null, locatorLine: o.locator.line ?? null, citation: o.citation ?? null, quote: o.quote, asWritten: o.asWritten,
          note: o.note ?? null,
        }
      : {
          datasetId: d.id, observationId: o.id, measure: o.measure, measureLabel: labels.get(o.measure)!, qualifier: o.qualifier,
          wording: o.wording ?? null, value: range ? null : o.value, low: range ? o.low : null, high: range ? o.high : null,
          unit: o.unit, period: o.period, sourceId: o.source, sourceTitle: s.title,
          sourceKind: s.kind, attribution: o.attribution ?? null, locatorSection: o.locator.section,
          locatorTable: o.locator.table ?? null, locatorRow: o.locator.row ?? null, locatorColumn: o.locator.column ?? null,
          locatorFootnote: o.locator.footnote ?? null, locatorFile: o.locator.file ?? null, locatorLine: o.locator.line ?? null, citation: o.citation ?? null, quote: o.quote, asWritten: o.asWritten,
          note: o.note ?? null,
        };
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The helpers, on the same inputs

const helper: Record<keyof typeof hand, () => unknown> = {
  growthRate() {
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = growthRate(values[i]!, others[i]!);
    return out;
  },
  cagr() {
    const points = yearPoints();
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const [s, e] = points[i]!;
      out[i] = cagr(s, e);
    }
    return out;
  },
  changes: () => changes(series()),
  indexSeries: () => indexSeries(series(), periods()[N >> 1]!),
  perCapita: () => perCapita(series(), population(), { per: 1000 }),
  shares: () => {
    const list = valueList();
    let sum = 0;
    for (let i = 0; i < N; i++) sum += list[i]!;
    return shares(list, { total: sum * 1.25 });
  },
  compareSources: () => compareSources(estimates()),
  checkConsistency: () => checkConsistency(relationsDataset()),
  perPeriodRate() {
    const list = ratePeriods();
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = perPeriodRate(values[i]!, list[i]!, 'month');
    return out;
  },
  convert() {
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = convert(values[i]!, 'thousand-persons', 'persons');
    return out;
  },
  toRows: () => toRows(rowsDataset()),
  toRowsWithoutDimensions: () => toRows(flatDataset()),
};

// ---------------------------------------------------------------------------------------------
// Agreement, then timing

/** Whether two results agree: deep equality, with numbers equal to a relative 1e-12. */
function agree(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  if (a instanceof Float64Array && b instanceof Float64Array) return a.length === b.length && a.every((x, i) => agree(x, b[i]));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => agree(x, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return isDeepStrictEqual(ka, kb) && ka.every((k) => agree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

/** What the agreement compares: the whole result, but for compareSources each group without its `rounding` and the `overlap` it feeds (not written by hand). */
function comparable(name: keyof typeof hand, result: unknown): unknown {
  if (name !== 'compareSources') return result;
  const r = result as { groups: Record<string, unknown>[] };
  return { ...r, groups: r.groups.map(({ overlap: _overlap, rounding: _rounding, ...rest }) => rest) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const names = Object.keys(hand) as (keyof typeof hand)[];

/** Times one case in this process; returns the median times of the helper and the hand loop. */
function measure(name: keyof typeof hand): { helper: number; hand: number } {
  if (!agree(comparable(name, helper[name]()), comparable(name, hand[name]()))) throw new Error(`bench: ${name} and its hand loop do not give the same result`);
  const ht: number[] = [];
  const lt: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    // alternate the order, so that neither side always runs after the other's garbage
    if (r % 2) {
      lt.push(time(hand[name]));
      ht.push(time(helper[name]));
    } else {
      ht.push(time(helper[name]));
      lt.push(time(hand[name]));
    }
  }
  return { helper: median(ht), hand: median(lt) };
}

const single = process.env.BENCH_CASE as keyof typeof hand | undefined;
if (single !== undefined) {
  // a child: one case, its result as JSON on the last line
  console.log(JSON.stringify(measure(single)));
} else {
  const only = process.argv.slice(2);
  let worst = 0;
  console.log(`helpers against hand-written loops: ${N.toLocaleString('en')} points, median of ${RUNS} runs (after a warm-up), one process per helper`);
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_CASE: name },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`bench: ${name} failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { helper: number; hand: number };
    const ratio = result.helper / result.hand;
    worst = Math.max(worst, ratio);
    console.log(
      `${name.padEnd(24)} helper ${result.helper.toFixed(1).padStart(8)} ms   hand loop ${result.hand.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)}${ratio > 2 ? '   (over the 2× target)' : ''}`,
    );
  }
  console.log(`worst ratio: ${worst.toFixed(2)} (target ≤ 2)`);
}
