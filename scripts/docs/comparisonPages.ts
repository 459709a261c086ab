/**
 * The docs pages of the views across sources (`comparisonViews` in src/tabular/comparisonViews.ts),
 * which set every source's figures of one thing side by side on one time axis: "IDPs by source"
 * and "Remittances by source and edition" (with the revisions table: the World Bank's figures for
 * 2003–2010 as Table 5 of the migration report prints them from the Factbook 2011, beside the
 * WDI's figures today). Generated from the data by scripts/docs/build.ts and linked from the
 * catalogue page; nothing here states a figure: every figure, label, definition and note is read
 * from the datasets, attributed to its source. The package ships the same views as data
 * (scripts/export-data.ts).
 */
import type { Dataset } from '../../src/schema/dataset.js';
import { viewTitle } from '../../src/tabular/comparisonViews.js';
import type { ComparisonView } from '../../src/tabular/comparisonViews.js';
import { formatNumber, qualifierSigns, unitLabels } from '../../src/tabular/format.js';
import { revisionsOf } from '../../src/tabular/revisions.js';
import type { RevisionsConfig } from '../../src/tabular/revisions.js';
import { sourceName } from '../../src/tabular/voice.js';
import { missingMeasures, statementsAcrossSources, yearSpan } from './acrossSources.js';
import type { SourceStatement } from './acrossSources.js';
import { generatedBanner } from './datasetPage.js';
import { eventsInPeriodsSection } from './eventsInPeriodsSection.js';
import { escapeHtml, escapeMarkdown, htmlBlock, htmlTable } from './html.js';

