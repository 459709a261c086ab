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

/**
 * Text for a BibTeX or biblatex field: LaTeX's special characters escaped, and a run of hyphens
 * kept as hyphens (`ddf--open_numbers` would print an en dash): Unicode kept. Internal to the
 * citation modules.
 */
export function latex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => latexSpecials[c]!).replace(/-(?=-)/g, '-{}');
}

/** A verbatim field (url): only braces would break it, and addresses here have none. Internal to the citation modules. */
export function verbatim(text: string): string {
  if (/[{}]/.test(text)) throw new RangeError(`toBibtex: an address cannot hold braces; received ${JSON.stringify(text)}`);
  return text;
}

/** CSL date parts as ISO 8601 (`2023-09-22`, `2011/2012`). Internal to the citation modules. */
export function dateText(parts: readonly (readonly number[])[]): string {
  return parts.map((p) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')).join('/');
}

/** The authors of a CSL item as a BibTeX name list (`Family, Given and Family`). Internal to the citation modules. */
export function nameList(authors: readonly { readonly family: string; readonly given?: string }[]): string {
  return authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)).join(' and ');
}

/** Adds a field to an entry: its value wrapped (by default LaTeX-escaped in braces); nothing for `undefined`. */
export type AddField = (name: string, value: string | undefined, wrap?: (v: string) => string) => void;

/**
 * One BibTeX or biblatex entry, `@type{key, …}`, with the fields in the order `fill` adds them.
 * Internal to the citation modules.
 */
export function bibEntry(type: string, key: string, fill: (add: AddField) => void): string {
  const fields: [string, string][] = [];
  fill((name, value, wrap = (v) => `{${latex(v)}}`) => {
    if (value !== undefined) fields.push([name, wrap(value)]);
  });
  return `@${type}{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
