import { dirname, join, normalize } from 'node:path';

// How a reader's Markdown viewer (GitHub, npm) reads the links of a page: shared by the link
// checks of the repository (tests/examples/links.test.ts) and of the packed tarball
// (tests/cli/pack.test.ts).

/** The text of a page without its fenced code blocks, where no line is a heading or a link. */
export function withoutFences(text: string): string {
  return text.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*\s*$/gm, '');
}

/** The text of a page without its code, fenced or inline, where nothing is a link. */
export function prose(text: string): string {
  return withoutFences(text).replace(/(`+)[\s\S]*?\1/g, '');
}

/** The targets of the links of a page: inline links and reference definitions, images included. */
export function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** Whether a link target is relative (no scheme such as `https:` or `mailto:`, no `//host`). */
export function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/**
 * The files a page names in inline code as a document of the package (`DATA-LICENSE.md`,
 * `docs/cli.md`, `CITATION.cff`): a Markdown or CFF file by its path, relative to the page or
 * to the root. Paths with a wildcard or into a hidden folder (`.changeset/*.md`) are not.
 */
export function namedDocuments(text: string): string[] {
  const code = [...withoutFences(text).matchAll(/(`+)([^`]+?)\1/g)].map((m) => m[2]!.trim());
  return [...new Set(code.filter((c) => /^(?!\.)[\w./-]+\.(md|cff)$/.test(c) && !c.includes('..')))];
}

/** The anchors of a page's headings, as GitHub makes them (github-slugger): `## Tests and CI (contributors)` → `tests-and-ci-contributors`. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of withoutFences(text).matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = m[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1');
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** A tree of files to resolve links in: its file paths (relative, `/`-separated) and how to read one. */
export interface FileTree {
  /** What the tree is, for the messages: `the repository`, `the tarball`. */
  readonly name: string;
  readonly files: ReadonlySet<string>;
  readonly read: (file: string) => string;
}

/** What is wrong with a relative link `target` of `page` in `tree`, or `undefined` where it resolves (to a file or a folder, and an #anchor to a heading). */
export function brokenLink(tree: FileTree, page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#') as [string, string | undefined];
  const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path))).replace(/\/$/, '');
  if (file.startsWith('..')) return `${target}: outside ${tree.name}`;
  const isFile = tree.files.has(file);
  const isFolder = [...tree.files].some((f) => f.startsWith(`${file}/`));
  if (!isFile && !isFolder) return `${target}: no such file in ${tree.name} (${file})`;
  if (anchor !== undefined && anchor !== '') {
    if (!file.endsWith('.md')) return `${target}: an anchor into a file that is not Markdown`;
    if (!headingAnchors(tree.read(file)).has(anchor)) return `${target}: ${file} has no heading with the anchor #${anchor}`;
  }
  return undefined;
}

/** Every relative link of `page` (its text read from `tree`) that does not resolve in `tree`, as `page: problem`. */
export function brokenLinks(tree: FileTree, page: string): string[] {
  return linkTargets(tree.read(page))
    .filter(isRelative)
    .map((t) => brokenLink(tree, page, t))
    .filter((p): p is string => p !== undefined)
    .map((p) => `${page}: ${p}`);
}
