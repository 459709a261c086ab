import type { Dataset } from '../../src/schema/dataset.js';
import type { Observation } from '../../src/schema/observation.js';
import type { Locator } from '../../src/schema/locator.js';
import type { Relation } from '../../src/schema/relation.js';
import { formatNumber, formatQualifier, formatValue, unitLabels } from '../../src/tabular/format.js';
import { panelKinds, qualifierLegend } from './chartSpec.js';
import { datasetJsonLd, jsonLdScript } from './datasetJsonLd.js';
import type { DatasetDistribution } from './datasetJsonLd.js';
import { cite } from '../../src/citation/cite.js';
import type { PanelKind } from './chartSpec.js';
import { escapeHtml, escapeMarkdown, htmlBlock, htmlTable } from './html.js';
import { eventsInPeriodsSection } from './eventsInPeriodsSection.js';

/** What a dataset page needs besides the dataset. */
export interface DatasetPageInput {
  readonly dataset: Dataset;
  /** The name the package exports the dataset under (`internationalMigration`). */
  readonly exportName: string;
  /** The chart, rendered to SVG. */
  readonly svg: string;
  /** Paths of the downloads, relative to the page. */
  readonly files: { readonly csv: string; readonly eventsCsv?: string; readonly json: string; readonly spec: string; readonly svg: string };
  /** Where the downloads and the licence are in the built site, relative to the built page: for the JSON-LD. */
  readonly distribution: DatasetDistribution;
  /** Path of the catalogue page, relative to the page. */
  readonly catalogue: string;
  /** The library's datasets, whose events in the periods of this dataset's figures the page lists (none when absent). */
  readonly library?: readonly Dataset[];
}

const kindText: Record<PanelKind, string> = {
  series: 'lines over time',
  breakdown: 'bars by category',
  matrix: 'a grid of one row per series and one column per period, each cell coloured by its figure (the exact figure in its title)',
  estimates: 'a dot-and-interval plot of competing estimates (one colour per source)',
  timeline: 'a timeline of the dated events',
};

/** The line that marks a page as generated. */
export const generatedBanner = '<!-- This page is generated from the data by scripts/docs/build.ts (npm run docs). Do not edit it by hand. -->';

/** The anchor id of an observation's row, a source's row and an event's row. */
export const anchors = {
  observation: (id: string): string => `obs-${id}`,
  source: (id: string): string => `source-${id}`,
  event: (id: string): string => `event-${id}`,
};

function locatorText(l: Locator): string {
  return [l.section, l.table, l.row && `row “${l.row}”`, l.column && `column “${l.column}”`, l.footnote !== undefined && `footnote ${l.footnote}`]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map(escapeHtml)
    .join(' › ');
}

/** The quote with the figure as written marked (`<mark>`), where it can be found in it. */
export function quoteHtml(quote: string, asWritten: string): string {
  const q = quote.replace(/\s+/g, ' ');
  const a = asWritten.replace(/\s+/g, ' ');
  const at = q.indexOf(a);
  if (at < 0) return `<q>${escapeHtml(q)}</q>`;
  return `<q>${escapeHtml(q.slice(0, at))}<mark>${escapeHtml(a)}</mark>${escapeHtml(q.slice(at + a.length))}</q>`;
}

function sourceLink(dataset: Dataset, id: string): string {
  const s = dataset.sources.find((x) => x.id === id);
  if (!s) return `<code>${escapeHtml(id)}</code>`;
  return `<a href="#${anchors.source(id)}">${escapeHtml(s.file ? s.title : (s.publisher ?? s.title))}</a>`;
}

function observationLink(id: string): string {
  return `<a href="#${anchors.observation(id)}"><code>${escapeHtml(id)}</code></a>`;
}

function dimensionsHtml(dataset: Dataset, o: Pick<Observation, 'dimensions'>): string {
  return Object.entries(o.dimensions)
    .map(([k, code]) => {
      const dim = dataset.dimensions.find((d) => d.id === k);
      const label = dim?.values.find((v) => v.code === code)?.label;
      return `${escapeHtml(dim?.label ?? k)}: <code>${escapeHtml(code)}</code>${label && label !== code ? ` (${escapeHtml(label)})` : ''}`;
    })
    .join('<br>');
}

