import type { CslItem } from './cslItem.js';
import { bibEntry, dateText, latex, nameList, verbatim } from './latex.js';

/** The entry types of classic BibTeX that this library writes. */
export const bibtexEntryTypes = ['article', 'incollection', 'techreport', 'misc'] as const;

type BibtexEntryType = (typeof bibtexEntryTypes)[number];

/** The classic BibTeX type of an item: `@techreport` needs an institution, else `@misc`. */
function entryType(item: CslItem): BibtexEntryType {
  switch (item.type) {
    case 'article-journal':
    case 'article-newspaper':
      return 'article';
    case 'chapter':
      return 'incollection';
    case 'report':
      return item.publisher !== undefined ? 'techreport' : 'misc';
    default:
      return 'misc';
  }
}

/**
 * CSL items as classic BibTeX (for `bibtex` with natbib styles and the standard `.bst` files):
 * standard entry types only (`@article`, `@incollection`, `@techreport`, `@misc`) and standard
 * fields: `author`, `title` (in double braces, so that styles keep its capitals), `journal`,
 * `booktitle`, `institution`, `organization`, `publisher`, `edition`, `year`, `howpublished =
 * {\url{…}}` for a `@misc` and `url` for the others (natbib styles print it), and `note`, which
 * carries what BibTeX has no field for: the version, the exact or inferred date, when the address
 * was checked. LaTeX specials escaped; Unicode kept. Runs in `O(n)`. Internal to the citation
 * modules; see {@link cite}, and {@link toBiblatex} for biblatex.
 */
export function toBibtex(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const type = entryType(item);
      return bibEntry(type, item.id, (add) => {
        if (item.author) add('author', nameList(item.author));
        add('title', item.title, (v) => `{{${latex(v)}}}`);
        const container = item['container-title'];
        if (type === 'incollection') add('booktitle', container, (v) => `{{${latex(v)}}}`);
        else if (type === 'article') add('journal', container);
        if (type === 'techreport') add('institution', item.publisher);
        else if (item.type === 'webpage' || item.type === 'dataset') add('organization', item.publisher);
        else add('publisher', item.publisher);
        add('edition', item.edition);
        if (item.issued) add('year', String(item.issued['date-parts'][0]![0]));
        if (item.URL !== undefined) {
          if (type === 'misc') add('howpublished', item.URL, (v) => `{\\url{${verbatim(v)}}}`);
          else add('url', item.URL, (v) => `{${verbatim(v)}}`);
        }
        const extra = [
          item.version !== undefined ? `Version ${item.version}` : undefined,
          item.issued !== undefined && (item.issued['date-parts'].length > 1 || item.issued['date-parts'][0]!.length > 1 || item.issued.circa)
            ? `${item.issued.circa ? 'Date c. ' : 'Date '}${dateText(item.issued['date-parts'])}`
            : undefined,
          item.accessed !== undefined ? `Address checked ${dateText(item.accessed['date-parts'])}` : undefined,
          item.note,
        ].filter((x): x is string => x !== undefined);
        add('note', extra.length > 0 ? extra.join('. ') : undefined);
      });
    })
    .join('\n');
}
