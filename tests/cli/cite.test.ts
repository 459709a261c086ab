import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cite, datasets } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';

// `azerbaijan-data cite <id> [<figure>] [--format text|csl|bibtex]`, run in process.

const root = new URL('../..', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
const migration = datasets.find((d) => d.id === 'international-migration')!;

describe('azerbaijan-data cite', () => {
  it('prints a dataset\'s citation as text by default: the dataset at its version, its document, the body it cites, the library', () => {
    const { stdout, stderr, code } = run(['cite', 'international-migration']);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toContain(`${migration.title} (version ${migration.version})`);
    expect(stdout).toContain('Country report on migration in Azerbaijan');
    expect(stdout).toContain('State Statistics Committee of the Republic of Azerbaijan');
    expect(stdout).toContain('http://www.azstat.org/');
    expect(lines.at(-1)).toContain(`azerbaijan-data: typed, versioned, source-cited datasets on Azerbaijan (version ${version})`);
    expect(stdout).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('--format csl prints CSL-JSON that Citation.js reads', () => {
    const { stdout, code } = run(['cite', 'landmine-casualties', '--format', 'csl']);
    expect(code).toBe(0);
    const items = new Cite(JSON.parse(stdout)).data as { title: string; type: string; URL?: string }[];
    expect(items[0]!.type).toBe('dataset');
    expect(items.some((i) => i.URL === 'http://archives.the-monitor.org/index.php/publications/display?url=lm/2000/azerbaijan.html')).toBe(true);
    expect(items.at(-1)!.type).toBe('software');
  });

  it('-f bibtex prints BibTeX that Citation.js reads, with the dataset\'s title', () => {
    const { stdout, code } = run(['cite', 'humanitarian-aid-2023', '-f', 'bibtex']);
    expect(code).toBe(0);
    const items = new Cite(stdout).data as { title: string }[];
    expect(items[0]!.title).toBe(datasets.find((d) => d.id === 'humanitarian-aid-2023')!.title);
    expect(items.map((i) => i.title)).toContain('Nagorno-Karabakh: Azerbaijan sends humanitarian aid');
  });

  it('cites a source by its id too', () => {
    const { stdout, code } = run(['cite', 'dw-2023-09-22-azerbaijan-humanitarian-aid']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nagorno-Karabakh: Azerbaijan sends humanitarian aid (2023-09-22). DW (Deutsche Welle). https://www.dw.com/en/nagorno-karabakh-azerbaijan-sends-humanitarian-aid/a-66895113');
  });

  it('an unknown id, a missing id, an unknown format, an unknown option or a second argument exit 2 with a message', () => {
    const unknown = run(['cite', 'no-such-dataset']);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toMatch(/^azerbaijan-data: unknown dataset "no-such-dataset"\./);
    expect(run(['cite', 'international-migratoin']).stderr).toContain('Did you mean "international-migration"');
    const missing = run(['cite']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cite needs a dataset id');
    const format = run(['cite', 'international-migration', '--format', 'ris']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('azerbaijan-data: unknown format "ris". The formats are "text", "csl" and "bibtex"\n');
    const option = run(['cite', 'international-migration', '--output', 'x.txt']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('cite has no option --output');
    const extra = run(['cite', 'international-migration', 'net-migration-2010', 'net-migration-2009']);
    expect(extra.code).toBe(2);
    expect(extra.stderr.replace(/\s+/g, ' ')).toContain('cite takes at most two arguments (a dataset id, then a figure id), received "international-migration", "net-migration-2010" and "net-migration-2009"');
  });

  it('has its own --help and is named in the main help', () => {
    const own = run(['cite', '--help']);
    expect([own.code, own.stderr]).toEqual([0, '']);
    expect(own.stdout).toMatch(/^Usage: azerbaijan-data cite <id> \[<figure>\] \[--format text\|csl\|bibtex\]/);
    expect(run(['--help']).stdout).toMatch(/^ {2}cite <id> \[<figure>\] /m);
  });
});

describe('azerbaijan-data cite <dataset> <figure>', () => {
  const remittances = datasets.find((d) => d.id === 'remittance-flows')!;

  it('cites one observation: its original publication with the locator, then the dataset and the library, as cite(dataset, id) does', () => {
    const { stdout, stderr, code } = run(['cite', 'remittance-flows', 'inward-remittances-2003']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(cite(remittances, 'inward-remittances-2003').text);
    // the World Bank's Factbook, as cited in the country report, at Table 5, column 2003
    expect(stdout.split('\n')[0]).toMatch(/^World Bank \(2011\)\. Migration and Remittances Factbook 2011/);
    expect(stdout).toContain('column "2003"');
    expect(stdout).toContain('Observation inward-remittances-2003');
    expect(stdout).not.toBe(run(['cite', 'remittance-flows']).stdout);
  });

  it('cites an event by its id, in every format', () => {
    const d = datasets.find((x) => x.events.length > 0)!;
    const event = d.events[0]!;
    const { stdout, code } = run(['cite', d.id, event.id, '--format', 'csl']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(cite(d, event.id).csl)));
    expect(run(['cite', d.id, event.id, '-f', 'bibtex']).stdout).toBe(cite(d, event.id).bibtex);
  });

  it('a misspelt figure id exits 2 naming the closest ids of that dataset, never an internal error', () => {
    const r = run(['cite', 'remittance-flows', 'inward-remitances-2003']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    const message = r.stderr.replace(/\s+/g, ' ');
    expect(message).toContain('dataset "remittance-flows" has no observation or event "inward-remitances-2003". Did you mean "inward-remittances-2003"');
    expect(message).toContain('"azerbaijan-data show remittance-flows --json" names them all');
    expect(r.stderr).not.toContain('internal error');
    // an id of another dataset is not a figure of this one
    expect(run(['cite', 'remittance-flows', 'net-migration-2010']).code).toBe(2);
  });

  it('a figure id after a source id exits 2 and says that a figure follows a dataset', () => {
    const r = run(['cite', 'dw-2023-09-22-azerbaijan-humanitarian-aid', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('is a source; a figure id follows a dataset id');
  });
});
