import { describe, expect, it } from 'vitest';
import { docExamples, runExample } from '../support/docExamples.js';

// The helpers' examples are checked by tests/helpers; the CLI has none.
const examples = docExamples('src', (p) => p.startsWith('src/helpers/') || p.startsWith('src/cli/'));

describe('TSDoc examples', () => {
  it('there are examples with //=> lines to check', () => {
    expect(examples.filter((e) => e.checks > 0).length).toBeGreaterThan(20);
  });

  it.each(examples.map((e, i) => [e.where, e, i] as const))('%s runs and every //=> line holds', async (_, example, index) => {
    const checks = await runExample(example, index);
    expect(checks).toHaveLength(example.checks);
    for (const [actual, stated, line] of checks) expect(actual, line).toEqual(stated);
  });
});
