import type { Source } from '../model/source.js';

/**
 * The name of a source as a link of a chain of attribution: a body by its own name with its
 * abbreviation ("Internal Displacement Monitoring Centre (IDMC)"); a publication by its
 * publisher (or authors) and title. Internal to the citation modules.
 */
export function bodyName(s: Source): string {
  const abbreviation = s.publisher === undefined ? undefined : (/\(([A-Z]{2,})\)/.exec(s.publisher)?.[1] ?? (/^[A-Z]{2,}$/.test(s.publisher) ? s.publisher : undefined));
  if (s.form === 'body' || s.form === 'website') {
    return abbreviation !== undefined && !s.title.includes(abbreviation) ? `${s.title} (${abbreviation})` : s.title;
  }
  const by = s.authors?.map((a) => a.family).join(', ') ?? s.publisher;
  return by !== undefined && by !== s.title ? `${by}, "${s.title}"` : `"${s.title}"`;
}
