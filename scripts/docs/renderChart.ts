import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { chartWidth } from './chartSpec.js';

/**
 * Gives every mark that has an `aria-label` (the spec's `description` of a figure or an event)
 * a `<title>` with the same text, which browsers show on hover: Vega's SVG renderer writes the
 * label but no title. Marks without a description (axes, legends) are left as they are.
 */
export function titleMarks(svg: string): string {
  return svg.replace(
    /<(path|rect|line|circle|text)\b([^>]*?\baria-label="([^"]*)"[^>]*?\brole="graphics-symbol"[^>]*?)(\/?)>/g,
    (_, tag: string, attributes: string, label: string, selfClosing: string) =>
      selfClosing ? `<${tag}${attributes}><title>${label}</title></${tag}>` : `<${tag}${attributes}><title>${label}</title>`,
  );
}

/** The spec with every panel's plot `by` px narrower (a single view, or each view of a vconcat). */
function narrowed(spec: TopLevelSpec, by: number): TopLevelSpec {
  const narrow = (view: Record<string, unknown>): Record<string, unknown> =>
    typeof view.width === 'number' ? { ...view, width: Math.max(120, view.width - by) } : view;
  const top = spec as unknown as Record<string, unknown>;
  const concat = top.vconcat as Record<string, unknown>[] | undefined;
  return (concat ? { ...top, vconcat: concat.map(narrow) } : narrow(top)) as unknown as TopLevelSpec;
}

/**
 * A logger for vega-lite's `compile` and a vega `View` that records every warning and error in
 * `messages` (and drops information and debugging), so that a chart that makes Vega warn can be
 * caught: a layer with no data to draw, for one, makes it warn of an "Infinite extent".
 */
export function recordingLogger(messages: string[]): vega.LoggerInterface {
  let level = vega.Warn;
  const logger: vega.LoggerInterface = {
    level(value?: number) {
      if (value === undefined) return level as never;
      level = value;
      return logger as never;
    },
    error: (...args: readonly unknown[]) => (messages.push(`error: ${args.map(String).join(' ')}`), logger),
    warn: (...args: readonly unknown[]) => (messages.push(`warning: ${args.map(String).join(' ')}`), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

async function toSvg(spec: TopLevelSpec, messages: string[] | undefined): Promise<string> {
  const logger = messages === undefined ? undefined : recordingLogger(messages);
  // a copy: Vega gives the rows of inline data ids of its own
  const copy = structuredClone(spec);
  const view = new vega.View(vega.parse(compile(copy, logger ? { logger } : {}).spec), { renderer: 'none', ...(logger ? { logger } : {}) });
  try {
    return (await view.toSVG()).replace(/\r?\n/g, ' ');
  } finally {
    view.finalize();
  }
}

/**
 * Renders a Vega-Lite spec to an SVG string at build time (no browser, no script in the page),
 * with a `<title>` on each mark (see {@link titleMarks}). When the chart comes out wider than
 * `maxWidth` (Vega's layout of labels and legends can exceed the spec's estimate), its plots are
 * narrowed by the excess (then twice, four times… as much) and it is drawn again, so that the page never has to scale it down.
 * The SVG is one line, so that it can stand inside a Markdown page as an HTML block. Every
 * warning and error of vega-lite and vega on the way goes into `messages`, where given (see
 * {@link recordingLogger}).
 */
export async function renderChart(spec: TopLevelSpec, maxWidth = chartWidth, messages?: string[]): Promise<string> {
  const widthOf = (svg: string): number => Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  let svg = await toSvg(spec, messages);
  const excess = Math.ceil(widthOf(svg) - maxWidth);
  // Text beside the marks moves with the scale, so a plot may need narrowing by more than the excess.
  for (let attempt = 0; attempt < 5 && widthOf(svg) > maxWidth; attempt++) svg = await toSvg(narrowed(spec, excess * 2 ** attempt), messages);
  return titleMarks(svg);
}
