/**
 * `npm run readme`: writes the generated table of the README's series section (the newest
 * period of each measure by source, scripts/readme/newestPeriods.ts) into README.md between its
 * markers, from the data in src/. The build does not run it, so that the test that compares
 * README.md with the data (tests/examples/readmeNewestPeriods.test.ts) can fail: run it after
 * the data changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { datasets } from '../../src/catalogue.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { newestPeriodsTable, withTable } from './newestPeriods.js';

const path = new URL('../../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withTable(before, newestPeriodsTable(datasets as readonly Dataset[]));
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'readme: the table of newest periods is up to date' : 'readme: wrote the table of newest periods into README.md');
