import { describe, expectTypeOf, it } from 'vitest';
import { cite, remittanceFlows, unhcr } from 'azerbaijan-data';
import type { Citation, CslItem } from 'azerbaijan-data';

describe('cite() types', () => {
  it('takes a published dataset (with a figure id) or a source, and returns a Citation of CSL items', () => {
    expectTypeOf(cite(remittanceFlows, 'inward-remittances-2010')).toEqualTypeOf<Citation>();
    expectTypeOf(cite(unhcr)).toEqualTypeOf<Citation>();
    expectTypeOf<Citation['csl']>().toEqualTypeOf<readonly CslItem[]>();
    // @ts-expect-error a number is neither a dataset nor a source
    expectTypeOf(() => cite(42)).toBeFunction();
  });
});
