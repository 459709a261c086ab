import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets, lockData, remittanceFlows } from 'azerbaijan-data';
import { lastRelease } from '../../scripts/release/snapshots.js';
import { corrected } from './correctedLock.js';
import { changesetProblems, pendingChangesets, unreleasedChanges } from '../../scripts/release/unreleasedChanges.js';

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

describe('a data change without a changeset fails', () => {
  const last = lastRelease(root);

  it('every dataset changed, added or dropped since the last release (every dataset before the first) is named in a pending changeset', () => {
    expect(changesetProblems(unreleasedChanges(last?.lock, lockData()), pendingChangesets(root), last?.version)).toEqual([]);
  });

  it('names a changed dataset that no pending changeset names, and passes once one does', () => {
    const base = lockData([remittanceFlows]);
    const changes = unreleasedChanges(base, corrected(base, '1.0.9'));
    const other = { file: 'other.md', text: '---\n"azerbaijan-data": patch\n---\n\nCorrects `international-migration`.\n' };
    expect(changesetProblems(changes, [other], '1.0.0')).toEqual([
      'remittance-flows: was changed since release 1.0.0 but no pending changeset names it: add one to .changeset/ that names `remittance-flows` and says what changed',
    ]);
    expect(changesetProblems(changes, [other, { file: 'fix.md', text: 'Corrects `remittance-flows` `inward-remittances-2003`.' }], '1.0.0')).toEqual([]);
    expect(changesetProblems(unreleasedChanges(base, base), [], '1.0.0')).toEqual([]);
  });

  it('before the first release, asks a changeset for every dataset', () => {
    const lock = lockData();
    expect(changesetProblems(unreleasedChanges(undefined, lock), [], undefined)).toHaveLength(Object.keys(lock.datasets).length);
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
