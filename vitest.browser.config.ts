import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the docs site in headless Chromium (tests/docs/site.test.ts) and the page of
// docs/charts.md, bundled and run there (tests/docs/chartsPage.test.ts). It needs
// Debian's chromium at /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it).
export default defineConfig({
  test: {
    include: ['tests/docs/site.test.ts', 'tests/docs/chartsPage.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
