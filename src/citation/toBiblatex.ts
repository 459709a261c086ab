import type { CslItem } from './cslItem.js';
import { bibEntry, dateText, latex, nameList, verbatim } from './latex.js';
import type { Reference } from './reference.js';

const entryTypes: Record<CslItem['type'], string> = {
  report: 'report',
  chapter: 'incollection',
  'article-journal': 'article',
  'article-newspaper': 'article',
  webpage: 'online',
  dataset: 'dataset',
  software: 'software',
  document: 'misc',
};

/**
 * CSL items as biblatex entries (for biber): `@online`, `@dataset`, `@software` and `@report`
 * (with `type = {techreport}`) where they fit; the persons named as `author`, else the body
 * that is the author as one corporate name (`author = {{World Bank}}`); titles in double braces
 * so that styles keep their capitals; LaTeX specials escaped; `date` as ISO 8601 (the date of
 * publication only); `url` and `urldate`; `version`, `edition`, `note`. Classic BibTeX does not
 * know these types: see `toBibtex` for it. Runs in `O(n)`. Internal to the citation modules; see
 * `cite`.
 */
export function toBiblatex(references: readonly Reference[]): string {
  return references
    .map(({ item, corporateAuthor }) => {
      return bibEntry(entryTypes[item.type], item.id, (add) => {
        if (item.author) add('author', nameList(item.author));
        else add('author', corporateAuthor, (v) => `{{${latex(v)}}}`);
        add('title', item.title, (v) => `{{${latex(v)}}}`);
        const container = item['container-title'];
        if (item.type === 'chapter') add('booktitle', container, (v) => `{{${latex(v)}}}`);
        else if (item.type === 'article-journal' || item.type === 'article-newspaper') add('journaltitle', container);
        if (item.type === 'article-newspaper') add('entrysubtype', 'newspaper');
        if (item.type === 'report') {
          add('type', 'techreport', (v) => `{${v}}`);
          add('institution', item.publisher);
        } else if (item.type === 'webpage' || item.type === 'dataset') add('organization', item.publisher);
        else add('publisher', item.publisher);
        if (item.issued) add('date', dateText(item.issued['date-parts']));
        add('version', item.version);
        add('edition', item.edition);
        add('url', item.URL, (v) => `{${verbatim(v)}}`);
        if (item.accessed) add('urldate', dateText(item.accessed['date-parts']));
        add('note', item.note);
      });
    })
    .join('\n');
}
