import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import { run } from '../../src/cli/run.js';
import { terminalWidth } from '../../src/cli/terminalWidth.js';
import { closestNames } from '../../src/cli/closestNames.js';
import { editDistance } from '../../src/helpers/editDistance.js';
import { wrapText } from '../../src/cli/wrapText.js';
import { textTable } from '../../src/cli/textTable.js';

// The command line as scripts and narrow terminals use it, run in process.

const lengths = (text: string): number[] => text.split('\n').map((l) => [...l].length);
const widest = (text: string): number => Math.max(0, ...lengths(text));
const measureIds: string[] = [...new Set(datasets.flatMap((d) => d.observations.map((o) => o.measure)))];
/** The lines of a text longer than `width` code points (a line of no more UTF-16 units has no more code points). */
const linesOver = (text: string, width: number): string[] => text.split('\n').filter((l) => l.length > width && [...l].length > width);

/**
 * What run() prints for these arguments at this width (none: the default), run once for every
 * test that reads it: run() is a function of its arguments (show of every dataset at three widths
 * serves the width tests and the whole-id tests alike).
 */
const printed = new Map<string, ReturnType<typeof run>>();
function runOnce(args: string[], width?: number): ReturnType<typeof run> {
  const key = JSON.stringify([args, width ?? null]);
  let r = printed.get(key);
  if (r === undefined) printed.set(key, (r = run(args, width === undefined ? {} : { width })));
  return r;
}

