import { datasets } from './src/catalogue.js';
import { cite } from './src/citation/cite.js';
const g = (id: string) => (datasets as any[]).find((d) => d.id === id);
for (const [d, f] of [['unhcr-idmc-idps-azerbaijan-2025', 'idps-2009'], ['idmc-gidd-conflict-azerbaijan-2025', 'idps-2009'], ['unhcr-population-azerbaijan-2025', 'refugee-population-by-country-of-origin-az-de-2023'], ['unhcr-population-azerbaijan-2022', 'refugee-population-by-country-of-origin-az-am-1992'], ['idmc-gidd-disasters-azerbaijan-2025','gidd-disaster-1']]) {
  const c = cite(g(d), f as never);
  console.log('----', d, f); console.log(c.text); console.log(c.bibtex.slice(0, 1500));
}
