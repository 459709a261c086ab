// The build step of a web app that shows figures of azerbaijan-data (here in place of `vite build`:
// it writes the figures its pages show). `npm run build` first runs the "prebuild" script of
// package.json, `azerbaijan-data verify azerbaijan-data.lock.json`, which exits 1, and so stops
// the build, when the installed data is not the data the lockfile holds: no page is built with a
// figure nobody checked. The check runs in Node, at build time: a browser has Web Crypto (which
// assertHash needs) only on HTTPS pages and localhost, and would notice a change only once the
// new figure is on screen. Re-lock after reading the changelog: `npx azerbaijan-data lock remittance-flows`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { observation, remittanceFlows } from 'azerbaijan-data';

const inward = observation(remittanceFlows, 'inward-remittances-2003');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/figures.json', `${JSON.stringify({ inwardRemittances2003: { value: inward.value, unit: inward.unit, source: inward.source } })}\n`);
console.log(`build: dist/figures.json (inward remittances 2003: ${inward.value} ${inward.unit})`);
