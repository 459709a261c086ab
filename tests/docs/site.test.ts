import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';

// The docs site in a real browser: builds it (`npm run docs`), serves it on 127.0.0.1, opens the
// catalogue and every dataset page in headless Chromium. Its own command, `npm run test:browser`
// (vitest.browser.config.ts); `npm test` leaves it out. It needs Debian's chromium: without it the
// test fails at once saying how to install it (it never installs anything, and never skips);
// .ci/run installs it.

const root = new URL('../..', import.meta.url).pathname;
const site = join(root, 'docs/site');
const output = join(root, 'test-output/docs');
const executablePath = '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Throws at once, saying how to install it, when Debian's chromium is missing. */
function requireChromium(): void {
  if (!existsSync(executablePath)) {
    throw new Error(`the browser test needs Chromium at ${executablePath}, which is missing: install it with "apt-get install chromium" (as root; .ci/run does so), then run "npm run test:browser" again`);
  }
}

/** A static file server for the site, on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: Server | undefined;
let origin: string;
let context: BrowserContext;
let userDataDir: string;
let siteCopy: string;
const pageUrls = new Map<string, string>();
/** Internal URLs already checked, with what was wrong (empty when fine). */
const checked = new Map<string, string>();

/** Opens a page and records console errors, page errors and failed requests while it loads. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, errors };
}

/** The internal links of a page that lead nowhere: a missing file, or a missing #fragment. */
async function brokenLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as unknown as { href: string }).href));
  const problems: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const key = url.pathname + url.hash;
    if (!checked.has(key)) {
      const response = await fetch(new URL(url.pathname, origin));
      let problem = response.ok ? '' : `HTTP ${response.status}`;
      const type = response.headers.get('content-type') ?? '';
      if (!problem && url.hash.length > 1 && type.startsWith('text/html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const html = await response.text();
        if (!html.includes(`id="${id}"`) && !html.includes(`name="${id}"`)) problem = `no element with id "${id}"`;
      } else await response.body?.cancel();
      checked.set(key, problem);
    }
    const problem = checked.get(key);
    if (problem) problems.push(`${key}: ${problem}`);
  }
  return problems;
}

