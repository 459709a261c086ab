import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wdiIdpsIdmc } from 'azerbaijan-data/displacement';

// The page of docs/charts.md ("Charts in a web app") as a web app would have it: its ```html
// block is the page, its ```ts browser block the page's script. The script is type-checked as a
// bundler project would (strict, moduleResolution bundler, the DOM library), bundled with esbuild
// against the built package and vega-embed, and run in headless Chromium: both charts must be
// drawn, with no error and no warning in the console (Vega logs its warnings there), the shipped
// one with its title and source line. Part of `npm run test:browser` (vitest.browser.config.ts);
// it needs Debian's chromium, as tests/docs/site.test.ts does.

const root = new URL('../..', import.meta.url).pathname;
const executablePath = '/usr/bin/chromium';
const dir = join(root, 'test-output/charts-page');

/** The body of each block of docs/charts.md whose fence opens with `info`. */
function blocks(info: string): string[] {
  const text = readFileSync(join(root, 'docs/charts.md'), 'utf8');
  const fence = new RegExp(`^\`\`\`${info}\\s*\\n([\\s\\S]*?)^\`\`\`\\s*$`, 'gm');
  return [...text.matchAll(fence)].map((m) => m[1]!);
}

let server: Server | undefined;
let browser: Browser | undefined;
let origin: string;
let userDataDir: string;

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`the browser test needs Chromium at ${executablePath}, which is missing: install it with "apt-get install chromium" (as root; .ci/run does so), then run "npm run test:browser" again`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  // the package as a dependency of the app (vega-embed and its peers resolve from the project's node_modules above)
  symlinkSync(root, join(dir, 'node_modules/azerbaijan-data'), 'dir');
  const [html] = blocks('html');
  const [script] = blocks('ts browser');
  writeFileSync(join(dir, 'main.ts'), script!);
  // as a bundler does: the page loads the script it built
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Charts</title></head><body>${html!.replace('./main.ts', './main.js')}</body></html>`);
  await build({ entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile: join(dir, 'main.js'), logLevel: 'silent', absWorkingDir: dir });
  server = createServer((req, res) => {
    const file = join(dir, normalize(new URL(req.url ?? '/', 'http://x').pathname));
    const path = file.endsWith('/') ? join(file, 'index.html') : file;
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end(`not found: ${req.url}`);
    res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDataDir = mkdtempSync(join(tmpdir(), 'azerbaijan-data-charts-'));
  browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 120_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  const open = server;
  if (open !== undefined) {
    open.closeAllConnections();
    await new Promise<void>((resolve) => open.close(() => resolve()));
  }
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}, 30_000);

describe('docs/charts.md, "Charts in a web app"', () => {
  it('has one page (```html) and one script (```ts browser)', () => {
    expect(blocks('html')).toHaveLength(1);
    expect(blocks('ts browser')).toHaveLength(1);
  });

  it('its script compiles under strict TypeScript as a bundler project, with the shipped spec and the spec from toRows taken without a cast', () => {
    const program = ts.createProgram([join(dir, 'main.ts')], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300)}`);
    expect(diagnostics).toEqual([]);
    expect(readFileSync(join(dir, 'main.ts'), 'utf8')).not.toMatch(/\bas (TopLevelSpec|VisualizationSpec|never|any|unknown)\b/);
  }, 120_000);

  it('runs in Chromium: both charts drawn as SVG, no console error or warning, the shipped chart with its title and source line', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    for (const id of ['idps', 'remittances']) await page.locator(`#${id} svg.marks`).waitFor({ timeout: 60_000 });
    const shown = await page.evaluate(() => {
      interface Node {
        textContent: string | null;
        querySelectorAll(selector: string): ArrayLike<Node>;
        querySelector(selector: string): Node | null;
      }
      const { document } = globalThis as unknown as { document: Node };
      const chart = (id: string) => {
        const svg = document.querySelector(`#${id} svg.marks`)!;
        return {
          // a wrapped line is a <tspan> each
          text: Array.from(svg.querySelectorAll('text'))
            .map((t) => (t.querySelectorAll('tspan').length > 0 ? Array.from(t.querySelectorAll('tspan')).map((l) => l.textContent ?? '').join(' ') : (t.textContent ?? '')))
            .join(' '),
          marks: svg.querySelectorAll('[role="graphics-symbol"]:not(g)').length,
        };
      };
      return { idps: chart('idps'), remittances: chart('remittances') };
    });
    await page.screenshot({ path: join(dir, 'page.png'), fullPage: true });
    await page.close();
    expect(messages).toEqual([]);
    expect(shown.idps.text.replace(/\s+/g, ' ')).toContain(wdiIdpsIdmc.title);
    expect(shown.idps.text).toContain('Source: IDMC via World Bank, World Development Indicators');
    expect(shown.idps.marks).toBeGreaterThanOrEqual(wdiIdpsIdmc.observations.length);
    expect(shown.remittances.text).toContain('Source: World Bank, World Development Indicators.');
    expect(shown.remittances.marks).toBeGreaterThan(20);
  }, 120_000);
});
