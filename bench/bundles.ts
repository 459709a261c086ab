/** Gzipped bundle of each single dataset against its gzipped JSON, and what cite adds to it (npm run bench). */
import { datasets } from 'azerbaijan-data';
import { bundleDataset, bundleModule, datasetExportNames } from '../scripts/bundleDataset.js';

const names = datasetExportNames();
console.log('Bundle of one dataset (esbuild, minified, gzip -9) against the gzipped JSON of that dataset');
const ratios: number[] = [];
for (const d of datasets) {
  const b = await bundleDataset(d.topic, names.get(d)!, JSON.stringify(d));
  ratios.push(b.ratio);
  console.log(`  ${d.id.padEnd(44)} ${String(b.gzipBytes).padStart(6)} B / ${String(b.jsonGzipBytes).padStart(6)} B = ${b.ratio.toFixed(3)}`);
}
console.log(`  largest ratio ${Math.max(...ratios).toFixed(3)} (target ≤ 1.1, issue 26)`);

// Citing without the catalogue (issue 27): each dataset with `cite` from `azerbaijan-data/helpers`
// (an entry point that loads no topic), against the dataset alone, in gzipped bytes.
console.log('\nOne dataset and cite(dataset, figure) from azerbaijan-data/helpers, against the dataset alone (esbuild, minified, gzip -9)');
const added: number[] = [];
for (const d of datasets) {
  const name = names.get(d)!;
  const figure = d.observations[0]?.id ?? d.events[0]!.id;
  const alone = await bundleModule(`${d.topic}--${name}`, `import { ${name} } from 'azerbaijan-data/${d.topic}';\nconsole.log(${name});\n`);
  const cited = await bundleModule(`${d.topic}--${name}--cite`, `import { ${name} } from 'azerbaijan-data/${d.topic}';\nimport { cite } from 'azerbaijan-data/helpers';\nconsole.log(${name}, cite(${name}, ${JSON.stringify(figure)}));\n`);
  added.push(cited.gzipBytes - alone.gzipBytes);
  console.log(`  ${d.id.padEnd(44)} ${String(alone.gzipBytes).padStart(6)} B alone, ${String(cited.gzipBytes).padStart(6)} B with cite: +${cited.gzipBytes - alone.gzipBytes} B (${(cited.gzipBytes / alone.gzipBytes).toFixed(2)}×)`);
}
console.log(`  cite adds at most ${Math.max(...added)} B gzipped (target ≤ 6000 B; 17,200 B before issue 27, with the catalogue and semver)`);