beforeAll(async () => {
  requireChromium();
  execFileSync('npm', ['run', 'docs'], { cwd: root, stdio: 'pipe', timeout: 240_000 });
  // serve a copy, so that another build of the site in this working tree cannot pull pages away mid-test
  siteCopy = mkdtempSync(join(tmpdir(), 'azerbaijan-data-site-'));
  cpSync(site, siteCopy, { recursive: true });
  ({ server, origin } = await serve(siteCopy));
  userDataDir = mkdtempSync(join(tmpdir(), 'azerbaijan-data-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath, args: chromiumArgs, headless: true, viewport: { width: 1280, height: 900 } });
}, 300_000); // room for the docs build

// Each step runs whether or not the set-up got as far as making what it closes, and none waits
// on something that was never started: a failed set-up ends at once.
afterAll(async () => {
  await context?.close().catch(() => undefined);
  const open = server;
  if (open !== undefined) {
    open.closeAllConnections();
    await new Promise<void>((resolve) => open.close(() => resolve()));
  }
  for (const dir of [userDataDir, siteCopy]) if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('the docs site in headless Chromium', () => {
  it('the catalogue loads without console errors and links every dataset to its page', async () => {
    const { page, errors } = await open(`${origin}/documents/Catalogue.html`);
    const links = await page.$$eval('.tsd-typography a', (as) => as.map((a) => [a.textContent?.trim() ?? '', (a as unknown as { href: string }).href]));
    for (const [text, href] of links) if (datasets.some((d) => d.id === text)) pageUrls.set(text, href);
    expect(errors).toEqual([]);
    expect([...pageUrls.keys()].sort()).toEqual(datasets.map((d) => d.id).sort());
    expect(await brokenLinks(page)).toEqual([]);
    await page.close();
  });

  it('the pages across sources ("IDPs by source", "Remittances by source and edition") load from the catalogue, each with its chart drawn at 1:1 in the content column, text of 11 px or more and a <title> on every figure', async () => {
    const { page: catalogue } = await open(`${origin}/documents/Catalogue.html`);
    const links = await catalogue.$$eval('.tsd-typography a', (as) => as.map((a) => [a.textContent?.trim() ?? '', (a as unknown as { href: string }).href]));
    await catalogue.close();
    const across = links.filter(([text]) => /^IDPs by source, \d{4}–\d{4}$|^Remittances by source and edition$/.test(text!));
    expect(across.map(([text]) => text!.replace(/\d{4}/g, 'YYYY')).sort()).toEqual(['IDPs by source, YYYY–YYYY', 'Remittances by source and edition']);
    for (const [text, href] of across) {
      const { page, errors } = await open(href!);
      expect(errors, text).toEqual([]);
      const measured = await page.evaluate(() => {
        interface Node {
          textContent: string | null;
          viewBox: { baseVal: { width: number } };
          getBoundingClientRect(): { width: number };
          getScreenCTM(): { a: number; b: number } | null;
          querySelector(selector: string): Node | null;
          querySelectorAll(selector: string): ArrayLike<Node>;
        }
        const { document, getComputedStyle } = globalThis as unknown as { document: Node; getComputedStyle(node: Node): { fontSize: string } };
        const figure = document.querySelector('figure.comparison-chart')!;
        const svg = figure.querySelector('svg')!;
        const texts = Array.from(svg.querySelectorAll('text')).filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0);
        const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot((t.getScreenCTM() ?? { a: 0, b: 0 }).a, (t.getScreenCTM() ?? { a: 0, b: 0 }).b));
        const marks = Array.from(svg.querySelectorAll('[role="graphics-symbol"]:not(g)'));
        return {
          sizes,
          column: figure.getBoundingClientRect().width,
          natural: svg.viewBox.baseVal.width,
          titles: marks.map((m) => m.querySelector(':scope > title')?.textContent ?? ''),
          rows: document.querySelectorAll('table.comparison-statements tbody tr').length,
        };
      });
      expect(Math.round(Math.min(...measured.sizes) * 100) / 100, `${text}: smallest chart text in px`).toBeGreaterThanOrEqual(11);
      expect(measured.natural, `${text}: the chart fits the content column`).toBeLessThanOrEqual(measured.column);
      expect(measured.rows, `${text}: statements`).toBeGreaterThan(10);
      expect(measured.titles.filter((t) => t.includes('Source: ')).length, `${text}: a titled mark per statement`).toBeGreaterThanOrEqual(measured.rows);
      expect(await brokenLinks(page)).toEqual([]);
      mkdirSync(output, { recursive: true });
      await page.screenshot({ path: join(output, `${text!.startsWith('IDPs') ? 'idps-by-source' : 'remittances-by-source'}.png`), fullPage: true });
      await page.close();
    }
  }, 120_000);

  it.each(datasets.map((d) => [d.id, d] as const))('%s: its page loads without console errors, shows its chart as SVG and has no broken internal link', async (id, dataset) => {
    const url = pageUrls.get(id);
    expect(url, `the catalogue links ${id}`).toBeDefined();
    const { page, errors } = await open(url!);
    expect(errors).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toContain(dataset.title);
    const chart = page.locator(`figure.dataset-chart[data-dataset="${id}"] > svg`);
    await expect.poll(() => chart.count()).toBe(1);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(50);
    expect(await chart.locator('path, rect, line, circle').count()).toBeGreaterThan(3);
    expect(await page.locator('table.dataset-observations tbody tr').count()).toBe(dataset.observations.length);
    expect(await brokenLinks(page)).toEqual([]);
    if (id === (datasets.find((d) => d.id === 'international-migration') ?? datasets[0]).id) {
      mkdirSync(output, { recursive: true });
      await page.screenshot({ path: join(output, `${id}.png`), fullPage: true });
      expect(statSync(join(output, `${id}.png`)).size).toBeGreaterThan(10_000);
    }
    await page.close();
  });

  it('every dataset page carries its schema.org Dataset in JSON-LD, whose downloads and licence resolve in the site', async () => {
    type JsonLd = { '@type': string; name: string; version: string; distribution: { contentUrl: string }[]; license: { url?: string }[] };
    // in the rendered page, in Chromium: one page (each takes seconds to load on a busy machine)
    const shown = datasets.find((d) => d.id === 'international-migration') ?? datasets[0];
    const { page, errors } = await open(`${origin}/documents/Catalogue.${shown.id}.html`);
    expect(errors).toEqual([]);
    const rendered = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(rendered).toHaveLength(1);
    expect((JSON.parse(rendered[0]!) as JsonLd).name).toBe(shown.title);
    await page.close();
    // in every page as served
    for (const dataset of datasets) {
      const url = `${origin}/documents/Catalogue.${dataset.id}.html`;
      const html = await (await fetch(url)).text();
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!);
      expect(scripts, dataset.id).toHaveLength(1);
      const data = JSON.parse(scripts[0]!) as JsonLd;
      expect([data['@type'], data.name, data.version]).toEqual(['Dataset', dataset.title, dataset.version]);
      // the data licence is a page of the site; a release's own licence is an outside address
      const local = [data.license[0]?.url ?? 'no licence', ...data.license.slice(1).map((l) => l.url).filter((u): u is string => u !== undefined && !/^https?:/.test(u))];
      for (const target of [...data.distribution.map((d) => d.contentUrl), ...local]) {
        const response = await fetch(new URL(target, url));
        expect(response.status, `${dataset.id}: ${target}`).toBe(200);
        await response.body?.cancel();
      }
    }
  }, 180_000);

  it('every chart is drawn at 1:1 in the content column with text of at least 11 px, and each figure has a <title> with its exact value and source', async () => {
    const figureText = (o: (typeof datasets)[number]['observations'][number]): string => {
      const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });
      return o.qualifier === 'range' ? `${n.format(o.low)}–${n.format(o.high)}` : n.format(o.value);
    };
    const smallest: [string, number][] = [];
    for (const dataset of datasets) {
      const url = pageUrls.get(dataset.id);
      expect(url, `the catalogue links ${dataset.id}`).toBeDefined();
      const { page } = await open(url!);
      const measured = await page.evaluate((id) => {
        // The few DOM members used, typed here (the tests compile without the DOM library).
        interface Node {
          textContent: string | null;
          viewBox: { baseVal: { width: number } };
          getBoundingClientRect(): { width: number };
          getScreenCTM(): { a: number; b: number } | null;
          querySelector(selector: string): Node | null;
          querySelectorAll(selector: string): ArrayLike<Node>;
        }
        const { document, getComputedStyle } = globalThis as unknown as { document: Node; getComputedStyle(node: Node): { fontSize: string } };
        const figure = document.querySelector(`figure.dataset-chart[data-dataset="${id}"]`)!;
        const svg = figure.querySelector('svg')!;
        const texts = Array.from(svg.querySelectorAll('text')).filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0);
        // The font size as drawn: the computed size in the SVG's units times the scale the page applies.
        const sizes = texts.map((t) => {
          const m = t.getScreenCTM() ?? { a: 0, b: 0 };
          return Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        });
        // The marks of the figures (a g with that role is an axis, a legend or an empty layer).
        const marks = Array.from(svg.querySelectorAll('[role="graphics-symbol"]:not(g)'));
        return {
          sizes,
          column: figure.getBoundingClientRect().width,
          chart: svg.getBoundingClientRect().width,
          natural: svg.viewBox.baseVal.width,
          untitled: marks.filter((m) => !m.querySelector(':scope > title')).length,
          titles: marks.map((m) => m.querySelector(':scope > title')?.textContent ?? ''),
        };
      }, dataset.id);
      await page.close();
      expect(measured.sizes.length, `${dataset.id}: chart text`).toBeGreaterThan(3);
      // To 0.01 px: the browser's matrix carries float noise (10.9996 for a chart drawn at 1:1).
      const min = Math.round(Math.min(...measured.sizes) * 100) / 100;
      smallest.push([dataset.id, min]);
      expect(min, `${dataset.id}: smallest chart text in px`).toBeGreaterThanOrEqual(11);
      expect(measured.natural, `${dataset.id}: the chart fits the content column`).toBeLessThanOrEqual(measured.column);
      expect(measured.chart).toBeCloseTo(measured.natural, 0);
      expect(measured.untitled, `${dataset.id}: marks without a <title>`).toBe(0);
      for (const o of dataset.observations) {
        const titled = measured.titles.filter((t) => t.includes(`, ${o.period}: `) && t.includes(figureText(o)) && t.includes('Source: '));
        expect(titled.length, `${dataset.id}: a <title> for ${o.id} (${figureText(o)}, ${o.period})`).toBeGreaterThan(0);
      }
      for (const e of dataset.events) expect(measured.titles.some((t) => t.startsWith(`${e.label}: ${e.date}`) && t.includes('Source: ')), `${dataset.id}: event ${e.id}`).toBe(true);
    }
    console.log(`smallest chart text (px) at 1280 px: ${smallest.map(([id, px]) => `${id} ${px}`).join(', ')}`);
  }, 300_000);
});
