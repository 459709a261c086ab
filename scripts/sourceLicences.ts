/**
 * The licences of the sources, as the faces of the data state them (the Data Package's
 * `licenses`, the dataset pages' JSON-LD, DATA-LICENSE.md, checked by
 * tests/exports/licences.test.ts): one place that says which sources carry a licence, what
 * attribution each asks for, and how a Data Package names it.
 */
import type { Source } from '../src/schema/source.js';

/** A source with the licence its publisher states. */
export type LicensedSource = Source & { readonly license: NonNullable<Source['license']> };

/** The sources among `sources` that state a licence, once each (by id), in id order. */
export function licensedSources(sources: readonly Source[]): LicensedSource[] {
  const byId = new Map<string, LicensedSource>();
  for (const s of sources) if (s.license !== undefined) byId.set(s.id, s as LicensedSource);
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The release as a reader would name it: `World Bank, World Development Indicators (December 2019 edition)`. */
export function releaseName(s: Source): string {
  return `${s.publisher !== undefined ? `${s.publisher}, ` : ''}${s.title}${s.edition ? ` (${s.edition})` : ''}`;
}

/**
 * The attribution a source's licence asks for: the licence's own `attribution` where the
 * publisher words one, else the release by publisher, title and edition.
 */
export function attributionText(s: LicensedSource): string {
  return s.license.attribution ?? releaseName(s);
}

/**
 * One sentence that states a source's licence and what it asks: the licence by name (and
 * address), where it is stated, and the attribution to give, or that no attribution requirement
 * is stated.
 */
export function licenceStatement(s: LicensedSource): string {
  const l = s.license;
  const where = `as stated in ${l.statedIn}`;
  return l.attributionRequired
    ? `${releaseName(s)}: licence ${l.name}${l.url ? ` (${l.url})` : ''}, ${where}; attribution required: "${attributionText(s)}".`
    : `${releaseName(s)}: licence ${l.name}${l.url ? ` (${l.url})` : ''}, ${where}; no attribution requirement stated beyond citing the publisher.`;
}

/** A Data Package v2 licence: `path` and `title` (no `name`: upstream names are not always Open Definition ids). */
export interface PackageLicence {
  readonly path: string;
  readonly title: string;
}

/**
 * The Data Package licence of a licensed source: its address (or DATA-LICENSE.md, which lists
 * every source's licence, where the publisher gives none) and {@link licenceStatement} as title.
 */
export function packageLicence(s: LicensedSource): PackageLicence {
  return { path: s.license.url ?? 'DATA-LICENSE.md', title: licenceStatement(s) };
}
