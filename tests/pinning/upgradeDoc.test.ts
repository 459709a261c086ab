import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

// Issue 24, part 3: docs/data-versions.md walks an upgrade on a real example from the history
// (examples/upgrade/azerbaijan-data.lock.json, the data before eight datasets' 1.0.0 → 1.0.1
// corrections); the output it shows is what `verify` prints.

const root = new URL('../..', import.meta.url).pathname;
const page = readFileSync(`${root}docs/data-versions.md`, 'utf8');

/** The text block of the page that starts with `$ <command>`: the command's arguments and the output shown. */
function shownRun(command: string): { args: string[]; output: string } {
  const start = page.indexOf(`\`\`\`text\n$ ${command}`);
  expect(start, `docs/data-versions.md shows "$ ${command}"`).toBeGreaterThan(-1);
  const body = page.slice(start + '```text\n'.length, page.indexOf('\n```', start + 8) + 1);
  const [first, ...rest] = body.split('\n');
  return { args: first!.replace(/^\$ npx azerbaijan-data /, '').split(' '), output: rest.join('\n') };
}

describe('docs/data-versions.md: an upgrade, end to end', () => {
  it('shows what verify prints on the lockfile written before the corrections, and it fails', () => {
    const { args, output } = shownRun('npx azerbaijan-data verify examples/upgrade/azerbaijan-data.lock.json');
    const r = run(args);
    expect(r.code).toBe(1);
    expect(output).toBe(r.stdout);
    // the real example: eight datasets moved 1.0.0 → 1.0.1, each with the release that explains it
    expect(r.stdout.match(/: version 1\.0\.0 → 1\.0\.1; see CHANGELOG\.md, release \S+\n/g)).toHaveLength(8);
  });

  it('holds a lockfile of the data as it stood at the commit before the corrections', () => {
    const lock = JSON.parse(readFileSync(`${root}examples/upgrade/azerbaijan-data.lock.json`, 'utf8')) as { datasets: Record<string, { version: string }> };
    expect(lock.datasets['landmine-casualties']!.version).toBe('1.0.0');
    expect(Object.values(lock.datasets).every((d) => d.version === '1.0.0')).toBe(true);
  });
});
