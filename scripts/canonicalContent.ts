import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

interface Hashable {
  readonly observations: unknown;
  readonly relations: unknown;
  readonly events: unknown;
  readonly gaps: unknown;
}

/**
 * The canonical content of a dataset, the part whose change must bump its `version`: its
 * observations, relations, events and gaps, serialised by RFC 8785 (JSON Canonicalization
 * Scheme: keys sorted, numbers in their shortest round-trip form, no white space).
 */
export function canonicalContent(dataset: Hashable): string {
  const text = canonicalize({
    observations: dataset.observations,
    relations: dataset.relations,
    events: dataset.events,
    gaps: dataset.gaps,
  });
  if (text === undefined) throw new TypeError('canonicalContent: the dataset has no JSON form');
  return text;
}

/** The SHA-256 (lower-case hex) of a dataset's canonical content. */
export function contentHash(dataset: Hashable): string {
  return createHash('sha256').update(canonicalContent(dataset), 'utf8').digest('hex');
}
