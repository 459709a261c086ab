import type { Dataset, Observation, Relation } from 'azerbaijan-data';

/** The point value of an observation that has one (every qualifier but a range). */
function point(o: Observation): number {
  if (o.qualifier === 'range') throw new Error(`observation "${o.id}" is a range and has no point value`);
  return o.value;
}

export interface Evaluated {
  relation: Relation;
  /** What the source's figures miss by: left side minus right side of the relation. */
  difference: number;
  holds: boolean;
}

/**
 * Evaluates one declared relation of a dataset, independently of the library's helpers.
 * A relation holds when its difference, less any declared discrepancy, is within its tolerance.
 */
export function evaluate(dataset: Dataset, relation: Relation): Evaluated {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  const v = (id: string): number => {
    const o = byId.get(id);
    if (!o) throw new Error(`${dataset.id}: relation ${relation.id} names a missing observation ${id}`);
    return point(o);
  };
  const eps = 1e-9;
  switch (relation.kind) {
    case 'sum': {
      const total = typeof relation.total === 'string' ? v(relation.total) : relation.total.value;
      const parts = relation.parts.reduce((s, p) => s + v(p), 0) + (relation.remainder?.value ?? 0);
      const difference = total - parts;
      const declared = relation.discrepancy?.value ?? 0;
      return { relation, difference, holds: Math.abs(difference - declared) <= relation.tolerance + eps };
    }
    case 'difference': {
      const difference = v(relation.result) - (v(relation.minuend) - v(relation.subtrahend));
      const declared = relation.discrepancy?.value ?? 0;
      return { relation, difference, holds: Math.abs(difference - declared) <= relation.tolerance + eps };
    }
    case 'share': {
      const difference = v(relation.percent) - (100 * v(relation.part)) / v(relation.whole);
      const declared = relation.discrepancy?.value ?? 0;
      return { relation, difference, holds: Math.abs(difference - declared) <= relation.tolerance + eps };
    }
    case 'partOf': {
      const difference = v(relation.whole) - v(relation.part);
      return { relation, difference, holds: difference >= 0 };
    }
  }
}
