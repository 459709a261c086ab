import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';

const root = new URL('../..', import.meta.url).pathname;

describe('changesets', () => {
  const changesets = readdirSync(`${root}.changeset`).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const written = [...changesets.map((f) => readFileSync(`${root}.changeset/${f}`, 'utf8')), readFileSync(`${root}CHANGELOG.md`, 'utf8')].join('\n');

  it('are configured for the public package', () => {
    const config = JSON.parse(readFileSync(`${root}.changeset/config.json`, 'utf8')) as { access: string; baseBranch: string };
    expect(config).toMatchObject({ access: 'public', baseBranch: 'main' });
  });

  it('every pending changeset bumps azerbaijan-data and says what changed', () => {
    for (const f of changesets) {
      const text = readFileSync(`${root}.changeset/${f}`, 'utf8');
      expect(text, f).toMatch(/^---\n"azerbaijan-data": (patch|minor|major)\n---\n\n\S/);
    }
  });

  it('every dataset is named in a changeset or in the changelog', () => {
    const unnamed = datasets.filter((d) => !written.includes(`\`${d.id}\``)).map((d) => d.id);
    expect(unnamed).toEqual([]);
  });
});

describe('the data version policy', () => {
  it('is a page of the docs site that states what each bump means', () => {
    const typedoc = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')) as { projectDocuments: string[] };
    expect(typedoc.projectDocuments).toContain('docs/data-versions.md');
    const page = readFileSync(`${root}docs/data-versions.md`, 'utf8');
    expect(page).toMatch(/corrected figure.*\*\*patch\*\*/);
    expect(page).toMatch(/new dataset.*\*\*minor\*\*/);
    expect(page).toMatch(/schema.*removed dataset.*\*\*major\*\*/);
  });
});
