import { describe, expect, it } from 'vitest';
import { dataRecords, dataRows } from '../support/dataTables.js';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';

// The long tables: every dataset in one file per kind of row, with a datasetId column and one
// stable column set, read back and checked against the datasets.

const data = new URL('../../data/', import.meta.url).pathname;
const all = datasets as readonly Dataset[];
const cell = (v: string | number | undefined | null): string => (v === undefined || v === null ? '' : String(v));

/** A long table of data/, its header and its records (read once per worker: tests/support/dataTables.ts). */
function read(file: string): { header: readonly string[]; rows: readonly Readonly<Record<string, string>>[] } {
  return { header: dataRows(file)[0] ?? [], rows: dataRecords(file) };
}

describe('data/observations.csv', () => {
  const { header, rows } = read('observations.csv');

  it('has one stable column set, with datasetId first and the dimensions as one column', () => {
    expect(header.slice(0, 3)).toEqual(['datasetId', 'observationId', 'measure']);
    expect(header).toContain('dimensions');
    for (const d of all) for (const dim of d.dimensions) if (!['unit', 'period', 'value'].includes(dim.id)) expect(header).not.toContain(dim.id);
  });

  it('holds every observation of every dataset once, in order, with its figure, period, dimensions and quote', () => {
    const expected = all.flatMap((d) => d.observations.map((o) => ({ d, o })));
    expect(rows.length).toBe(expected.length);
    rows.forEach((r, i) => {
      const { d, o } = expected[i]!;
      const range = o.qualifier === 'range';
      expect([r.datasetId, r.observationId, r.measure, r.qualifier, r.period, r.unit, r.sourceId, r.quote, r.asWritten, r.attribution]).toEqual([
        d.id, o.id, o.measure, o.qualifier, o.period, o.unit, o.source, o.quote, o.asWritten, cell(o.attribution),
      ]);
      expect([r.value, r.low, r.high]).toEqual(range ? ['', String(o.low), String(o.high)] : [String(o.value), '', '']);
      expect(JSON.parse(r.dimensions!)).toEqual(o.dimensions);
    });
  });
});

describe('data/events.csv', () => {
  const { rows } = read('events.csv');
  it('holds every event with its ISO date as text and the precision of that date', () => {
    const expected = all.flatMap((d) => d.events.map((e) => ({ d, e })));
    expect(rows.length).toBe(expected.length);
    const precision = (date: string): string => {
      const [start] = date.split('/');
      const unit = start!.length === 4 ? 'year' : start!.length === 7 ? 'month' : 'day';
      return date.includes('/') ? `${unit}-interval` : unit;
    };
    rows.forEach((r, i) => {
      const { d, e } = expected[i]!;
      expect([r.datasetId, r.eventId, r.date, r.dateBasis, r.quote]).toEqual([d.id, e.id, e.date, e.dateBasis, e.quote]);
      expect(r.datePrecision, `${d.id}/${e.id} ${e.date}`).toBe(precision(e.date));
    });
    // a year, a month and a span of years each keep their precision
    for (const p of ['year', 'month', 'day', 'year-interval']) expect(rows.some((r) => r.datePrecision === p), p).toBe(true);
  });
});

describe('data/relations.csv', () => {
  const { rows } = read('relations.csv');
  it('has one row per member of every relation, each naming an observation of its dataset or a constant', () => {
    const members = (r: Dataset['relations'][number]): number => {
      switch (r.kind) {
        case 'sum':
          return 1 + r.parts.length + (r.remainder ? 1 : 0) + ('discrepancy' in r && r.discrepancy ? 1 : 0);
        case 'difference':
        case 'share':
          return 3 + ('discrepancy' in r && r.discrepancy ? 1 : 0);
        case 'partOf':
          return 2;
      }
    };
    expect(rows.length).toBe(all.reduce((n, d) => n + d.relations.reduce((m, r) => m + members(r), 0), 0));
    for (const row of rows) {
      const d = all.find((x) => x.id === row.datasetId)!;
      expect(d.relations.some((r) => r.id === row.relationId)).toBe(true);
      if (row.observationId !== '') expect(d.observations.some((o) => o.id === row.observationId), `${row.datasetId}/${row.observationId}`).toBe(true);
      else expect(Number.isFinite(Number(row.value)) && row.value !== '').toBe(true);
    }
  });
});

describe('data/sources.csv and data/datasets.csv', () => {
  it('has one row per dataset and source', () => {
    const { rows } = read('sources.csv');
    expect(rows.map((r) => `${r.datasetId}/${r.sourceId}`)).toEqual(all.flatMap((d) => d.sources.map((s) => `${d.id}/${s.id}`)));
    for (const r of rows.filter((x) => x.file !== '')) expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has one row per dataset, with its counts, version and content hash', () => {
    const { rows } = read('datasets.csv');
    expect(rows.map((r) => [r.datasetId, r.topic, r.version, r.sha256, Number(r.observations), Number(r.events)])).toEqual(
      all.map((d) => [d.id, d.topic, d.version, d.sha256, d.observations.length, d.events.length]),
    );
  });
});