/** What a comparison page needs besides the datasets. */
export interface ComparisonPageInput {
  readonly page: ComparisonView;
  readonly datasets: readonly Dataset[];
  /** The chart, rendered to SVG. */
  readonly svg: string;
  /** The path of a dataset's page, relative to this page. */
  readonly datasetPath: (id: string) => string;
  /** Paths of the chart's spec and SVG and of the view's tables (data/<slug>.csv, data/<slug>.revisions.csv), relative to this page. */
  readonly files: { readonly spec: string; readonly svg: string; readonly csv?: string; readonly revisionsCsv?: string };
  readonly catalogue: string;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** A statement's figure as its source writes it: the sign of its qualifier and the figure, in the source's unit. */
function writtenFigure(r: SourceStatement, d: Dataset): string {
  const o = d.observations.find((x) => x.id === r.observationId)!;
  const figure = o.qualifier === 'range' ? `${formatNumber(o.low)}–${formatNumber(o.high)}` : `${qualifierSigns[o.qualifier]} ${formatNumber(o.value)}`;
  return `${figure}${o.wording ? ` (“${o.wording}”)` : ''}`;
}

function revisionsSection(config: RevisionsConfig, datasets: readonly Dataset[], datasetPath: (id: string) => string): string[] {
  const out = ['## Revisions: the figures as first printed beside the figures today'];
  const table = revisionsOf(config, datasets);
  if (table === undefined) {
    const missing = [config.earlier.dataset, config.later.dataset].filter((id) => !datasets.some((d) => d.id === id));
    return [...out, `Not available: the library holds no dataset ${missing.join(' or ')}.`];
  }
  const { earlier: earlierSet, later: laterSet, rows } = table;
  const first = earlierSet.observations.find((o) => o.measure === config.earlier.measure && Object.keys(o.dimensions).length === 0);
  const earlierSource = earlierSet.sources.find((s) => s.id === first?.source);
  const earlierBody = earlierSet.sources.find((s) => s.id === first?.attribution);
  const laterFirst = laterSet.observations.find((o) => o.measure === config.later.measure && Object.keys(o.dimensions).length === 0);
  const laterSource = laterSet.sources.find((s) => s.id === laterFirst?.source);
  const earlierMeasure = earlierSet.measures.find((m) => m.id === config.earlier.measure);
  const laterMeasure = laterSet.measures.find((m) => m.id === config.later.measure);
  const unit = unitLabels[config.unit];
  const earlierName = `${earlierBody ? sourceName(earlierBody) : ''}${earlierBody && earlierSource ? ', as printed in ' : ''}${earlierSource ? earlierSource.title : ''}`;
  const laterName = laterSource ? sourceName(laterSource) : config.later.dataset;
  out.push(
    `Each year that both give: the figure of [${escapeMarkdown(config.earlier.dataset)}](${datasetPath(config.earlier.dataset)}) (${escapeMarkdown(earlierName)}) ` +
      `beside the figure of [${escapeMarkdown(config.later.dataset)}](${datasetPath(config.later.dataset)}) (${escapeMarkdown(laterName)}), both in ${escapeMarkdown(unit)}; ` +
      `the difference is the later minus the earlier, the ratio the later over the earlier (rounded to three decimals here; the figures themselves are as written).`,
    htmlTable(
      'comparison-revisions',
      ['Year', `${earlierMeasure?.label ?? config.earlier.measure} (${unit})`, `${laterMeasure?.label ?? config.later.measure} (as written)`, `The same in ${unit}`, 'Difference', 'Ratio'],
      rows.map((r) => ({
        id: `revision-${r.period}`,
        cells: [
          escapeHtml(r.period),
          `<span class="value">${escapeHtml(formatNumber(r.earlierValue))}</span> <small>(<a href="${escapeHtml(datasetPath(config.earlier.dataset))}#observations"><code>${escapeHtml(r.earlier.id)}</code></a>)</small>`,
          `<code>${escapeHtml(r.later.asWritten)}</code> ${escapeHtml(unitLabels[r.later.unit])} <small>(<a href="${escapeHtml(datasetPath(config.later.dataset))}#observations"><code>${escapeHtml(r.later.id)}</code></a>)</small>`,
          `<span class="value">${escapeHtml(formatNumber(r.laterValue))}</span>`,
          `<span class="value">${escapeHtml(`${r.difference > 0 ? '+' : ''}${formatNumber(round(r.difference, 3))}`)}</span>`,
          `<span class="value">${escapeHtml(round(r.ratio, 3).toFixed(3))}</span>`,
        ],
      })),
    ),
    '### What changed in the definition',
    'Each statement below is the source\'s or the dataset\'s own, as the data holds it; the library does not say which figure is right, nor how much of a difference the change of definition explains.',
  );
  const statements: string[] = [];
  if (first && earlierMeasure) {
    statements.push(
      `**${escapeMarkdown(earlierSource?.title ?? first.source)}** (${escapeMarkdown(first.locator.table ?? first.locator.section ?? '')}) names its row “${escapeMarkdown(first.locator.row ?? earlierMeasure.label)}”` +
        `${first.citation ? ` and cites ${escapeMarkdown(first.citation)}` : ''}: measure <code>${escapeHtml(earlierMeasure.id)}</code>, “${escapeMarkdown(earlierMeasure.label)}”${earlierMeasure.description ? `. ${escapeMarkdown(earlierMeasure.description)}` : '.'}`,
    );
  }
  if (laterMeasure) {
    statements.push(
      `**${escapeMarkdown(laterName)}** names its indicator “${escapeMarkdown(laterMeasure.label)}”: measure <code>${escapeHtml(laterMeasure.id)}</code>${laterMeasure.description ? `. ${escapeMarkdown(laterMeasure.description)}` : '.'}`,
    );
  }
  for (const note of laterSet.notes.filter((n) => config.methodNote.test(n))) statements.push(`From the notes of [${escapeMarkdown(laterSet.id)}](${datasetPath(laterSet.id)}): ${escapeMarkdown(note)}`);
  out.push(statements.map((s) => `- ${s}`).join('\n'));
  return out;
}

/**
 * The Markdown page of a comparison, for TypeDoc: the lead, the chart (inline SVG), every
 * statement by period with who states it and where it stands, the definitions of each measure
 * as each dataset states them, and the revisions table where the page has one.
 */
export function comparisonPage({ page, datasets, svg, datasetPath, files, catalogue }: ComparisonPageInput): string {
  const rows = statementsAcrossSources(datasets, page.measures, page.unit);
  const missing = missingMeasures(datasets, page.measures);
  const title = viewTitle(page, datasets);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const out: string[] = [`---\ntitle: ${title}\n---\n${generatedBanner}`, `# ${escapeMarkdown(title)}`, escapeMarkdown(page.lead)];
  if (rows.length === 0) {
    out.push(`No dataset of the library states ${page.measures.map((m) => `\`${m}\``).join(' or ')} yet.`);
    return `${out.join('\n\n')}\n`;
  }
  const [first, last] = yearSpan(rows);
  const voices = [...new Set(rows.map((r) => r.voice))];
  out.push(
    `${rows.length} figures from ${first} to ${last}, the latest year the data holds, stated by ${voices.length} sources; from ${new Set(rows.map((r) => r.dataset)).size} datasets. ` +
      `Downloads: ${files.csv ? `[every figure, CSV](${files.csv}) · ` : ''}${files.revisionsCsv ? `[revisions, CSV](${files.revisionsCsv}) · ` : ''}[Vega-Lite spec](${files.spec}) · [chart SVG](${files.svg}). Back to the [catalogue](${catalogue}).` +
      (missing.length > 0 ? ` No dataset states ${missing.map((m) => `\`${m}\``).join(', ')} yet.` : ''),
    '## Chart',
    htmlBlock([
      `<figure class="dataset-chart comparison-chart" id="chart" data-comparison="${escapeHtml(page.slug)}">`,
      svg,
      `<figcaption>${escapeHtml(
        `Generated from the data: every figure on one time axis, one colour per source (who states it, in which publication and edition), in ${unitLabels[page.unit]}` +
          `${rows.some((r) => r.writtenUnit !== page.unit) ? ' (figures stated in another unit brought to it; the table gives each as written)' : ''}. ` +
          'A line joins the yearly figures of one series; marker shapes tell the qualifier (circle exact, diamond approximate, triangles a bound); ' +
          'a dashed line a bound whose far end is open, a solid line a range from low to high. A year stands at its middle.',
      )}</figcaption>`,
      '</figure>',
    ]),
    '## Every figure, by period',
    "Each statement once: a body's figure that several releases carry is one row, as the release with the unrounded figure writes it, with the other releases that carry it named beside it.",
    htmlTable(
      'comparison-statements',
      ['Period', 'Figure as stated', 'Unit', 'Measure', 'Who states it', 'Where'],
      rows.map((r) => {
        const d = byId.get(r.dataset)!;
        return {
          cells: [
            escapeHtml(r.period),
            `<span class="value">${escapeHtml(writtenFigure(r, d))}</span>`,
            escapeHtml(unitLabels[r.writtenUnit]),
            `<code>${escapeHtml(r.measure)}</code>`,
            escapeHtml(r.voice),
            r.carriers
              .map(
                (c, i) =>
                  `${i === 1 ? 'also carried by ' : ''}<a href="${escapeHtml(datasetPath(c.dataset))}#observations"><code>${escapeHtml(c.dataset)}</code> › <code>${escapeHtml(c.observationId)}</code></a>${c.rounded ? ' (rounded)' : ''}`,
              )
              .join('; '),
          ],
        };
      }),
    ),
    // what the library's datasets date within the periods of these figures
    ...eventsInPeriodsSection({ library: datasets, periods: rows.map((r) => r.period), datasetPath }),
    '## What each source counts',
    'The definition of each measure as each dataset states it, after its publisher: where they differ, the figures are not the same count.',
    htmlTable(
      'comparison-definitions',
      ['Dataset', 'Measure', 'Label', 'Definition'],
      // every dataset that holds a figure shown, carriers too
      [...new Map(rows.flatMap((r) => r.carriers.map((c) => [`${c.dataset}|${r.measure}`, { dataset: c.dataset, measure: r.measure }] as const))).values()].map((r) => {
        const m = byId.get(r.dataset)!.measures.find((x) => x.id === r.measure)!;
        return {
          cells: [
            `<a href="${escapeHtml(datasetPath(r.dataset))}"><code>${escapeHtml(r.dataset)}</code></a>`,
            `<code>${escapeHtml(m.id)}</code>`,
            escapeHtml(m.label),
            escapeHtml(m.description ?? ''),
          ],
        };
      }),
    ),
  );
  if (page.revisions) out.push(...revisionsSection(page.revisions, datasets, datasetPath));
  return `${out.join('\n\n')}\n`;
}
