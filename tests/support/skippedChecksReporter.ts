import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { howToPoint, lookUp, openDataDir, openDataLookup, projectRoot, sourcesLookup, standardsLookup } from './seeds.js';
import type { Lookup } from './seeds.js';

/**
 * Ends a run in which checks were skipped for want of the source documents, the open-data
 * extracts or the standards profiles with one line: which test files skipped how many checks, and how to point the tests
 * at the folders. Silent when every folder was found.
 */
export default class SkippedChecksReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const line = skippedChecksLine(testModules, missingFolders(process.env));
    if (line !== undefined) process.stdout.write(`${line}\n`);
    const programs = skippedProgramsLine(testModules);
    if (programs !== undefined) process.stdout.write(`${programs}\n`);
  }
}

/**
 * The line for the checks skipped for want of a program (tests/support/tools.ts: their names
 * end in "(skipped: … not found …)"), or undefined when none was.
 */
export function skippedProgramsLine(testModules: ReadonlyArray<TestModule>): string | undefined {
  const files: string[] = [];
  const reasons = new Set<string>();
  let total = 0;
  for (const m of testModules) {
    const skipped = [...m.children.allTests('skipped')].flatMap((t) => {
      const reason = / \(skipped: (.* not found \(Debian: [^)]*\))\)$/.exec(t.name)?.[1];
      return reason === undefined ? [] : [reason];
    });
    if (skipped.length === 0) continue;
    for (const r of skipped) reasons.add(r);
    total += skipped.length;
    files.push(`${relative(projectRoot, m.moduleId)} (${skipped.length})`);
  }
  if (total === 0) return undefined;
  return `Skipped ${total} checks, for want of programs: ${[...reasons].join('; ')}: ${files.join(', ')}. CI (.ci/run) installs them, and fails where one is missing.`;
}

/** The lookups that find no folder. */
export function missingFolders(env: NodeJS.ProcessEnv): Lookup[] {
  return [sourcesLookup, openDataLookup, standardsLookup].filter((l) => {
    try {
      return l === openDataLookup ? openDataDir(env) === undefined : lookUp(l, env) === undefined;
    } catch {
      return false; // a variable naming no folder fails the tests themselves, loudly
    }
  });
}

/** The line, or undefined when no folder is missing or no check was skipped. */
export function skippedChecksLine(testModules: ReadonlyArray<TestModule>, missing: readonly Lookup[]): string | undefined {
  if (missing.length === 0) return undefined;
  const files: string[] = [];
  let total = 0;
  for (const m of testModules) {
    const skipped = [...m.children.allTests('skipped')].length;
    if (skipped === 0) continue;
    total += skipped;
    files.push(`${relative(projectRoot, m.moduleId)} (${skipped})`);
  }
  if (total === 0) return undefined;
  const what = missing.map((l) => l.what).join(' and ');
  return `Skipped ${total} checks, for want of ${what}: ${files.join(', ')}. To run them, ${missing.map(howToPoint).join('; ')}.`;
}
