/**
 * The "Data" section of a release's CHANGELOG.md entry, written from the data: every dataset
 * whose version changed in the release, and each figure (observation), event and relation added,
 * changed (old → new) or dropped. Pure: the same data always gives the same text.
 */
import { lockDataset } from '../../src/pinning/lock/lockData.js';
import type { Lockable } from '../../src/pinning/lock/lockData.js';
import { diffLocks, figureText } from '../../src/pinning/lock/diffLocks.js';
import type { Lockfile } from '../../src/pinning/lock/lockfile.js';
import type { Observation } from '../../src/schema/observation.js';
import { itemChanges } from '../dataDiff/itemChanges.js';
import type { ReleasedDataset } from './datasetsAt.js';

/** A figure as the changelog writes it: `about 1554 million-usd (2008)`, through the lockfile's own wording. */
export function figureOf(o: Observation): string {
  const locked = lockDataset({ id: '', version: '', sha256: '', observations: [o] as unknown as Lockable['observations'], events: [] });
  return figureText(locked.figures[o.id]!);
}

function counts(d: ReleasedDataset): string {
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  return [n(d.observations.length, 'figure', 'figures'), ...(d.events.length > 0 ? [n(d.events.length, 'event', 'events')] : []), ...(d.relations.length > 0 ? [n(d.relations.length, 'relation', 'relations')] : [])].join(', ');
}

/** The fields that changed, without the one the line already shows. */
function besides(fields: readonly string[], shown: readonly string[]): string {
  return fields.filter((f) => !shown.includes(f)).join(', ');
}

/**
 * One line per figure, event and relation that differs between two versions of a dataset, each
 * a Markdown list item: `` `id`: 171 million-usd (2003) → 172 million-usd (2003) ``; a figure
 * whose value stayed is named with the fields that changed (`quote`, `via`, `note`…).
 */
export function itemLines(before: ReleasedDataset, after: ReleasedDataset): string[] {
  const lines: string[] = [];
  for (const c of itemChanges(before.observations, after.observations)) {
    if (c.kind === 'added') lines.push(`added \`${c.id}\`: ${figureOf(c.after!)}`);
    else if (c.kind === 'dropped') lines.push(`dropped \`${c.id}\`: ${figureOf(c.before!)}`);
    else {
      const [was, is] = [figureOf(c.before!), figureOf(c.after!)];
      const rest = besides(c.fields, ['value', 'low', 'high', 'qualifier', 'unit', 'period']);
      lines.push(was === is ? `\`${c.id}\`: ${is}, figure unchanged; ${rest} changed` : `\`${c.id}\`: ${was} → ${is}${rest ? `; ${rest} changed too` : ''}`);
    }
  }
  for (const c of itemChanges(before.events, after.events)) {
    const e = (c.after ?? c.before)!;
    if (c.kind === 'changed') {
      const rest = besides(c.fields, ['date', 'label']);
      const label = c.fields.includes('label') ? `label ${JSON.stringify(c.before!.label)} → ${JSON.stringify(c.after!.label)}` : '';
      const what = [label, rest && `${rest} changed`].filter(Boolean).join('; ');
      lines.push(c.before!.date === c.after!.date ? `event \`${c.id}\` (${e.date}): ${what}` : `event \`${c.id}\`: ${c.before!.date} → ${c.after!.date}${what ? `; ${what}` : ''}`);
    } else lines.push(`${c.kind} event \`${c.id}\` (${e.date}): ${e.label}`);
  }
  for (const c of itemChanges(before.relations, after.relations)) {
    lines.push(c.kind === 'changed' ? `relation \`${c.id}\`: ${c.fields.join(', ')} changed` : `${c.kind} relation \`${c.id}\`: ${(c.after ?? c.before)!.description}`);
  }
  const measures = new Set(after.measures.map((m) => m.id));
  for (const m of before.measures) if (!measures.has(m.id)) lines.push(`dropped measure \`${m.id}\``);
  return lines;
}

const item = (text: string, depth = 0): string => `${'  '.repeat(depth)}- ${text}`;

/** The previous release, as the section compares with it. */
export interface PreviousRelease {
  readonly version: string;
  /** Its snapshot (`releases/<version>.lock.json`). */
  readonly lock: Lockfile;
  /** Its data, read at the commit that wrote the snapshot; undefined where the history cannot give it. */
  readonly datasets: readonly ReleasedDataset[] | undefined;
}

