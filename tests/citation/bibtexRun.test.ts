import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it as plainIt } from 'vitest';
import { cite, datasets, estimates, sources } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';
import { citationOf } from '../support/citations.js';
import { bibtex, itWith } from '../support/tools.js';

// Issue 25, part 1: classic BibTeX itself reads every entry cite() writes, with the standard
// style plain.bst, and says nothing: no "to sort, need author or key", no "empty year", no
// "empty journal". Run on every source, every dataset and every figure (observation and event)
// of every dataset, each entry once; the printed bibliography (.bbl) shows a body as the author.

const all = datasets as readonly Dataset[];
const citations = [
  ...sources.map((s) => cite(s)),
  ...all.flatMap((d) => [cite(d), ...[...d.observations, ...d.events].map((f) => citationOf(d, f.id))]),
];
/** Each distinct entry once, its key made unique (`e12-idmc`), so that BibTeX keeps them all. */
const entries = [...new Set(citations.flatMap((c) => c.bibtex.split(/\n(?=@)/).map((e) => e.trim())))].map((e, i) => e.replace(/^@(\w+)\{([^,]+),/, (_m, type: string, key: string) => `@${type}{e${i}-${key},`));
const keyOf = (entry: string): string => /^@\w+\{([^,]+),/.exec(entry)![1]!;

const dir = mkdtempSync(join(tmpdir(), 'azerbaijan-data-bibtex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs bibtex with plain.bst over the entries, citing every one (`\nocite{*}`): its output and the .bbl it writes. */
function runBibtex(command: string, bib: readonly string[]): { status: number | null; log: string; bbl: string } {
  writeFileSync(join(dir, 'refs.bib'), `${bib.join('\n\n')}\n`);
  writeFileSync(join(dir, 'doc.aux'), '\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n');
  const out = spawnSync(command, ['doc'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: out.status, log: `${out.stdout}${out.stderr}`, bbl: readFileSync(join(dir, 'doc.bbl'), 'utf8') };
}

describe('BibTeX (plain.bst) over every entry cite() writes', () => {
  const it = itWith(bibtex());

  it(`reads all ${entries.length} distinct entries of ${citations.length} citations without a warning or an error`, (command) => {
    expect(citations.length).toBeGreaterThan(1000);
    const { status, log, bbl } = runBibtex(command, entries);
    expect(log.split('\n').filter((line) => /warning|error|illegal|I'm skipping/i.test(line))).toEqual([]);
    expect(status).toBe(0);
    expect(bbl.match(/^\\bibitem\{/gm)?.length).toBe(entries.length);
  });

  it('a control: an entry without author, key or year, and an @article without a journal, are warned about', (command) => {
    const { log } = runBibtex(command, ['@misc{nobody,\n  title = {{A title}}\n}', '@article{nojournal,\n  author = {{World Bank}},\n  title = {{A title}},\n  year = {2011}\n}']);
    expect(log).toContain('Warning--to sort, need author or key in nobody');
    expect(log).toContain('Warning--empty journal in nojournal');
  });

  it('prints a body as the author, the year of publication, and what plain.bst would otherwise drop (publisher, address)', (command) => {
    const wdi = cite(all.find((d) => d.id === 'wdi-idps-idmc')!, 'idps-2022' as never).bibtex;
    const { bbl } = runBibtex(command, [wdi]);
    const item = (key: string): string => new RegExp(`\\\\bibitem\\{${key}\\}\\n([\\s\\S]*?)(?=\\n\\n|$)`).exec(bbl)?.[1] ?? '';
    // the World Bank as the author of its release, with the release's year (2025), not the figure's (2022)
    expect(item('world-bank-wdi-2025')).toMatch(/^\{World Bank\}\.\n\\newblock \{World Development Indicators\}, 2025\./);
    // IDMC, a body with no publication: no year at all; the figure's year only in the note
    expect(item('idmc')).toMatch(/^\{Internal Displacement Monitoring Centre \(IDMC\)\}\./);
    expect(item('idmc')).not.toMatch(/, 2022\.|\(2022\)/);
    expect(item('idmc')).toContain('figure for 2022');
    const factbook = cite(sources.find((s) => s.id === 'world-bank-factbook-2011')!).bibtex;
    const printed = runBibtex(command, [factbook]).bbl;
    expect(printed).toContain('{World Bank}.');
    expect(printed.replace(/\s+/g, ' ')).toContain('\\url{http://siteresources.worldbank.org/INTLAC/Resources/Factbook2011-Ebook.pdf}');
  });

  it('a statement of estimates() is an entry like its figure\'s', (command) => {
    const statement = estimates('idps', all).at(-1)!;
    const { log } = runBibtex(command, [cite(statement).bibtex]);
    expect(log).not.toMatch(/Warning/);
  });

  plainIt('every key of the run is a key cite() wrote', () => {
    const written = new Set(citations.flatMap((c) => [...c.bibtex.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]!)));
    expect(entries.map((e) => keyOf(e).replace(/^e\d+-/, '')).filter((key) => !written.has(key))).toEqual([]);
  });
});