describe('--json', () => {
  it('list --json is one JSON document: every dataset with its counts and measures, nothing on stderr', () => {
    const { stdout, stderr, code } = run(['list', '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const doc = JSON.parse(stdout) as { datasets: { id: string; title: string; topic: string; version: string; sha256: string; observations: number; events: number; gaps: number; measures: string[] }[] };
    expect(doc.datasets.map((d) => d.id)).toEqual(datasets.map((d) => d.id));
    for (const d of datasets) {
      const entry = doc.datasets.find((e) => e.id === d.id)!;
      expect(entry).toEqual({
        id: d.id, title: d.title, topic: d.topic, version: d.version, sha256: d.sha256,
        observations: d.observations.length, events: d.events.length, gaps: d.gaps.length,
        measures: d.measures.map((m) => m.id),
      });
    }
  });

  it('show --json is the dataset object, the document of export --format json, with the events of other datasets in its periods', () => {
    for (const d of [datasets[0]!, datasets.at(-1)!]) {
      const { stdout, stderr, code } = run(['show', d.id, '--json']);
      expect([code, stderr]).toEqual([0, '']);
      const { eventsInPeriods, ...dataset } = JSON.parse(stdout) as { eventsInPeriods: unknown[] };
      expect(Array.isArray(eventsInPeriods)).toBe(true);
      expect(dataset).toEqual(JSON.parse(JSON.stringify(d)));
      expect(dataset).toEqual(JSON.parse(run(['export', d.id, '--format', 'json']).stdout));
    }
  });

  it('compare --json lists every statement of the measure with its dataset, figure and source', () => {
    const { stdout, stderr, code } = run(['compare', 'idps', '--json']);
    expect([code, stderr]).toEqual([0, '']);
    type Est = { datasetId: string; observationId: string; period: string; qualifier: string; wording: string | null; interval: [number, number]; point: number | null; source: string; attribution: string | null };
    type Group = { period: string; dimensions: Record<string, string>; statements: string[]; min: number | null; median: number | null; max: number | null };
    const doc = JSON.parse(stdout) as { measure: string; label: string; statements: number; datasets: string[]; newestPeriod: string; comparisons: { unit: string; groups: Group[]; series: unknown[]; estimates: Est[] }[] };
    expect(doc.measure).toBe('idps');
    const estimates = doc.comparisons.flatMap((c) => c.estimates);
    expect(estimates.length).toBe(doc.statements);
    expect(new Set(estimates.map((e) => e.datasetId))).toEqual(new Set(doc.datasets));
    for (const e of estimates) {
      const o = datasets.find((d) => d.id === e.datasetId)?.observations.find((x) => x.id === e.observationId);
      expect(o?.measure, `${e.datasetId}/${e.observationId}`).toBe('idps');
      expect([e.period, e.qualifier, e.source, e.attribution, e.wording]).toEqual([o!.period, o!.qualifier, o!.source, o!.attribution ?? null, o!.wording ?? null]);
    }
    // every group holds statements of one period and dimensions; the documents' four periods are
    // among them, the yearly series stand as series, and the newest period is 2025 (UNHCR's tables
    // of version 2025.12.1: idmc--aze.csv and the idps column of population--aze.csv)
    const persons = doc.comparisons.find((c) => c.unit === 'persons')!;
    const periods = persons.groups.map((g) => g.period);
    for (const p of ['2002', '2006', '2007-03', '2008-02']) expect(periods).toContain(p);
    const groupKeys = persons.groups.map((g) => `${g.period} ${JSON.stringify(g.dimensions)}`);
    expect(new Set(groupKeys).size).toBe(groupKeys.length);
    // the lowest figure of a shared period: IDMC's 2013 stock, unrounded in the GIDD (the WDI carries it as 543,000)
    expect(Math.min(...persons.groups.map((g) => g.min ?? Infinity))).toBe(543400);
    expect(persons.series.length).toBeGreaterThanOrEqual(2);
    expect(doc.newestPeriod).toBe('2025');
    expect(persons.estimates.find((e) => e.wording === 'up to')?.interval).toEqual([0, 700000]);
    // the text mode names the same statements
    const text = run(['compare', 'idps'], { width: 400 }).stdout;
    for (const e of estimates) expect(text).toContain(`${e.datasetId}/${e.observationId}`);
  });

  it('--json is refused where it means nothing (export) with a usage error', () => {
    const r = run(['export', datasets[0]!.id, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('export has no option --json');
  });
});

describe('counts and footers go to standard error', () => {
  it('list: the table on stdout, "N datasets" on stderr only', () => {
    const { stdout, stderr, code } = run(['list']);
    expect(code).toBe(0);
    expect(stderr).toBe(`${datasets.length} datasets\n`);
    expect(stdout).not.toMatch(/datasets\s*$/);
    // every line of stdout after the header and rule starts a dataset with its id, or carries on its title
    const ids = stdout.trimEnd().split('\n').slice(2).filter((l) => !l.startsWith(' ')).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(datasets.map((d) => d.id));
  });

  it('show: the counts of observations, gaps and events on stderr', () => {
    const d = datasets.find((x) => x.gaps.length > 0 && x.events.length > 0) ?? datasets.find((x) => x.gaps.length > 0)!;
    const { stdout, stderr } = run(['show', d.id]);
    expect(stderr).toBe(`${d.observations.length} observations, ${d.gaps.length} gaps, ${d.events.length} events\n`);
    expect(stdout).not.toContain(' observations, ');
  });

  it('compare: the numbers of statements and datasets on stderr', () => {
    const { stdout, stderr } = run(['compare', 'idps']);
    // a statement carried by several releases (IDMC's stock in the GIDD, the WDI and UNHCR's table) counts once
    expect(stderr).toMatch(/^\d+ statements in \d+ datasets;\s\d+ figures in \d+ datasets, a statement carried by several\sreleases\scounted once\n$/);
    expect(stdout).not.toMatch(/statements in/);
  });
});

describe('output fits the width', () => {
  const outputs = (width?: number): [string, string][] => {
    const runs: string[][] = [['list'], ...datasets.map((d) => ['show', d.id]), ...['idps', 'refugees', 'net-migration', 'remittance-inflows'].filter((m) => measureIds.includes(m)).map((m) => ['compare', m]),
      ['show', 'international-migratoin'], ['show'], ['compare'], ['compare', 'net-migratoin']];
    return runs.map((args) => {
      const r = runOnce(args, width);
      return [args.join(' '), r.stdout + r.stderr];
    });
  };

  it('every line of every command fits 100 columns by default (list was 232, compare about 250), but for an id longer than the line, whole on its own', () => {
    // one id is longer than 100 columns: UNHCR's demographics name a location (106 characters,
    // "population-by-sex-and-age-az-ba-ooc-entity-federation-of-bosnia-and-herzegovina-admin-1-…")
    const texts = outputs();
    const over = texts.flatMap(([args, text]) => linesOver(text, 100).filter((l) => !/^\s*\S+$/.test(l)).map((l) => `${args}: ${[...l].length}`));
    expect(over).toEqual([]);
    expect(texts.filter(([, text]) => linesOver(text, 100).length > 0).map(([args]) => args)).toEqual(['show unhcr-demographics-2025']);
  });

  it('every line fits a narrower width when run() is given one (60, 40), but for an id or hash longer than the line, which stands whole on its own', () => {
    for (const width of [60, 40]) {
      const over = outputs(width).flatMap(([args, text]) => linesOver(text, width).filter((l) => !/^\s*\S+$/.test(l)).map((l) => `${args}: ${l}`));
      expect(over, `width ${width}`).toEqual([]);
    }
    // the 64 hex digits of a hash are longer than 60 columns: kept whole, on their own line
    const d = datasets[0]!;
    expect(run(['show', d.id], { width: 60 }).stdout.split('\n')).toContain(d.sha256);
  });

  it('the help texts fit 100 columns', () => {
    for (const args of [['--help'], ...['list', 'show', 'export', 'compare', 'cite', 'places'].map((c) => [c, '--help'])]) {
      expect(widest(run(args).stdout), args.join(' ')).toBeLessThanOrEqual(100);
    }
  });

  it('a wide terminal gets whole titles, one dataset a line', () => {
    const { stdout } = run(['list'], { width: 400 });
    for (const d of datasets) expect(stdout).toMatch(new RegExp(`^${d.id} .*${d.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('at 100 columns list shows every title whole, wrapped in its column, never cut with "…"', () => {
    const { stdout } = run(['list']);
    expect(stdout).not.toContain('…');
    const [header = '', , ...lines] = stdout.trimEnd().split('\n');
    const at = header.indexOf('title');
    // the title column of each row and of the lines that carry it on, joined
    const titles: string[] = [];
    for (const line of lines) {
      if (!line.startsWith(' ')) titles.push('');
      titles[titles.length - 1] = `${titles.at(-1)} ${line.slice(at)}`.trim();
    }
    expect(titles).toEqual(datasets.map((d) => d.title));
    expect(lines.length).toBeGreaterThan(datasets.length);
  });

  it('at 60 columns list gives each dataset a block, its id first and its whole title', () => {
    const { stdout } = run(['list'], { width: 60 });
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(datasets.map((d) => d.id));
    blocks.forEach((b, i) => {
      const title = b.slice(b.indexOf('  title  ')).replace(/^ {2}title/, '').replace(/\s+/g, ' ').trim();
      expect(title).toBe(datasets[i]!.title);
    });
  });

  it('show wraps long cells instead of cutting them: every word of every event label is printed', () => {
    const d = [...datasets].sort((a, b) => b.events.length - a.events.length)[0]!;
    const { stdout } = run(['show', d.id], { width: 60 });
    const words = new Set(stdout.split(/\s+/));
    for (const e of d.events) for (const w of e.label.split(/\s+/)) expect(words.has(w) || stdout.includes(w), w).toBe(true);
  });

  it('show says a unit or source that every observation shares once, above the table, and names the numbered sources', () => {
    const d = datasets.find((x) => x.observations.length > 1 && new Set(x.observations.map((o) => o.source)).size === 1 && new Set(x.observations.map((o) => o.unit)).size > 1)!;
    const { stdout } = run(['show', d.id]);
    const index = d.sources.findIndex((s) => s.id === d.observations[0]!.source) + 1;
    expect(stdout).toMatch(new RegExp(`^Every observation: .*source \\[${index}\\]`, 'm'));
    expect(stdout).toContain(`[${index}] ${d.sources[index - 1]!.id}: `);
    const header = run(['show', d.id], { width: 400 }).stdout.split('\n').find((l) => l.startsWith('id '))!;
    expect(header).toMatch(/\bunit\b/);
    expect(header).not.toMatch(/\bsource\b/);
  });

  it('run() refuses a width that is not a positive whole number, and lays out at least 40 columns', () => {
    expect(() => run(['list'], { width: 0 })).toThrow(TypeError);
    expect(() => run(['list'], { width: 80.5 })).toThrow(/options\.width/);
    expect(widest(run(['list'], { width: 10 }).stdout)).toBeLessThanOrEqual(40);
  });

  it('the bin takes $COLUMNS, else the terminal width when stdout is a terminal (100 if it does not say), else no limit', () => {
    expect(terminalWidth({ isTTY: false, columns: 300 }, {})).toBe(Number.MAX_SAFE_INTEGER);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '72' })).toBe(72);
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(terminalWidth({ isTTY: true }, {})).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '72' })).toBe(72);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(Number.MAX_SAFE_INTEGER);
    expect(terminalWidth({ isTTY: true, columns: 20 }, {})).toBe(40);
  });

  it('piped, list keeps each dataset on one line with its whole title (it squeezed titles to 20 columns)', () => {
    const { stdout } = run(['list'], { width: terminalWidth({ isTTY: false }, {}) });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(datasets.length + 2);
    for (const d of datasets) expect(stdout).toMatch(new RegExp(`^${d.id} .*${d.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
});

describe('ids are never broken across lines', () => {
  /** The words of an output, split at spaces and after slashes, without the punctuation around an id. */
  const words = (text: string): Set<string> => new Set(text.split(/\s+/).flatMap((w) => w.split('/')).map((w) => w.replace(/^[[("]+|[\]),:;"]+$/g, '')));
  const widths = [100, 60, 40];

  it('compare keeps every dataset id and observation id whole (it printed "idps-government-" / "2007-03")', () => {
    const missing: string[] = [];
    for (const measure of ['idps', 'refugees', 'net-migration']) {
      for (const width of widths) {
        const out = words(runOnce(['compare', measure], width).stdout);
        for (const d of datasets) for (const o of d.observations.filter((x) => x.measure === measure)) {
          if (!out.has(d.id)) missing.push(`${measure} at ${width}: ${d.id}`);
          if (!out.has(o.id)) missing.push(`${measure} at ${width}: ${o.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('show keeps every observation id, measure id and source id whole, at any width', () => {
    for (const d of datasets) {
      for (const width of widths) {
        const out = words(runOnce(['show', d.id], width).stdout);
        const missing = [...d.observations.flatMap((o) => [o.id, o.measure]), ...d.sources.map((x) => x.id), d.sha256].filter((id) => !out.has(id));
        expect(missing, `show ${d.id} at ${width}`).toEqual([]);
      }
    }
  });

  it('list keeps every dataset id and topic whole, at any width', () => {
    for (const width of widths) {
      const out = words(run(['list'], { width }).stdout);
      expect(datasets.flatMap((d) => [d.id, d.topic]).filter((id) => !out.has(id)), `list at ${width}`).toEqual([]);
    }
  });
});

describe('did you mean, for commands and options', () => {
  it('list --jsn names --json (it got no suggestion)', () => {
    const r = run(['list', '--jsn']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.replace(/\s+/g, ' ')).toBe('azerbaijan-data: list has no option --jsn. Did you mean --json? See "azerbaijan-data list --help". ');
  });

  it('a misspelt option gets the closest of the options its command takes', () => {
    expect(run(['show', 'international-migration', '--josn']).stderr).toContain('Did you mean --json?');
    expect(run(['export', 'international-migration', '--fromat', 'csv']).stderr).toContain('Did you mean --format?');
    expect(run(['export', 'international-migration', '--ouptut', 'x.csv']).stderr).toContain('Did you mean --output?');
    expect(run(['cite', 'international-migration', '--formt', 'csl']).stderr).toContain('Did you mean --format?');
    expect(run(['compare', 'idps', '--hlep']).stderr).toContain('Did you mean --help?');
  });

  it('an option of another command, or far from every option, gets no guess but where the options are', () => {
    const other = run(['export', 'international-migration', '--json']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('export has no option --json.');
    expect(other.stderr).not.toContain('Did you mean');
    const far = run(['list', '--zzzzzz']);
    expect(far.stderr).toContain('list has no option --zzzzzz. See "azerbaijan-data list --help".');
    expect(run(['list', '-x']).stderr).toContain('list has no option -x.');
  });

  it('a misspelt command names the closest commands', () => {
    const r = run(['lsit']);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('unknown command "lsit". Did you mean "list"? The commands are "list", "show", "export", "compare", "cite", "places", "lock" and "verify"');
  });
});

describe('did you mean', () => {
  it('an unknown dataset id gets the closest ids, not the whole list', () => {
    const { stdout, stderr, code } = run(['show', 'international-migratoin']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('unknown dataset "international-migratoin"');
    expect(stderr).toContain('Did you mean "international-migration"');
    expect(stderr).toContain('azerbaijan-data list');
    const named = datasets.filter((d) => stderr.includes(`"${d.id}"`));
    expect(named.length).toBeGreaterThanOrEqual(1);
    expect(named.length).toBeLessThanOrEqual(3);
    expect(stderr.length).toBeLessThan(300);
    expect(run(['export', 'internatonal-migration']).stderr).toContain('"international-migration"');
  });

  it('an unknown measure gets the closest measures', () => {
    const { stderr, code } = run(['compare', 'net-migratoin']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown measure "net-migratoin". Did you mean "net-migration"');
    expect(measureIds.filter((m) => stderr.includes(`"${m}"`)).length).toBeLessThanOrEqual(3);
  });

  it('a name far from every id gets no guess, only where the list is', () => {
    const { stderr } = run(['show', 'zzzzzzzzzzzz']);
    expect(stderr).toContain('No dataset has a similar name');
    expect(datasets.filter((d) => stderr.includes(`"${d.id}"`))).toEqual([]);
  });

  it('editDistance counts insertions, deletions and substitutions; closestNames ranks by it', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('migratoin', 'migration')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestNames('idsp', ['refugees', 'idps', 'ids', 'arrivals'])).toEqual(['ids', 'idps']);
    expect(closestNames('x', ['refugees', 'idps'])).toEqual([]);
    expect(closestNames('a', ['ab', 'ac', 'ad', 'ae'], 2)).toEqual(['ab', 'ac']);
  });
});

describe('--help shows all of it', () => {
  it('names --json on list, show and compare, the JSON shapes, standard error and the width', () => {
    const main = run(['--help']).stdout;
    for (const word of ['--json', 'standard error', '100 columns', 'did you mean', '--period', '--<dimension> <code>', 'places']) expect(main).toContain(word);
    for (const command of ['list', 'show', 'compare', 'places']) expect(run([command, '--help']).stdout).toContain('--json');
    for (const command of ['show', 'export', 'compare']) expect(run([command, '--help']).stdout).toContain('--period <years>');
    expect(run(['list', '--help']).stdout).toContain('"datasets"');
    expect(run(['compare', '--help']).stdout).toContain('"estimates"');
  });
});

describe('the layout helpers', () => {
  it('wrapText breaks at spaces, then after a slash, never inside an id, a hash or a number', () => {
    expect(wrapText('one two three', 7)).toEqual(['one two', 'three']);
    // an id longer than the width stands whole on its own line (it was cut after each hyphen)
    expect(wrapText('see migration-country-report-azerbaijan now', 12)).toEqual(['see', 'migration-country-report-azerbaijan', 'now']);
    expect(wrapText('abcdefgh', 3)).toEqual(['abcdefgh']);
    expect(wrapText('1,043,000,000', 5)).toEqual(['1,043,000,000']);
    // dataset/observation breaks between the two ids
    expect(wrapText('idp-estimates-idmc/idps-government-2007-03', 30)).toEqual(['idp-estimates-idmc/', 'idps-government-2007-03']);
    expect(wrapText('a/b/c', 4)).toEqual(['a/b/', 'c']);
    expect(() => wrapText('a', 0)).toThrow(RangeError);
  });

  it('textTable shrinks the wrap columns before the kept ones, never below the longest id of a column', () => {
    const table = textTable(['id', 'title'], [['a-long-identifier', 'A title of several words that is long']], { width: 40, fit: ['keep', 'wrap'] });
    expect(table).toBe('id                 title\n-----------------  ---------------------\na-long-identifier  A title of several\n                   words that is long\n');
    const wrapped = textTable(['id', 'title'], [['x', 'alpha beta gamma delta']], { width: 14, fit: ['keep', 'wrap'] });
    expect(wrapped).toBe('id  title\n--  ----------\nx   alpha beta\n    gamma\n    delta\n');
    // the wrapped column gives way, down to its longest word; the id stays whole
    const ids = textTable(['id', 'note'], [['idps-government-2007-03', 'a note of some words']], { width: 30, fit: ['keep', 'wrap'] });
    expect(ids.split('\n').slice(1, 4)).toEqual(['-----------------------  -----', 'idps-government-2007-03  a', '                         note']);
    expect(widest(ids)).toBe(30);
  });

  it('textTable makes each row a block where the columns cannot stand side by side without breaking an id', () => {
    const rows = [['idp-estimates-idmc/idps-government-2007-03', 'Government of the Republic of Azerbaijan', '687,000']];
    const table = textTable(['observation', 'attribution', 'value'], rows, { width: 30, fit: ['wrap', 'wrap', 'keep'] });
    expect(table).toBe(
      'idp-estimates-idmc/\nidps-government-2007-03\n  attribution  Government of\n               the Republic of\n               Azerbaijan\n  value        687,000\n',
    );
    // an id too long to stand beside its heading stands under it
    const under = textTable(['id', 'dimensions'], [['a', 'motivation=normal-food-and-clothing']], { width: 30, fit: ['keep', 'wrap'] });
    expect(under).toBe('a\n  dimensions\n    motivation=normal-food-and-clothing\n');
  });
});
