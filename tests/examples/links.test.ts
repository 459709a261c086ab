import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative link of README.md and docs/*.md resolves in the repository as a reader finds it
// on GitHub or npm, before any build: to a file the checkout holds (never to generated output,
// such as docs/generated/, which a clone does not have), and an #anchor to a heading of the page.

const root = new URL('../..', import.meta.url).pathname;
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** The files a clean checkout holds: git's tracked and untracked-but-not-ignored files, else the tree without build output. */
function checkoutFiles(): Set<string> {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0) return new Set(git.stdout.split('\0').filter((f) => f !== '' && existsSync(join(root, f))));
  const skip = /^(node_modules|dist|data|docs\/site|docs\/generated|test-output|\.git|\.scratch)(\/|$)/;
  return new Set(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => !skip.test(f)));
}
const files = checkoutFiles();

/** The text of a page without its fenced code blocks, where no line is a heading or a link. */
function withoutFences(text: string): string {
  return text.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*\s*$/gm, '');
}

/** The text of a page without its code, fenced or inline, where nothing is a link. */
function prose(text: string): string {
  return withoutFences(text).replace(/(`+)[\s\S]*?\1/g, '');
}

/** The targets of the links of a page: inline links and reference definitions, images included. */
function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** The anchors of a page's headings, as GitHub makes them (github-slugger): `## Tests and CI (contributors)` → `tests-and-ci-contributors`. */
function headingAnchors(text: string): Set<string> {
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

/** What is wrong with a relative link of `page`, or `undefined` where it resolves. */
function broken(page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#') as [string, string | undefined];
  const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path))).replace(/\/$/, '');
  if (file.startsWith('..')) return `${target}: outside the repository`;
  const isFile = files.has(file);
  const isFolder = [...files].some((f) => f.startsWith(`${file}/`));
  if (!isFile && !isFolder) return `${target}: no such file in the repository (${file})`;
  if (anchor !== undefined && anchor !== '') {
    if (!file.endsWith('.md')) return `${target}: an anchor into a file that is not Markdown`;
    if (!headingAnchors(readFileSync(join(root, file), 'utf8')).has(anchor)) return `${target}: ${file} has no heading with the anchor #${anchor}`;
  }
  return undefined;
}

describe('the links of README.md and docs/*.md', () => {
  it('finds links and anchors the way GitHub reads them', () => {
    expect(linkTargets('See [a](./a.md#x "t") and ![i](img.png), `[not](a link)`.\n\n```md\n[no](./b.md)\n```\n[ref]: ../c.md\n')).toEqual(['./a.md#x', 'img.png', '../c.md']);
    expect([...headingAnchors('# Tests and CI (contributors)\n## `cite()` and **CSL**\n## Keys: one name each, in every file\n## Keys: one name each, in every file\n')]).toEqual([
      'tests-and-ci-contributors',
      'cite-and-csl',
      'keys-one-name-each-in-every-file',
      'keys-one-name-each-in-every-file-1',
    ]);
  });

  it('the pages have relative links to check', () => {
    const relativeLinks = pages.flatMap((p) => linkTargets(readFileSync(join(root, p), 'utf8')).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t)));
    expect(relativeLinks.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s: every relative link resolves to a file of the repository, and every #anchor to a heading', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    const problems = linkTargets(text)
      .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('//'))
      .map((t) => broken(page, t))
      .filter((p): p is string => p !== undefined);
    expect(problems).toEqual([]);
  });

  it('a link into generated output counts as broken: docs/generated/ is not in a checkout', () => {
    expect(broken('docs/overview.md', './generated/catalogue.md')).toMatch(/no such file in the repository/);
    expect(broken('README.md', '#no-such-heading')).toMatch(/no heading with the anchor/);
    expect(broken('README.md', './docs/cli.md#mistakes')).toBeUndefined();
    expect(relative(root, join(root, 'docs/cli.md'))).toBe('docs/cli.md');
  });
});
