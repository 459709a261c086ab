import type { CslItem } from './cslItem.js';
import { bibEntry, dateText, latex, nameList, verbatim } from './latex.js';
import type { Reference } from './reference.js';

/** The entry types of classic BibTeX that this library writes. */
export const bibtexEntryTypes = ['article', 'incollection', 'techreport', 'misc'] as const;

type BibtexEntryType = (typeof bibtexEntryTypes)[number];

/** The entry type whose required fields (in `plain.bst`) the item has: an author and a year, and a journal, a book and its publisher, or an institution. */
function entryType(item: CslItem, hasAuthor: boolean): BibtexEntryType {
  if (!hasAuthor || item.issued === undefined) return 'misc';
  switch (item.type) {
    case 'article-journal':
    case 'article-newspaper':
      return item['container-title'] !== undefined ? 'article' : 'misc';
    case 'chapter':
      return item['container-title'] !== undefined && item.publisher !== undefined ? 'incollection' : 'misc';
    case 'report':
      return item.publisher !== undefined ? 'techreport' : 'misc';
    default:
      return 'misc';
  }
}

/** The names a reference sorts and is labelled by: its persons' family names, else its body. */
function sortKey(r: Reference): string | undefined {
  return r.item.author !== undefined ? r.item.author.map((a) => a.family).join(' and ') : r.corporateAuthor;
}

/**
 * CSL items as classic BibTeX, warning-free under `bibtex` with `plain.bst` (and the other
 * standard and natbib styles): standard entry types only, and an entry type only where the
 * reference has what the type requires (`@article`: author, journal, year; `@incollection`:
 * author, book, publisher, year; `@techreport`: author, institution, year), else `@misc`.
 *
 * - `author`: the persons named, else the body that is the author, braced as one corporate name
 *   (`author = {{World Bank}}`); `key` the same names, for styles that sort or label by it.
 * - `title` in double braces (styles keep its capitals); `journal`, `booktitle`, `institution`.
 * - `year`: the year of publication only; a reference with no date of publication has none (a
 *   figure's period is in the note of the citation, never in `year`).
 * - `url`, the address (natbib styles and reference managers read it); since `plain.bst` prints
 *   no `url`, a `@misc` also gives what `plain.bst` prints in `howpublished` (the publication it
 *   is part of, the publisher where it is not the author, the edition, and `\url{…}`), and the
 *   other types open their `note` with `\url{…}`.
 * - `publisher` and `edition` as fields reference managers read; `note`: the version, an exact or inferred
 *   date, when the address was checked, and the item's note.
 *
 * LaTeX specials escaped; Unicode kept. Runs in `O(n)`. Internal to the citation modules; see
 * `cite`, and `toBiblatex` for biblatex.
 */
export function toBibtex(references: readonly Reference[]): string {
  return references
    .map((r) => {
      const { item } = r;
      const type = entryType(item, item.author !== undefined || r.corporateAuthor !== undefined);
      return bibEntry(type, item.id, (add) => {
        if (item.author) add('author', nameList(item.author));
        else add('author', r.corporateAuthor, (v) => `{{${latex(v)}}}`);
        add('key', sortKey(r));
        add('title', item.title, (v) => `{{${latex(v)}}}`);
        const container = item['container-title'];
        if (type === 'incollection') add('booktitle', container, (v) => `{{${latex(v)}}}`);
        else if (type === 'article') add('journal', container);
        if (type === 'techreport') add('institution', item.publisher);
        else if (type !== 'misc') add('publisher', item.publisher);
        if (type === 'misc') {
          // The publisher, unless it is the author or the container, or names the body that is the author (a body's own record).
          const publisherShown = item.publisher !== r.corporateAuthor && item.publisher !== container && !(r.corporateAuthor?.startsWith(item.title) ?? false);
          const shown = [container, publisherShown ? item.publisher : undefined, item.edition];
          const text = shown.filter((x): x is string => x !== undefined).map(latex);
          if (item.URL !== undefined) text.push(`\\url{${verbatim(item.URL)}}`);
          add('howpublished', text.length > 0 ? text.join(', ') : undefined, (v) => `{${v}}`);
          add('publisher', item.publisher);
        }
        add('edition', item.edition);
        if (item.issued) add('year', String(item.issued['date-parts'][0]![0]));
        add('url', item.URL, (v) => `{${verbatim(v)}}`);
        const extra = [
          item.version !== undefined ? `Version ${item.version}` : undefined,
          item.issued !== undefined && (item.issued['date-parts'].length > 1 || item.issued['date-parts'][0]!.length > 1 || item.issued.circa)
            ? `${item.issued.circa ? 'Date c. ' : 'Date '}${dateText(item.issued['date-parts'])}`
            : undefined,
          item.accessed !== undefined ? `Address checked ${dateText(item.accessed['date-parts'])}` : undefined,
          item.note,
        ]
          .filter((x): x is string => x !== undefined)
          .map(latex);
        if (type !== 'misc' && item.URL !== undefined) extra.unshift(`\\url{${verbatim(item.URL)}}`);
        add('note', extra.length > 0 ? extra.join('. ') : undefined, (v) => `{${v}}`);
      });
    })
    .join('\n');
}
