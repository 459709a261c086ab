import type { Source } from '../model/source.js';
import { cslDate } from './cslDate.js';
import type { CslItem } from './cslItem.js';
import { editionFor, licenseText, retrievedText } from './releaseText.js';

const cslTypes: Record<NonNullable<Source['form']>, CslItem['type']> = {
  webPage: 'webpage',
  newsArticle: 'article-newspaper',
  report: 'report',
  chapter: 'chapter',
  article: 'article-journal',
  conference: 'document',
  statement: 'document',
  website: 'webpage',
  body: 'document',
  dataset: 'dataset',
};

/**
 * What a record says besides the fields CSL has: the basis of an inferred date, the basis of an
 * author known only from an author page the text links, what a partial address holds, an archive
 * address, a statistical release's copies and licence.
 */
function notes(s: Source, file?: string): string[] {
  const out: string[] = [];
  if (s.published?.basis === 'inferred') out.push(`Date inferred${s.published.note ? ` (${s.published.note})` : ''}`);
  for (const a of s.authors ?? []) {
    if (a.basis === 'linkedAuthorPage') out.push(`Author ${[a.given, a.family].filter(Boolean).join(' ')} named from the author page linked in the text${a.url ? ` (${a.url})` : ''}, not from a by-line`);
  }
  if (s.urlScope === 'part') out.push('The address holds only part of the text');
  if (s.archiveUrl !== undefined && s.url !== undefined) out.push(`Archived at ${s.archiveUrl}`);
  const retrieved = retrievedText(s, file);
  if (retrieved !== undefined) out.push(`${retrieved[0]!.toUpperCase()}${retrieved.slice(1)}`);
  const licence = licenseText(s);
  if (licence !== undefined) out.push(licence);
  return out;
}

/**
 * A source record as a CSL-JSON item. Only what the record holds goes in: its authors (with the
 * basis of one known only from a linked author page in `note`), an inferred date marked
 * `circa`, the publisher where the record has one, a release's edition (and its `version`, where
 * the edition is one: `version 2025.12.1 …`), the original address,
 * else the archive address; a release's copies and licence in `note`. Runs in `O(1)`.
 *
 * For one figure of a statistical release (`file`, the file of its locator), only the copy of
 * that file, whose repository and commit say which version was read, and the edition only where
 * it applies to that copy (see `editionFor`).
 *
 * @param extraNote - a note to add (where the source is cited, a figure's locator).
 * @param file - the file a figure of the source was read from (its locator's `file`).
 */
export function sourceToCsl(s: Source, extraNote?: string, file?: string): CslItem {
  const type = cslTypes[s.form ?? 'body'];
  const authors = (s.authors ?? []).map((a) => ({ family: a.family, ...(a.given ? { given: a.given } : {}) }));
  const containerTitle = s.container?.title ?? (s.form === 'newsArticle' ? s.publisher : undefined);
  const publisher = s.form === 'chapter' ? (s.container?.publisher ?? s.publisher) : s.publisher;
  const url = s.url ?? s.archiveUrl;
  const note = [...notes(s, file), ...(extraNote ? [extraNote] : [])].join('. ');
  const edition = editionFor(s, file);
  // a release versioned as software (UNHCR's R package "version 2025.12.1 (end-2025 data)"): CSL's version
  const version = s.form === 'dataset' ? /^version (\S+)/.exec(s.edition ?? '')?.[1] : undefined;
  return {
    id: s.id,
    type,
    title: s.title,
    ...(containerTitle !== undefined ? { 'container-title': containerTitle } : {}),
    ...(publisher === undefined || (s.form === 'newsArticle' && containerTitle === s.publisher) ? {} : { publisher }),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(edition !== undefined ? { edition } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(s.published ? { issued: { ...cslDate(s.published.date), ...(s.published.basis === 'inferred' ? { circa: true } : {}) } } : {}),
    ...(url !== undefined ? { URL: url } : {}),
    ...(s.accessed !== undefined ? { accessed: cslDate(s.accessed) } : {}),
    ...(note ? { note } : {}),
  };
}
