import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { dimensionColumns, rowColumns, toRows } from 'azerbaijan-data/helpers';
import { dataset, thrown } from './data.js';

describe('toRows', () => {
  it('gives one row per observation, with the same columns in the same order, for every dataset', () => {
    for (const d of datasets as readonly Dataset[]) {
      const rows = toRows(d);
      expect(rows.length, d.id).toBe(d.observations.length);
      const columns = [...rowColumns.slice(0, 11), ...dimensionColumns(d), ...rowColumns.slice(11)];
      for (const row of rows) {
        expect(Object.keys(row), d.id).toEqual(columns);
        expect(Object.values(row).includes(undefined as never), d.id).toBe(false);
      }
    }
  });

  it('keeps a figure of Table 1 with its provenance', () => {
    const row = toRows(dataset('international-migration')).find((r) => r.observationId === 'departures-1990')!;
    expect(row).toEqual({
      datasetId: 'international-migration',
      observationId: 'departures-1990',
      measure: 'departures',
      measureLabel: 'Departures for permanent residence',
      qualifier: 'exact',
      wording: null,
      value: 137.9,
      low: null,
      high: null,
      unit: 'thousand-persons',
      period: '1990',
      sourceId: 'migration-country-report-azerbaijan',
      sourceTitle: 'Country report on migration in Azerbaijan',
      sourceKind: 'academic',
      attribution: 'state-statistics-committee',
      locatorSection: 'Legal migration',
      locatorTable: 'Table 1. International migration (thousands persons)',
      locatorRow: '1990',
      locatorColumn: 'Departures from the country for permanent residence',
      locatorFootnote: 5,
      locatorFile: null,
      locatorLine: null,
      citation: 'Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org',
      quote: '1990 84.3 137.9',
      asWritten: '137.9',
      note: null,
    });
  });

  it('puts each dimension in a column of its own (Table 2: departures to Russia in 1995)', () => {
    const rows = toRows(dataset('departures-by-country'));
    const ru = rows.find((r) => r.observationId === 'departures-ru-1995')!;
    expect(ru.country).toBe('RU');
    expect(ru.value).toBe(11312);
    expect(rows.find((r) => r.observationId === 'departures-total-1995')!.country).toBeNull();
  });

  it('keeps the qualifier and wording, and both ends of a range without a midpoint', () => {
    const atMost = toRows(dataset('refugees-idps-asylum-seekers-2008')).find((r) => r.observationId === 'idps-2008-02')!;
    expect([atMost.qualifier, atMost.wording, atMost.value, atMost.low, atMost.high]).toEqual(['atMost', 'up to', 700000, null, null]);
    const ranges = (datasets as readonly Dataset[]).flatMap((d) => toRows(d)).filter((r) => r.qualifier === 'range');
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      expect(r.value).toBeNull();
      expect(typeof r.low).toBe('number');
      expect(r.low! <= r.high!).toBe(true);
    }
  });

  it('survives a JSON round trip with every column', () => {
    const rows = toRows(dataset('remittance-flows'));
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('names a dimension that collides with a column dimension-<id>', () => {
    const table1 = dataset('international-migration');
    const d = {
      ...table1,
      dimensions: [{ id: 'unit', label: 'Unit', values: [{ code: 'a', label: 'A' }] }],
      observations: [{ ...table1.observations[0]!, dimensions: { unit: 'a' } }],
    } as Dataset;
    const [row] = toRows(d);
    expect(row!['dimension-unit']).toBe('a');
    expect(row!.unit).toBe('thousand-persons');
  });

  it('refuses what is not a dataset, and an observation whose source or measure is not declared', () => {
    const e = thrown(() => toRows(null as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('toRows: dataset must be a dataset with observations, sources, measures and dimensions arrays; received null');
    const table1 = dataset('international-migration');
    const orphan = { ...table1, observations: [{ ...table1.observations[0]!, source: 'nowhere' }] } as Dataset;
    expect(thrown(() => toRows(orphan)).message).toBe('toRows: dataset.observations[0].source must be a source declared in dataset "international-migration"; received "nowhere"');
    const unmeasured = { ...table1, observations: [{ ...table1.observations[0]!, measure: 'nothing' }] } as Dataset;
    expect(thrown(() => toRows(unmeasured))).toBeInstanceOf(RangeError);
  });
});
