/**
 * Builds the docs site (`npm run docs`) into `docs/site/`:
 * 1. generates, from the catalogue, the pages TypeDoc adds beside the API reference into
 *    `docs/generated/` (git-ignored): the catalogue page, a page per dataset with its chart
 *    rendered to SVG (Vega-Lite → Vega → SVG, no script in the page), and the downloads (CSV,
 *    Vega-Lite specs, datapackage.json, JSON Schema);
 * 2. runs TypeDoc with typedoc.json (treatWarningsAsErrors: any warning fails the build), naming
 *    the API modules by the package's entry points.
 * Exits non-zero on any error or warning.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Application, Comment, Converter, PackageJsonReader, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc';
import * as api from '../../src/index.js';
import { datasets } from '../../src/catalogue.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { writeExports } from '../export-data.js';
import { cataloguePage } from './cataloguePage.js';
import { viewChartSpec } from './acrossSources.js';
import { chartSpec, specText } from './chartSpec.js';
import { comparisonViews, viewTitle } from '../../src/tabular/comparisonViews.js';
import { comparisonPage } from './comparisonPages.js';
import { datasetPage } from './datasetPage.js';
import { displacement2025Charts } from './displacement2025Charts.js';
import { renderChart } from './renderChart.js';

const root = new URL('../..', import.meta.url).pathname;
const generated = join(root, 'docs/generated');
const filesDir = join(generated, 'files');
const pagesDir = join(generated, 'datasets');

/**
 * The API modules: TypeDoc names them by entry file; the site names them by the import path
 * users write, with a summary where the entry file has no module comment.
 */
const modules: Record<string, { name: string; summary: string }> = {
  index: {
    name: 'azerbaijan-data',
    summary:
      'The root entry point: every dataset, the catalogue (`datasets`), the sources, the helpers and the types of the data model. ' +
      'Each topic also has an entry point of its own (`azerbaijan-data/migration`…) that exports its datasets only; the helpers are also in `azerbaijan-data/helpers`.',
  },
  schema: {
    name: 'azerbaijan-data/schema',
    summary: 'The zod schemas of the data model, `parseDataset` and `DatasetValidationError`: for validating data read from elsewhere. Importing data never loads them.',
  },
};

/** The name under which the package exports each dataset. */
function exportNames(): Map<Dataset, string> {
  const names = new Map<Dataset, string>();
  for (const [name, value] of Object.entries(api)) {
    if ((datasets as readonly unknown[]).includes(value)) names.set(value as Dataset, name);
  }
  return names;
}

