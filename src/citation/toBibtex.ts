import type { CslItem } from './cslItem.js';

const entryTypes: Record<CslItem['type'], string> = {
  report: 'techreport',
  chapter: 'incollection',
  'article-journal': 'article',
  'article-newspaper': 'article',
  webpage: 'online',
  dataset: 'dataset',
  software: 'software',
  document: 'misc',
};

const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, Unicode kept (biber and Citation.js read it). */
function latex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => latexSpecials[c]!);
}

/** A verbatim field (url): only braces would break it, and addresses here have none. */
function verbatim(text: string): string {
  if (/[{}]/.test(text)) throw new RangeError(`toBibtex: an address cannot hold braces; received ${JSON.stringify(text)}`);
  return text;
}

function dateText(parts: readonly (readonly number[])[]): string {
  return parts.map((p) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')).join('/');
}

/**
 * CSL items as BibTeX (biblatex entry types and fields, which BibTeX ignores where it does not
 * know them): titles in double braces so that styles keep their capitals, LaTeX specials escaped,
 * `date` as ISO 8601 (with `year` for BibTeX), `urldate`, `version`, `note`. Runs in `O(n)`.
 * Internal to the citation modules; see {@link cite}.
 */
export function toBibtex(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const fields: [string, string][] = [];
      const add = (name: string, value: string | undefined, wrap = (v: string) => `{${latex(v)}}`): void => {
        if (value !== undefined) fields.push([name, wrap(value)]);
      };
      add('author', item.author?.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)).join(' and '));
      add('title', item.title, (v) => `{{${latex(v)}}}`);
      const container = item['container-title'];
      if (item.type === 'chapter') add('booktitle', container, (v) => `{{${latex(v)}}}`);
      else if (item.type === 'article-journal' || item.type === 'article-newspaper') add('journal', container);
      if (item.type === 'article-newspaper') add('entrysubtype', 'newspaper');
      if (item.type === 'report') add('institution', item.publisher);
      else if (item.type === 'webpage') add('organization', item.publisher);
      else add('publisher', item.publisher);
      if (item.issued) {
        add('date', dateText(item.issued['date-parts']));
        add('year', String(item.issued['date-parts'][0]![0]));
      }
      add('version', item.version);
      add('url', item.URL, (v) => `{${verbatim(v)}}`);
      if (item.accessed) add('urldate', dateText(item.accessed['date-parts']));
      add('note', item.note);
      const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
      return `@${entryTypes[item.type]}{${item.id},\n${body}\n}\n`;
    })
    .join('\n');
}
