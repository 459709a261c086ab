import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG string at build time (no browser, no script in the page).
 * The SVG is one line, so that it can stand inside a Markdown page as an HTML block.
 */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/\r?\n/g, ' ');
  } finally {
    view.finalize();
  }
}
