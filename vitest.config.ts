import { defineConfig } from 'vitest/config';
import { builtData } from './tests/support/builtData.js';

// `npm test`: every test but the browser test (`npm run test:browser`, vitest.browser.config.ts),
// the type check of the project among them (tests/package/typecheck.test.ts). Two test files at a
// time: on a 2-core machine vitest would otherwise run one, and many of the tests wait on a child
// process (npm pack, attw, tsc, the bin). Test files share their worker's modules
// (`isolate: false`): no test mocks a module or stubs a global, and the built package, DuckDB and
// vega load once per worker instead of once per file.
// Measured by .ci/run on two cores (vitest's Duration): 92 s before the UNHCR and IDMC releases of
// issue 26 (1,464 figures), 213 s with them (11,833 figures), 113 s after the tests stopped doing work twice
// (one npm pack, each CSV and chart read once, problems collected instead of an expect per cell,
// cite() and the chart panels linear instead of quadratic), 84 s after the type check moved to
// TypeScript 7, the command line to the Node build, publint and attw into the test process, and
// src/'s data modules to the Node build (the plugin below).
// The global setup fails the run under AZERBAIJAN_DATA_STRICT=1 when the source documents or the
// standards profiles are missing; the second reporter ends a run that skipped checks for want of
// them with one line saying which and how to point the tests at them (tests/support/seeds.ts).
export default defineConfig({
  // the data modules of src/ load from the Node build the pretest made of them (tests/support/builtData.ts)
  plugins: [builtData(new URL('.', import.meta.url).pathname)],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/docs/site.test.ts', 'tests/docs/chartsPage.test.ts', '**/node_modules/**'],
    globalSetup: ['tests/support/globalSetup.ts'],
    reporters: ['default', './tests/support/skippedChecksReporter.ts'],
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