/**
 * The section of a release that follows an earlier one: every dataset whose version changed, was
 * added or dropped (from the snapshots, `diffLocks`), with each item that changed (from the
 * previous release's data where the history holds it, else the figures and events of its
 * snapshot).
 */
export function releaseSection(previous: PreviousRelease, current: readonly ReleasedDataset[], currentLock: Lockfile): string {
  const lines: string[] = [
    '### Data',
    '',
    `Written by \`npm run release\` from the data, compared with release ${previous.version} (its snapshot \`releases/${previous.version}.lock.json\`): every dataset whose version changed, and each figure, event and relation added, changed (old → new) or dropped.`,
    '',
  ];
  const changes = diffLocks(previous.lock, currentLock).sort((a, b) => a.id.localeCompare(b.id));
  for (const change of changes) {
    const after = current.find((d) => d.id === change.id);
    const before = previous.datasets?.find((d) => d.id === change.id);
    if (change.change === 'added') {
      lines.push(item(`\`${change.id}\`: new, data version ${change.version.to} (${counts(after!)})`));
      continue;
    }
    if (change.change === 'dropped') {
      lines.push(item(`\`${change.id}\`: dropped (it was at data version ${change.version.from})`));
      continue;
    }
    lines.push(item(`\`${change.id}\`: data version ${change.version.from} → ${change.version.to}`));
    if (before !== undefined && after !== undefined && before.sha256 === change.sha256.from) {
      for (const l of itemLines(before, after)) lines.push(item(l, 1));
    } else {
      for (const f of change.figures) {
        lines.push(item(f.change === 'changed' ? `\`${f.id}\`: ${figureText(f.from)} → ${figureText(f.to)}` : `${f.change} \`${f.id}\`: ${figureText(f.change === 'added' ? f.to : f.from)}`, 1));
      }
      for (const e of change.events) lines.push(item(e.change === 'changed' ? `event \`${e.id}\`: ${e.from.date} → ${e.to.date}` : `${e.change} event \`${e.id}\``, 1));
      if (change.sha256.from !== change.sha256.to) lines.push(item(`content beyond its figures' values changed (sha256 ${change.sha256.from?.slice(0, 12)}… → ${change.sha256.to?.slice(0, 12)}…)`, 1));
    }
  }
  if (changes.length === 0) lines.push('No dataset changed.');
  return `${lines.join('\n')}\n`;
}

/** A dataset of the first release whose version moved before it, with the data at its first version. */
export interface EarlierVersion {
  readonly id: string;
  readonly version: string;
  readonly commit: string;
  readonly movedBy: string;
  readonly dataset: ReleasedDataset;
}

/**
 * The section of the first release: each dataset whose version moved before it (1.0.0 → 1.0.1),
 * with each item that changed since the last commit at its first version, then every dataset with
 * its data version and its figures as first published.
 */
export function firstReleaseSection(current: readonly ReleasedDataset[], earlier: readonly EarlierVersion[], historyFile: string): string {
  const lines: string[] = [
    '### Data',
    '',
    `Written by \`npm run release\` from the data. The first release: ${current.length} datasets.`,
    '',
  ];
  if (earlier.length > 0) {
    lines.push(
      `Corrected before this release, so published at a later data version than they started at: each dataset, and each figure, event and relation that changed, compared with the data as it stood at the last commit at its first version (their lockfile: \`${historyFile}\`).`,
      '',
    );
    for (const e of [...earlier].sort((a, b) => a.id.localeCompare(b.id))) {
      const now = current.find((d) => d.id === e.id)!;
      lines.push(item(`\`${e.id}\`: data version ${e.version} → ${now.version} (last at ${e.version} in commit ${e.commit.slice(0, 7)}, moved by ${e.movedBy.slice(0, 7)})`));
      for (const l of itemLines(e.dataset, now)) lines.push(item(l, 1));
    }
    lines.push('');
  }
  lines.push('Every dataset as first published, with its data version:', '');
  for (const d of current) lines.push(item(`\`${d.id}\` ${d.version}: ${counts(d)}`));
  return `${lines.join('\n')}\n`;
}
