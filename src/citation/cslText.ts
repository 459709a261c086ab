import type { CslItem } from './cslItem.js';
import { yearsOf } from './cslDate.js';

/** A news article's date in full (`2023-09-22`); otherwise the year or years. */
function dayOrYears(item: CslItem): string {
  const parts = item.issued!['date-parts'];
  if (item.type === 'article-newspaper' && parts.length === 1 && parts[0]!.length === 3) {
    return parts[0]!.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
  }
  return yearsOf(item.issued!);
}

/**
 * A CSL item as one line of plain text, in the order of an author–date reference: authors (or,
 * for a work without a named author, its publisher), date, title, the publication it is part of,
 * publisher, version, address, date of access and notes. Internal to the citation modules.
 */
export function cslText(item: CslItem): string {
  const parts: string[] = [];
  const by = item.author?.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)).join('; ');
  const lead = by ?? (item.type === 'article-newspaper' ? undefined : item.publisher);
  const date = item.issued ? `${item.issued.circa ? 'c. ' : ''}${dayOrYears(item)}` : 'n.d.';
  const title = `${item.title}${item.version ? ` (version ${item.version})` : ''}${item.edition ? ` (${item.edition})` : ''}`;
  if (lead !== undefined && lead !== item.title) parts.push(`${lead} (${date}).`, `${title}.`);
  else parts.push(`${title} (${date}).`);
  if (item['container-title'] !== undefined) parts.push(`${item.type === 'chapter' || item.type === 'dataset' ? 'In ' : ''}${item['container-title']}.`);
  if (item.publisher !== undefined && item.publisher !== lead && item.publisher !== item.title) parts.push(`${item.publisher}.`);
  if (item.URL !== undefined) parts.push(item.URL);
  if (item.accessed !== undefined) parts.push(`(checked ${item.accessed['date-parts'][0]!.join('-')})`);
  if (item.note !== undefined) parts.push(`[${item.note}]`);
  return parts.join(' ');
}
