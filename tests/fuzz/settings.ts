/**
 * The settings of the fuzz suites: a fixed seed and a short run by default, so that `npm test`
 * stays fast and repeatable; FUZZ_RUNS=<n> runs n cases per property (and FUZZ_SEED=<n> another
 * seed), as in `FUZZ_RUNS=20000 npx vitest run tests/fuzz`.
 */
export function fuzzSettings(defaultRuns: number): { seed: number; numRuns: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return { seed: Number.isInteger(seed) ? seed : 11, numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns };
}

/** The test timeout for a property: generous under FUZZ_RUNS, vitest's own otherwise. */
export const fuzzTimeout = process.env.FUZZ_RUNS ? 3_600_000 : undefined;
