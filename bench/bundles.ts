/** Gzipped bundle of each single dataset against its gzipped JSON (npm run bench). */
import { datasets } from 'azerbaijan-data';
import { bundleDataset, datasetExportNames } from '../scripts/bundleDataset.js';

const names = datasetExportNames();
console.log('Bundle of one dataset (esbuild, minified, gzip -9) against the gzipped JSON of that dataset');
const ratios: number[] = [];
for (const d of datasets) {
  const b = await bundleDataset(d.topic, names.get(d)!, JSON.stringify(d));
  ratios.push(b.ratio);
  console.log(`  ${d.id.padEnd(44)} ${String(b.gzipBytes).padStart(6)} B / ${String(b.jsonGzipBytes).padStart(6)} B = ${b.ratio.toFixed(3)}`);
}
console.log(`  largest ratio ${Math.max(...ratios).toFixed(3)} (target ≤ 1.3)`);
