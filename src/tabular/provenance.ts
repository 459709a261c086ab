import { bodyName } from '../citation/bodyName.js';
import { cite } from '../citation/cite.js';
import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import type { Observation } from '../model/observation.js';
import type { Source } from '../model/source.js';
import type { Cell } from './csv.js';
import { formatNumber, qualifierSigns } from './format.js';

/**
 * The cells a figure's row carries so that it can be cited and filtered from the table alone,
 * whatever the tool (pandas, R, a spreadsheet): the dataset's topic; the body the document
 * attributes the figure to, by name; each body it came through with its role; the body that
 * states it (for a pivot); the citation `cite()` gives it; the document's own footnote.
 */
export interface ProvenanceCells {
  /** The topic of the figure's dataset (`displacement`, `migration`…). */
  readonly topic: string;
  /** The name of the body the document attributes the figure to, as the chain names it; `null` where it names none. */
  readonly attributionName: string | null;
  /** The chain's carriers, in order, as `sourceId:role` separated by `"; "` (`idmc:compiledBy`); `null` where there are none. */
  readonly via: string | null;
  /** The names of those carriers, in the same order, separated by `"; "`; `null` where there are none. */
  readonly viaNames: string | null;
  /** The body that states the figure: the attributed body, else the document's publisher (or author). Never `null`. */
  readonly statingBody: string;
  /** The citation of the figure: the chain `cite(dataset, id)` gives (body, carriers, publication, locator). */
  readonly citation: string;
  /** The document's own footnote for the figure (what the column `citation` held before 1.0). */
  readonly sourceFootnote: string | null;
}

/**
 * The organisation or person that speaks in a source, for a pivot: its publisher where the
 * record names one (so that a body and its own releases share one name: "UNHCR" for the office
 * and for its population statistics); else a body by the name the chain gives it, a
 * publication by its authors, else its title.
 */
export function speakerName(s: Source): string {
  if (s.publisher !== undefined) return s.publisher;
  if (s.form === 'body') return bodyName(s);
  const authors = s.authors?.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', ');
  return authors !== undefined && authors !== '' ? authors : s.title;
}

/** The figure with its qualifier, as text: `579,000`, `≤ 700,000`, `≈ 1,000`, `30,000–50,000` (the unit apart). */
export function figureText(o: Observation): string {
  if (o.qualifier === 'range') return `${formatNumber(o.low)}–${formatNumber(o.high)}`;
  return o.qualifier === 'exact' ? formatNumber(o.value) : `${qualifierSigns[o.qualifier]} ${formatNumber(o.value)}`;
}

const cache = new WeakMap<Dataset, Map<string, ProvenanceCells>>();

function sourceOf(dataset: Dataset, id: string): Source {
  const s = dataset.sources.find((x) => x.id === id);
  if (s === undefined) throw new RangeError(`provenance: dataset "${dataset.id}" names source "${id}", which is not among its sources`);
  return s;
}

/**
 * The provenance cells of every figure (observation and event) of a dataset, by figure id:
 * computed once per dataset (cite() for each figure), then shared by the dataset's own CSV and
 * the long tables. Runs in `O(f)` for f figures (cite() finds each id in an index of the dataset).
 */
export function provenanceOf(dataset: Dataset): ReadonlyMap<string, ProvenanceCells> {
  const known = cache.get(dataset);
  if (known !== undefined) return known;
  const out = new Map<string, ProvenanceCells>();
  const figures: readonly (Observation | Event)[] = [...dataset.observations, ...dataset.events];
  for (const f of figures) {
    const attributed = f.attribution === undefined ? undefined : sourceOf(dataset, f.attribution);
    const carriers = (f.via ?? []).map((link) => ({ link, source: sourceOf(dataset, link.source) }));
    const chain = cite(dataset as never, f.id as never).chain;
    if (chain === undefined) throw new Error(`provenance: cite() gave no chain for ${dataset.id}/${f.id}`);
    out.set(f.id, {
      topic: dataset.topic,
      attributionName: attributed === undefined ? null : bodyName(attributed),
      via: carriers.length === 0 ? null : carriers.map(({ link }) => `${link.source}:${link.role}`).join('; '),
      viaNames: carriers.length === 0 ? null : carriers.map(({ source }) => bodyName(source)).join('; '),
      statingBody: speakerName(attributed ?? sourceOf(dataset, f.source)),
      citation: chain,
      sourceFootnote: f.citation ?? null,
    });
  }
  cache.set(dataset, out);
  return out;
}

/** The provenance cells of one figure of a dataset, as table cells. */
export function provenanceCells(dataset: Dataset, figureId: string): Record<keyof ProvenanceCells, Cell> {
  const cells = provenanceOf(dataset).get(figureId);
  if (cells === undefined) throw new RangeError(`provenance: dataset "${dataset.id}" has no figure "${figureId}"`);
  return { ...cells };
}