function relationHtml(r: Relation): string {
  switch (r.kind) {
    case 'sum': {
      const total = typeof r.total === 'string' ? observationLink(r.total) : `${formatNumber(r.total.value)} (${escapeHtml(r.total.label)})`;
      const rest = r.remainder ? ` + ${formatNumber(r.remainder.value)} (${escapeHtml(r.remainder.label)})` : '';
      return `${total} = ${r.parts.map(observationLink).join(' + ')}${rest}`;
    }
    case 'difference':
      return `${observationLink(r.result)} = ${observationLink(r.minuend)} − ${observationLink(r.subtrahend)}`;
    case 'share':
      return `${observationLink(r.percent)} = 100 × ${observationLink(r.part)} / ${observationLink(r.whole)}`;
    case 'partOf':
      return `${observationLink(r.part)} is part of ${observationLink(r.whole)} (never add the two)`;
  }
}

/**
 * The Markdown page of a dataset, for TypeDoc: description, facts (id, topic, version, content
 * hash, import), downloads, the chart (inline SVG), measures, units and dimensions, every
 * observation with its qualifier and provenance (source, attribution, locator, citation, quote),
 * the gaps, the events of the library's other datasets dated within the periods of its figures
 * (given `library`), its own events, relations and notes, and the sources.
 */
