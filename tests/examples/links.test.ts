import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLink, brokenLinks, headingAnchors, isRelative, linkTargets, namedDocuments } from '../support/markdownLinks.js';
import type { FileTree } from '../support/markdownLinks.js';

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

const repository: FileTree = { name: 'the repository', files, read: (file) => readFileSync(join(root, file), 'utf8') };
const broken = (page: string, target: string): string | undefined => brokenLink(repository, page, target);

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

  it('finds the documents a page names in inline code, which the tarball must hold too (tests/cli/pack.test.ts)', () => {
    expect(namedDocuments('See `DATA-LICENSE.md`, `docs/cli.md` and `CITATION.cff`; not `.changeset/*.md`, `.changeset/x.md`, `npm run docs` or `../x.md`.\n```sh\ncat `README.md`\n```\n')).toEqual([
      'DATA-LICENSE.md',
      'docs/cli.md',
      'CITATION.cff',
    ]);
  });

  it('the pages have relative links to check', () => {
    const relativeLinks = pages.flatMap((p) => linkTargets(readFileSync(join(root, p), 'utf8')).filter(isRelative));
    expect(relativeLinks.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s: every relative link resolves to a file of the repository, and every #anchor to a heading', (page) => {
    expect(brokenLinks(repository, page)).toEqual([]);
  });

  it('a link into generated output counts as broken: docs/generated/ is not in a checkout', () => {
    expect(broken('docs/overview.md', './generated/catalogue.md')).toMatch(/no such file in the repository/);
    expect(broken('README.md', '#no-such-heading')).toMatch(/no heading with the anchor/);
    expect(broken('README.md', './docs/cli.md#mistakes')).toBeUndefined();
    expect(relative(root, join(root, 'docs/cli.md'))).toBe('docs/cli.md');
  });
});
