/**
 * The carriers of a statement as table cells: the documents that carry one body's figure (the
 * World Bank's copy of IDMC's IDP stock, UNHCR's `idmc` table, the GIDD), each by name with the
 * bodies between (`via`), whether it carries the figure rounded and the copy it was read from;
 * and where their figures differ by more than their rounding. The statements table
 * (`competing-estimates.csv`, `compare <measure> --csv`) and `compare` use them.
 */
import type { Carrier, CarrierDifference } from '../helpers/carriers.js';
import { bodyName } from '../citation/bodyName.js';
import { formatNumber } from './format.js';
import { sourceName } from './voice.js';

/** The copy of a release the carrier's figure was read from (the repository of its file), where the source names one. */
function copyOf(c: Carrier): string | undefined {
  const copies = c.source.retrievedFrom ?? [];
  const file = c.observation.locator.file;
  return (copies.find((r) => file !== undefined && r.path.endsWith(file)) ?? copies[0])?.repository;
}

/**
 * One carrier by name: the publication (publisher, title and edition), the bodies the figure came
 * through (`via`), the copy read, and "rounded" where it carries the figure rounded:
 * `World Bank, World Development Indicators (open-numbers copy…), copy open-numbers/…, rounded`.
 */
export function carrierName(c: Carrier): string {
  const via = c.via.map((link) => bodyName(c.heldIn.sources.find((s) => s.id === link.source) ?? { id: link.source, title: link.source, kind: 'monitor' }));
  const copy = copyOf(c);
  return [sourceName(c.source), ...via.map((v) => `via ${v}`), ...(copy === undefined ? [] : [`copy ${copy}`]), ...(c.rounded ? ['rounded'] : [])].join(', ');
}

/** Every carrier by name, separated by `"; "`, the statement's own first. */
export function carrierNames(carriers: readonly Carrier[]): string {
  return carriers.map(carrierName).join('; ');
}

/** Every carrier as `datasetId/observationId`, separated by `"; "`. */
export function carrierIds(carriers: readonly Carrier[]): string {
  return carriers.map((c) => `${c.dataset}/${c.observationId}`).join('; ');
}

/** Where carriers differ beyond rounding, in words: `by up to 1,200: dataset/id (659,000); …`; `null` where they do not. */
export function carriersDifferText(difference: CarrierDifference | null): string | null {
  if (difference === null) return null;
  const each = difference.carriers.map((c) => `${c.dataset}/${c.observationId} (${c.value === null ? 'a range' : formatNumber(c.value)})`);
  return `by up to ${formatNumber(difference.amount)}: ${each.join('; ')}`;
}