export function datasetPage({ dataset: d, exportName, svg, files, catalogue, distribution, library = [] }: DatasetPageInput): string {
  const counts = new Map<string, number>();
  for (const o of d.observations) counts.set(o.qualifier, (counts.get(o.qualifier) ?? 0) + 1);
  const qualifierCounts = [...counts].map(([q, n]) => `${n} ${q}`).join(', ');
  const facts: [string, string][] = [
    ['Id', `<code>${escapeHtml(d.id)}</code>`],
    ['Topic', `${escapeHtml(d.topic)} (entry point <code>azerbaijan-data/${escapeHtml(d.topic)}</code>)`],
    ['Version', `<code>${escapeHtml(d.version)}</code>`],
    ['Content hash (SHA-256)', `<code>${escapeHtml(d.sha256)}</code>`],
    ['Observations', `${d.observations.length}${qualifierCounts ? ` (${qualifierCounts})` : ''}`],
    ['Events, gaps, relations', `${d.events.length}, ${d.gaps.length}, ${d.relations.length}`],
    ['Import', `<code>import { ${escapeHtml(exportName)} } from 'azerbaijan-data/${escapeHtml(d.topic)}';</code>`],
    ['Command line', `<code>npx azerbaijan-data show ${escapeHtml(d.id)}</code>`],
  ];
  const out: string[] = [
    `---\ntitle: ${d.id}\n---\n${generatedBanner}`,
    // schema.org Dataset for search engines and catalogues (Google Dataset Search)
    jsonLdScript(datasetJsonLd(d, distribution)),
    `# ${escapeMarkdown(d.title)}`,
    escapeMarkdown(d.description),
    htmlBlock(['<div class="table-scroll"><table class="dataset-facts"><tbody>', ...facts.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`), '</tbody></table></div>']),
    `API reference: {@link "azerbaijan-data".${exportName} | ${exportName}}. Downloads: [CSV](${files.csv})${files.eventsCsv ? ` · [events CSV](${files.eventsCsv})` : ''} · [JSON](${files.json}) · [Vega-Lite spec](${files.spec}) · [chart SVG](${files.svg}). Back to the [catalogue](${catalogue}).`,
    '## Chart',
    htmlBlock([
      `<figure class="dataset-chart" id="chart" data-dataset="${escapeHtml(d.id)}">`,
      svg,
      `<figcaption>${escapeHtml(
        `Generated from the data: ${[...new Set(panelKinds(d))].map((k) => kindText[k]).join('; ')}. ` +
          'Marker shapes tell the qualifier (circle exact, diamond approximate, triangle a bound pointing the way the figure may lie); ' +
          'a solid line is a range from low to high; a bound is its marker with a short dashed whisker and an arrowhead pointing the way it is open. No midpoint is drawn for a range.',
      )}</figcaption>`,
      '</figure>',
    ]),
    '## Measures, units and dimensions',
    htmlTable(
      'dataset-measures',
      ['Measure', 'Label', 'Description', 'Units used'],
      d.measures.map((m) => ({
        cells: [
          `<code>${escapeHtml(m.id)}</code>`,
          escapeHtml(m.label),
          escapeHtml(m.description ?? ''),
          [...new Set(d.observations.filter((o) => o.measure === m.id).map((o) => unitLabels[o.unit]))].map(escapeHtml).join(', '),
        ],
      })),
    ),
    `Units: ${d.units.map((u) => `<code>${escapeHtml(u)}</code> (${escapeHtml(unitLabels[u])})`).join(', ')}. Values are stated in the unit the source uses, never rescaled.`,
  ];
  const dims = d.dimensions.length > 0;
  if (!dims) out.push('No dimensions: every observation is identified by its measure and period.');
  for (const dim of d.dimensions) {
    out.push(
      `**${escapeMarkdown(dim.label)}** (dimension <code>${escapeHtml(dim.id)}</code>${dim.codelist ? `, codes from ${escapeMarkdown(dim.codelist)}` : ''})`,
      htmlTable('dataset-dimension', ['Code', 'Label'], dim.values.map((v) => ({ cells: [`<code>${escapeHtml(v.code)}</code>`, escapeHtml(v.label)] }))),
    );
  }
  out.push('## Observations');
  if (d.observations.length === 0) out.push('This dataset has no observations: its content is the dated events below.');
  else {
    out.push(
      `Legend of qualifiers: ${escapeMarkdown(qualifierLegend)}. The quote is verbatim from the source document, with the figure as written marked.`,
      htmlTable(
        'dataset-observations',
        ['Observation', 'Measure', 'Period', ...(dims ? ['Dimensions'] : []), 'Qualifier', 'Value', 'Unit', 'Source', 'Locator', 'Citation', 'Quote'],
        d.observations.map((o) => ({
          id: anchors.observation(o.id),
          cells: [
            `<code>${escapeHtml(o.id)}</code>`,
            `<code>${escapeHtml(o.measure)}</code>`,
            escapeHtml(o.period),
            ...(dims ? [dimensionsHtml(d, o)] : []),
            escapeHtml(formatQualifier(o)),
            `<span class="value">${escapeHtml(formatValue(o))}</span>`,
            escapeHtml(unitLabels[o.unit]),
            `${sourceLink(d, o.source)}${o.attribution ? `<br>attributed to ${sourceLink(d, o.attribution)}` : ''}`,
            locatorText(o.locator),
            escapeHtml(o.citation ?? ''),
            `${quoteHtml(o.quote, o.asWritten)}${o.note ? `<br><small>Note: ${escapeHtml(o.note)}</small>` : ''}`,
          ],
        })),
      ),
    );
  }
  if (d.gaps.length > 0) {
    out.push(
      '## Cells without a figure',
      'The source leaves these cells empty (written as below): they are not zero.',
      htmlTable(
        'dataset-gaps',
        ['Measure', 'Period', 'Dimensions', 'As written', 'Locator', 'Note'],
        d.gaps.map((g) => ({
          cells: [`<code>${escapeHtml(g.measure)}</code>`, escapeHtml(g.period), dimensionsHtml(d, g), `<code>${escapeHtml(g.asWritten)}</code>`, locatorText(g.locator), escapeHtml(g.note ?? '')],
        })),
      ),
    );
  }
  // what the library's other datasets date within the periods of these figures
  out.push(...eventsInPeriodsSection({ library, periods: d.observations.map((o) => o.period), except: [d.id], datasetPath: (id) => `./${id}.md` }));
  if (d.events.length > 0) {
    out.push(
      '## Events',
      htmlTable(
        'dataset-events',
        ['Event', 'Date', 'Date basis', 'What', 'Source', 'Locator', 'Quote'],
        d.events.map((e) => ({
          id: anchors.event(e.id),
          cells: [
            `<code>${escapeHtml(e.id)}</code>`,
            escapeHtml(e.date),
            escapeHtml(e.dateBasis),
            escapeHtml(e.label),
            `${sourceLink(d, e.source)}${e.attribution ? `<br>attributed to ${sourceLink(d, e.attribution)}` : ''}`,
            locatorText(e.locator),
            `${quoteHtml(e.quote, e.asWritten)}${e.note ? `<br><small>Note: ${escapeHtml(e.note)}</small>` : ''}`,
          ],
        })),
      ),
    );
  }
  if (d.relations.length > 0) {
    out.push(
      '## Relations',
      'What the source implies between its figures, checked by the tests and by `checkConsistency`.',
      htmlTable(
        'dataset-relations',
        ['Relation', 'Kind', 'Statement', 'Description', 'Tolerance', 'Discrepancy'],
        d.relations.map((r) => ({
          cells: [
            `<code>${escapeHtml(r.id)}</code>`,
            escapeHtml(r.kind),
            relationHtml(r),
            escapeHtml(r.description),
            'tolerance' in r ? formatNumber(r.tolerance) : '',
            'discrepancy' in r && r.discrepancy ? `${formatNumber(r.discrepancy.value)}: ${escapeHtml(r.discrepancy.note)}` : '',
          ],
        })),
      ),
    );
  }
  if (d.notes.length > 0) out.push('## Notes', d.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n'));
  out.push(
    '## Sources',
    htmlTable(
      'dataset-sources',
      ['Source', 'Title', 'Publisher', 'Kind', 'Published', 'Where', 'Note'],
      d.sources.map((s) => ({
        id: anchors.source(s.id),
        cells: [
          `<code>${escapeHtml(s.id)}</code>`,
          `${escapeHtml(s.title)}${s.container ? `<br>in <cite>${escapeHtml(s.container.title)}</cite>` : ''}`,
          [
            ...(s.authors ?? []).map((a) => `${escapeHtml([a.given, a.family].filter(Boolean).join(' '))}${a.basis === 'linkedAuthorPage' ? ' (author page linked in the text)' : ''}`),
            ...(s.publisher !== undefined ? [escapeHtml(s.publisher)] : []),
          ].join('<br>'),
          escapeHtml(s.kind),
          s.published ? `${escapeHtml(s.published.date)} (${escapeHtml(s.published.basis)}${s.published.note ? `: ${escapeHtml(s.published.note)}` : ''})` : '',
          [
            s.citedIn ? `cited in ${s.citedIn.map((c) => sourceLink(d, c)).join(', ')}` : '',
            s.url ? `<a href="${escapeHtml(s.url)}" rel="nofollow">${escapeHtml(s.url)}</a>${s.urlScope === 'part' ? ' (part of the text)' : ''}` : '',
            s.archiveUrl ? `archived at <a href="${escapeHtml(s.archiveUrl)}" rel="nofollow">${escapeHtml(s.archiveUrl)}</a>` : '',
            s.accessed ? `address checked ${escapeHtml(s.accessed)}` : '',
            s.file ? `text held as the file <code>${escapeHtml(s.file)}</code>, SHA-256 <code>${escapeHtml(s.sha256 ?? '')}</code>` : '',
          ]
            .filter(Boolean)
            .join('<br>'),
          escapeHtml(s.note ?? ''),
        ],
      })),
    ),
    '## How to cite',
    'Cite the figures you use to their original publication (`cite(dataset, figureId)` gives it for one figure, with its locator), and this dataset with the library at its version:',
    `\`\`\`text\n${cite(d).text}\`\`\``,
    `The same as CSL-JSON or BibTeX: <code>npx azerbaijan-data cite ${escapeHtml(d.id)} --format csl</code> (or <code>--format bibtex</code>); in code, <code>cite(${escapeHtml(exportName)})</code>.`,
    '## Version',
    `Version <code>${escapeHtml(d.version)}</code>; SHA-256 of the canonical content (observations, relations, events and gaps) <code>${escapeHtml(d.sha256)}</code>. ` +
      'A new version of the package that changes any figure changes this hash and the version, and its changelog names the figures. ' +
      'How to use the figures: see the [data licence](../../../DATA-LICENSE.md).',
  );
  return `${out.join('\n\n')}\n`;
}
