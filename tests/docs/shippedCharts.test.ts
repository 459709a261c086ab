import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { chartFontSize, chartWidth, contentColumnWidth } from '../../scripts/docs/chartSpec.js';
import { renderChart } from '../../scripts/docs/renderChart.js';

// Every chart the package ships in data/charts/ (the datasets' charts and any other spec shipped
// there), as a user meets it: compiled by vega-lite and drawn by a headless vega View with
// loggers that keep every warning and error, which must be none; standing alone (its SVG says
// what it shows and from whom); readable in the docs' content column; and importable in
// TypeScript without a cast, as the typed ES module shipped beside it.

const root = new URL('../..', import.meta.url).pathname;
const charts = join(root, 'data/charts');
const files = readdirSync(charts).filter((f) => f.endsWith('.vl.json')).sort();

/** Renders a spec headless as the docs do (vega-lite's compile, a vega View with renderer 'none', toSVG); returns the SVG and every warning or error logged on the way. */
async function render(spec: TopLevelSpec): Promise<{ svg: string; messages: string[] }> {
  const messages: string[] = [];
  return { svg: await renderChart(spec, chartWidth, messages), messages };
}

/** The SHA-256 of a value serialized as JSON. */
const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Imports every shipped chart module by its package path, as Node loads it (the package's
 * exports map, the module's JSON import attribute): one child process for all the charts, since
 * vitest would transform each multi-megabyte spec into a module of its own. Gives, per chart
 * file, the digest of the module's default export, or why it cannot be imported.
 */
let loadedModules: Promise<Record<string, string>> | undefined;
const chartModules = (): Promise<Record<string, string>> =>
  (loadedModules ??= new Promise((resolve, reject) => {
    const script = [
      "import { createHash } from 'node:crypto';",
      'const out = {};',
      'for (const file of process.argv.slice(1)) {',
      '  try {',
      "    const module = await import(`azerbaijan-data/data/charts/${file.replace(/\\.json$/, '.js')}`);",
      "    out[file] = createHash('sha256').update(JSON.stringify(module.default)).digest('hex');",
      '  } catch (error) {',
      '    out[file] = `cannot import: ${error}`;',
      '  }',
      '}',
      'process.stdout.write(JSON.stringify(out));',
    ].join('\n');
    execFile(process.execPath, ['--input-type=module', '-e', script, ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as Record<string, string>),
    );
  }));

/** The text an SVG shows, its fragments joined by spaces (a wrapped line's parts join up again). */
const shownText = (svg: string): string =>
  [...svg.matchAll(/>([^<]+)</g)]
    .map((m) => m[1]!.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').trim())
    .filter((t) => t !== '')
    .join(' ');

describe('data/charts/', () => {
  it('ships a chart for every dataset', () => {
    expect(files.length).toBeGreaterThanOrEqual(datasets.length);
    for (const d of datasets) expect(files, d.id).toContain(`${d.id}.vl.json`);
  });

  it('the recording logger catches a warning of Vega (a layer with no data to draw)', async () => {
    const empty = { data: { values: [{ a: null }] }, transform: [{ filter: 'datum.a !== null' }], mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } } as TopLevelSpec;
    expect((await render(empty)).messages).toEqual(['warning: Infinite extent for field "a": [Infinity, -Infinity]']);
  });
});

describe.each(files.map((f) => [f] as const))('data/charts/%s', (file) => {
  const spec = JSON.parse(readFileSync(join(charts, file), 'utf8')) as TopLevelSpec & { title?: { text: string | string[]; subtitle?: string | string[] } };
  const dataset = datasets.find((d) => `${d.id}.vl.json` === file);
  const lines = (t: string | string[] | undefined): string => [t ?? []].flat().join(' ');

  it(`compiles with vega-lite and renders with vega without a warning or an error, no wider than the ${contentColumnWidth} px content column, with text of ${chartFontSize} px or more, a <title> on every mark of a figure, its title and a source line`, async () => {
    const { svg, messages } = await render(spec);
    expect(messages).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(contentColumnWidth);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(chartFontSize);
    const marks = [...svg.matchAll(/<(?!g\b)(\w+)\b[^>]*role="graphics-symbol"[^>]*>(<title>[^<]*<\/title>)?/g)];
    expect(marks.length).toBeGreaterThan(0);
    if (dataset !== undefined) expect(marks.length).toBeGreaterThanOrEqual(dataset.observations.length > 0 ? dataset.observations.length : dataset.events.length);
    expect(marks.filter((m) => m[2] === undefined).map((m) => m[0].slice(0, 80))).toEqual([]);
    const text = shownText(svg);
    expect(lines(spec.title?.text), 'the title').not.toBe('');
    expect(text).toContain(lines(spec.title?.text));
    expect(lines(spec.title?.subtitle)).toMatch(/^Source: \S/);
    expect(text).toContain(lines(spec.title?.subtitle));
    if (dataset === undefined) return;
    // a dataset's chart: its title, and the name of each publication and body its figures come from
    expect(text).toContain(dataset.title);
    const used = new Set([...dataset.observations, ...dataset.events].flatMap((o) => [o.source, ...(o.attribution === undefined ? [] : [o.attribution])]));
    const source = text.slice(text.indexOf('Source: '));
    for (const s of dataset.sources.filter((x) => used.has(x.id))) {
      const names = [s.title, s.publisher, ...(s.authors ?? []).map((a) => a.family), ...[...(s.publisher ?? '').matchAll(/\(([A-Z]{2,})\)/g)].map((m) => m[1])].filter((n): n is string => n !== undefined);
      expect(names.some((n) => source.includes(n)), `${s.id} in "${source}"`).toBe(true);
    }
  });

  it('is shipped as a typed ES module beside it (.vl.js and .vl.d.ts) that loads the same spec', async () => {
    const base = file.replace(/\.json$/, '');
    expect(existsSync(join(charts, `${base}.d.ts`))).toBe(true);
    // the module's default export, serialized, is the spec's (read again: rendering gave the spec's rows Vega's ids)
    expect((await chartModules())[file]).toBe(digest(JSON.parse(readFileSync(join(charts, file), 'utf8'))));
  });
});

describe('the typed chart modules', () => {
  it('every shipped spec imports in strict TypeScript without a cast, as a vega-lite TopLevelSpec and a vega-embed VisualizationSpec', () => {
    const dir = join(root, 'test-output/chart-modules');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const modules = files.map((f, i) => [`spec${i}`, `azerbaijan-data/data/charts/${f.replace(/\.json$/, '.js')}`] as const);
    const consumer = [
      "import embed from 'vega-embed';",
      "import type { VisualizationSpec } from 'vega-embed';",
      "import { compile } from 'vega-lite';",
      "import type { TopLevelSpec } from 'vega-lite';",
      ...modules.map(([name, path]) => `import ${name} from '${path}';`),
      `export const specs: TopLevelSpec[] = [${modules.map(([name]) => name).join(', ')}];`,
      `export const embeddable: VisualizationSpec[] = [${modules.map(([name]) => name).join(', ')}];`,
      `export const compiled = compile(${modules[0]![0]});`,
      `export const shown = (element: HTMLElement) => embed(element, ${modules[0]![0]});`,
      // a misspelt mark type in a spec's type is caught: the types are literal, not `string`
      `const broken: typeof ${modules[0]![0]} = { ...${modules[0]![0]}, $schema: 'https://example.org' };`,
      'console.log(broken);',
    ].join('\n');
    // nodenext (tests/package/resolutions.test.ts resolves the package under the others), with
    // TypeScript 7, the compiler a new project gets from npm (the native one: a second for the 62
    // specs' literal types, where TypeScript 5.9's API took three)
    const results = (['nodenext'] as const).map((resolution) => {
      const file = `consumer-${resolution}.mts`;
      writeFileSync(join(dir, file), consumer);
      const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], module: resolution, moduleResolution: resolution };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [file] }));
      const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript-native/bin/tsc'), '-p', dir, '--pretty', 'false', '--singleThreaded'], { encoding: 'utf8' });
      // one diagnostic per line that names its code; the lines under it continue its message
      return r.stdout.split('\n').flatMap((l) => {
        const m = /error TS(\d+): (.*)$/.exec(l);
        if (m === null) return /error TS\d+/.test(l) ? [`${resolution}: ${l}`] : [];
        return [`${resolution}: TS${m[1]} ${m[2]!.slice(0, 200)}`];
      });
    });
    // the only error is the deliberate one: a $schema the spec's type does not have
    for (const diagnostics of results) {
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatch(/TS2322 Type '"https:\/\/example.org"' is not assignable to type '"https:\/\/vega.github.io\/schema\/vega-lite\/v6.json"'/);
    }
  }, 120_000);
});
