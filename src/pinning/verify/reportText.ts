import { figureText } from '../lock/diffLocks.js';
import type { DatasetFinding, VerifyReport } from './verifyReport.js';

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The lines of one finding: the dataset and why, then each figure and event added, changed or dropped. */
function findingLines(finding: DatasetFinding): string[] {
  const lines = [`${finding.id}: ${finding.explanation}`];
  for (const f of finding.figures) {
    if (f.change === 'changed') lines.push(`  changed ${f.id}: ${figureText(f.from)} → ${figureText(f.to)}`);
    else if (f.change === 'added') lines.push(`  added   ${f.id}: ${figureText(f.to)}`);
    else lines.push(`  dropped ${f.id}: ${figureText(f.from)}`);
  }
  for (const e of finding.events) {
    if (e.change === 'changed') lines.push(`  changed event ${e.id}: ${e.from.date} → ${e.to.date}`);
    else if (e.change === 'added') lines.push(`  added   event ${e.id}: ${e.to.date}`);
    else lines.push(`  dropped event ${e.id}: ${e.from.date}`);
  }
  if (finding.figures.length === 0 && finding.events.length === 0 && finding.change === 'changed') {
    const { from, to } = finding.sha256;
    lines.push(`  no figure's value and no event's date changed${from !== to ? `; the rest of its content did: provenance (a source, attribution, quote or locator), a label, a relation or a gap (sha256 ${from?.slice(0, 12)}… → ${to?.slice(0, 12)}…)` : ''}`);
  }
  return lines;
}

/**
 * A verify report as text, as `azerbaijan-data verify` prints it: one line when the data is
 * what was locked; else how many datasets differ, then for each its explanation (the release
 * whose CHANGELOG.md entry explains it, or that it was altered outside a release) and each figure
 * and event added, changed (old → new) or dropped.
 */
export function reportText(report: VerifyReport, lockfile = 'the lockfile'): string {
  const written = `written from ${report.locked.package.name} ${report.locked.package.version}`;
  if (report.ok) return `The installed data is what ${lockfile} locked: ${plural(report.datasets, 'dataset')} (${written}).\n`;
  const header = `${report.findings.length} of ${plural(report.datasets, 'locked dataset')} differ${report.findings.length === 1 ? 's' : ''} from ${lockfile} (${written}):`;
  return `${[header, '', ...report.findings.flatMap(findingLines)].join('\n')}\n`;
}