async function generatePages(): Promise<void> {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  await writeExports(filesDir);
  const names = exportNames();
  const rel = (from: string, to: string): string => `./${relative(from, to)}`;
  for (const dataset of datasets as readonly Dataset[]) {
    const exportName = names.get(dataset);
    if (exportName === undefined) throw new Error(`docs: dataset "${dataset.id}" is not exported by src/index.ts`);
    const svg = await renderChart(chartSpec(dataset));
    const svgPath = join(filesDir, 'charts', `${dataset.id}.svg`);
    writeFileSync(svgPath, svg);
    const jsonPath = join(filesDir, `${dataset.id}.json`);
    writeFileSync(jsonPath, `${JSON.stringify(dataset, null, 2)}\n`);
    const csvPath = join(filesDir, `${dataset.id}.csv`);
    const eventsCsvPath = join(filesDir, `${dataset.id}.events.csv`);
    // TypeDoc copies the files a page links into media/ under their own names: the JSON-LD names them there
    const media = (path: string): string => `../media/${basename(path)}`;
    const page = datasetPage({
      dataset,
      exportName,
      svg,
      catalogue: '../catalogue.md',
      library: datasets as readonly Dataset[],
      distribution: {
        csv: media(csvPath),
        ...(dataset.events.length > 0 ? { eventsCsv: media(eventsCsvPath) } : {}),
        json: media(jsonPath),
        licence: 'Data_licence.html',
      },
      files: {
        csv: rel(pagesDir, csvPath),
        ...(dataset.events.length > 0 ? { eventsCsv: rel(pagesDir, eventsCsvPath) } : {}),
        json: rel(pagesDir, jsonPath),
        spec: rel(pagesDir, join(filesDir, 'charts', `${dataset.id}.vl.json`)),
        svg: rel(pagesDir, svgPath),
      },
    });
    writeFileSync(join(pagesDir, `${dataset.id}.md`), page);
  }
  const comparisons = [];
  for (const page of comparisonViews) {
    const title = viewTitle(page, datasets);
    // writeExports wrote the view's spec and tables: the page links them and draws the same spec
    const specPath = join(filesDir, 'charts', `${page.slug}.vl.json`);
    const svgPath = join(filesDir, 'charts', `${page.slug}.svg`);
    const spec = viewChartSpec(page, datasets);
    const svg = await renderChart(spec);
    writeFileSync(svgPath, svg);
    const md = comparisonPage({
      page,
      datasets,
      svg,
      datasetPath: (id) => `./datasets/${id}.md`,
      files: {
        spec: rel(generated, specPath),
        svg: rel(generated, svgPath),
        csv: rel(generated, join(filesDir, `${page.slug}.csv`)),
        ...(page.revisions ? { revisionsCsv: rel(generated, join(filesDir, `${page.slug}.revisions.csv`)) } : {}),
      },
      catalogue: './catalogue.md',
    });
    writeFileSync(join(generated, `${page.slug}.md`), md);
    comparisons.push({ title, path: `./${page.slug}.md` });
  }
  // docs/displacement-2025.md with its charts drawn: each "<!-- chart: slug -->" becomes the SVG of
  // the shipped spec (writeExports wrote it), and its links point from docs/generated/ to docs/
  let displacement = readFileSync(join(root, 'docs/displacement-2025.md'), 'utf8').replaceAll('](./', '](../');
  for (const c of displacement2025Charts(datasets)) {
    const svg = await renderChart(c.spec);
    writeFileSync(join(filesDir, 'charts', `${c.slug}.svg`), svg);
    const marker = `<!-- chart: ${c.slug} -->`;
    if (!displacement.includes(marker)) throw new Error(`docs: docs/displacement-2025.md has no ${marker}`);
    displacement = displacement.replace(marker, `<figure class="chart">${svg}</figure>`);
  }
  writeFileSync(join(generated, 'displacement-2025.md'), displacement);
  const schemas = ['dataset', 'observation', 'source', 'relation', 'event'].map((name) => ({ name, path: `./files/schema/${name}.schema.json` }));
  writeFileSync(
    join(generated, 'catalogue.md'),
    cataloguePage({ datasets, pagePath: (d) => `./datasets/${d.id}.md`, files: { datapackage: './files/datapackage.json', schemas }, comparisons }),
  );
  console.log(`docs: ${datasets.length} dataset pages and charts, ${comparisons.length} pages across sources in docs/generated/`);
}

async function runTypedoc(): Promise<boolean> {
  const app = await Application.bootstrapWithPlugins({}, [new TypeDocReader(), new PackageJsonReader(), new TSConfigReader()]);
  const strict = app.options.getValue('treatWarningsAsErrors');
  const failed = (): boolean => app.logger.hasErrors() || (strict && app.logger.hasWarnings());
  if (failed()) return false;
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const own = modules[module.name];
      if (own === undefined) continue;
      module.name = own.name;
      module.comment ??= new Comment([{ kind: 'text', text: own.summary }]);
    }
  });
  const project = await app.convert();
  if (!project || failed()) return false;
  app.validate(project);
  if (failed()) return false;
  await app.generateOutputs(project);
  return !failed();
}

await generatePages();
if (!(await runTypedoc())) {
  console.error('docs: TypeDoc reported errors or warnings (treatWarningsAsErrors); the site is not complete.');
  process.exit(1);
}
