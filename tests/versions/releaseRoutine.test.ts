import { describe, expect, it } from 'vitest';
import { lockData, migrationPolicyTimeline, remittanceFlows } from 'azerbaijan-data';
import { changelogEntries, insertDataSection, INTRO, withIntro } from '../../scripts/release/changelog.js';
import type { ReleasedDataset } from '../../scripts/release/datasetsAt.js';
import { firstReleaseSection, releaseSection } from '../../scripts/release/dataSection.js';

// The pure parts of npm run release: the Data section written from two states of the data, and
// its place in the entry that changeset version writes.

const asReleased = (d: object): ReleasedDataset => ({ ...(structuredClone(d) as ReleasedDataset), file: 'data/x.ts' });
const flows = asReleased(remittanceFlows);
const timeline = asReleased(migrationPolicyTimeline);
const [first, second, ...rest] = flows.observations;

/** remittance-flows with its first figure corrected, its second's note changed, one figure dropped and one added. */
const changedFlows: ReleasedDataset = {
  ...flows,
  version: '1.1.0',
  sha256: 'f'.repeat(64),
  observations: [
    { ...first!, value: (first as { value: number }).value + 1 } as never,
    { ...second!, note: 'a new note' },
    ...rest.slice(1),
    { ...rest[0]!, id: 'new-figure' },
  ],
};
const changedTimeline: ReleasedDataset = { ...timeline, version: '1.0.2', sha256: 'e'.repeat(64), events: [{ ...timeline.events[0]!, label: 'A new label' }, ...timeline.events.slice(1)] };
const lockOf = (ds: readonly ReleasedDataset[], version: string) => ({ ...lockData(ds as never), package: { name: 'azerbaijan-data', version } });

describe('the Data section of a release', () => {
  const before = [flows, timeline];
  const after = [changedFlows, changedTimeline];
  const section = releaseSection({ version: '1.0.0', lock: lockOf(before, '1.0.0'), datasets: before }, after, lockOf(after, '1.1.0'));
  const v = (o: unknown): number => (o as { value: number }).value;

  it('names each dataset whose version changed, with each figure changed old → new, added or dropped', () => {
    expect(section).toContain('compared with release 1.0.0 (its snapshot `releases/1.0.0.lock.json`)');
    expect(section).toContain(`- \`remittance-flows\`: data version ${flows.version} → 1.1.0`);
    expect(section).toContain(`  - \`${first!.id}\`: ${v(first)} ${first!.unit} (${first!.period}) → ${v(first) + 1} ${first!.unit} (${first!.period})`);
    expect(section).toContain(`  - \`${second!.id}\`: ${v(second)} ${second!.unit} (${second!.period}), figure unchanged; note changed`);
    expect(section).toContain(`  - dropped \`${rest[0]!.id}\`: `);
    expect(section).toContain('  - added `new-figure`: ');
  });

  it('names an event whose label changed, old → new', () => {
    const e = timeline.events[0]!;
    expect(section).toContain(`- \`migration-policy-timeline\`: data version ${timeline.version} → 1.0.2`);
    expect(section).toContain(`  - event \`${e.id}\` (${e.date}): label ${JSON.stringify(e.label)} → "A new label"`);
  });

  it('without the previous data, names the figures of the snapshots and says the rest of the content changed', () => {
    const text = releaseSection({ version: '1.0.0', lock: lockOf(before, '1.0.0'), datasets: undefined }, after, lockOf(after, '1.1.0'));
    expect(text).toContain(`  - \`${first!.id}\`: ${v(first)} ${first!.unit} (${first!.period}) → ${v(first) + 1}`);
    expect(text).not.toContain(second!.id);
    expect(text).toContain("  - content beyond its figures' values changed (sha256 ");
  });

  it('names new and dropped datasets, and says so when nothing changed', () => {
    const text = releaseSection({ version: '1.0.0', lock: lockOf([flows], '1.0.0'), datasets: [flows] }, [timeline], lockOf([timeline], '1.1.0'));
    expect(text).toContain(`- \`migration-policy-timeline\`: new, data version ${timeline.version} (0 figures, ${timeline.events.length} events)`);
    expect(text).toContain(`- \`remittance-flows\`: dropped (it was at data version ${flows.version})`);
    expect(releaseSection({ version: '1.0.0', lock: lockOf([flows], '1.0.0'), datasets: [flows] }, [flows], lockOf([flows], '1.0.1'))).toContain('No dataset changed.');
  });

  it('at the first release, lists every dataset and what changed in those above their first version', () => {
    const text = firstReleaseSection(after, [{ id: 'remittance-flows', version: '1.0.0', commit: 'a'.repeat(40), movedBy: 'b'.repeat(40), dataset: { ...flows, version: '1.0.0' } }], 'releases/history/x.lock.json');
    expect(text).toContain('The first release: 2 datasets.');
    expect(text).toContain('- `remittance-flows`: data version 1.0.0 → 1.1.0 (last at 1.0.0 in commit aaaaaaa, moved by bbbbbbb)');
    expect(text).toContain('  - added `new-figure`: ');
    expect(text).toContain(`- \`remittance-flows\` 1.1.0: ${changedFlows.observations.length} figures`);
    expect(text).toContain(`- \`migration-policy-timeline\` 1.0.2: 0 figures, ${timeline.events.length} events`);
  });
});

describe('the entry in CHANGELOG.md', () => {
  const written = '# azerbaijan-data\n\n## 2.0.0\n\n### Major Changes\n\n- abc1234: Something.\n\n## 1.0.0\n\nReleased 2026-12-05.\n\n### Data\n\nx\n\nWritten by `npx changeset version` from the changesets in `.changeset/`: each entry names the\ndatasets.\n';

  it('gets its date and its Data section first, and the intro goes back under the title', () => {
    const out = withIntro(insertDataSection(written, '2.0.0', '2027-01-02', '### Data\n\n- `a`: data version 1.0.0 → 1.0.1\n'));
    expect(out).toBe(`# azerbaijan-data\n\n${INTRO}\n\n## 2.0.0\n\nReleased 2027-01-02.\n\n### Data\n\n- \`a\`: data version 1.0.0 → 1.0.1\n\n### Major Changes\n\n- abc1234: Something.\n\n## 1.0.0\n\nReleased 2026-12-05.\n\n### Data\n\nx\n`);
    expect(changelogEntries(out).map((e) => [e.version, e.date])).toEqual([['2.0.0', '2027-01-02'], ['1.0.0', '2026-12-05']]);
    expect(withIntro(out)).toBe(out);
  });

  it('is written once: a missing or dated entry is an error', () => {
    expect(() => insertDataSection(written, '3.0.0', '2027-01-02', 'x')).toThrow(/no entry "## 3.0.0"/);
    expect(() => insertDataSection(written, '1.0.0', '2027-01-02', 'x')).toThrow(/already dated 2026-12-05/);
  });
});
