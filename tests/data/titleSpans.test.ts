import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets } from 'azerbaijan-data';
import type { Dataset } from 'azerbaijan-data';

// Issue 26, item 6: every title states the span it really holds. A span written in a dataset's
// title ("1995–2024", "1990 to 2020", "to 2018") or claimed for a series in its description
// ("each year 1992–2018") is checked against the years the dataset holds, by two rules:
//
// 1. It names a real part of the dataset, exactly: its first and last year are those of one
//    measure's figures, of the dataset's events, or of everything it holds (figures and events,
//    both ends of an interval counted). A title may date a part ("Trafficking victims identified
//    and assisted, 2009–2010, and anti-trafficking policy steps"), never a span no part holds.
// 2. It claims no year after the last year of the headline measure: the first measure the
//    dataset declares that has figures (its events, for a dataset of events only). A reader of
//    "Internally displaced persons …, 2009–2023" expects the IDP figure of 2023; new
//    displacements of 2023 beside a stock that ends in 2022 do not make the title true.
//
// Single years and dates in titles ("1 April 2011", "c. 2002") are the period of one figure and
// not read here; other spans in descriptions (a programme "for 2006-2008", the report of
// "2011–2012") are about the world, not the data, and are not read either.

/**
 * Datasets written by the importer whose titles fail, to be removed once the importer writes
 * them right (the coordinator changes scripts/import; a hand-written dataset never stands here).
 */
const allowed: Readonly<Record<string, string>> = {
};

const year = '(1[89]\\d\\d|20\\d\\d)';
const titleSpan = new RegExp(`(?:${year}\\s*(?:–|-|\\bto\\b)\\s*|\\bto\\s+)${year}\\b`, 'g');
const descriptionSpan = new RegExp(`\\beach year ${year}\\s*(?:–|-|\\bto\\b)\\s*${year}\\b`, 'g');

/** The years of a period or date, both ends of an interval. */
const yearsOf = (period: string): number[] => period.split('/').map((p) => Number(p.slice(0, 4)));
const spanOf = (years: readonly number[]): [number, number] | null => (years.length === 0 ? null : [Math.min(...years), Math.max(...years)]);

/** The spans a dataset may name: each measure's, its events', and the whole dataset's. */
function parts(d: Dataset): { name: string; span: [number, number] }[] {
  const out: { name: string; span: [number, number] }[] = [];
  for (const m of d.measures) {
    const span = spanOf(d.observations.filter((o) => o.measure === m.id).flatMap((o) => yearsOf(o.period)));
    if (span) out.push({ name: `measure ${m.id}`, span });
  }
  const events = spanOf(d.events.flatMap((e) => yearsOf(e.date)));
  if (events) out.push({ name: 'events', span: events });
  const whole = spanOf([...d.observations.flatMap((o) => yearsOf(o.period)), ...d.events.flatMap((e) => yearsOf(e.date))]);
  if (whole) out.push({ name: 'the whole dataset', span: whole });
  return out;
}

/** The last year of the headline measure (the first declared measure with figures), or of the events. */
function headlineEnd(d: Dataset): { name: string; end: number } | null {
  for (const m of d.measures) {
    const span = spanOf(d.observations.filter((o) => o.measure === m.id).flatMap((o) => yearsOf(o.period)));
    if (span) return { name: `headline measure ${m.id}`, end: span[1] };
  }
  const events = spanOf(d.events.flatMap((e) => yearsOf(e.date)));
  return events ? { name: 'events', end: events[1] } : null;
}

/** What is wrong with the spans a dataset's title and description state; empty when nothing is. */
function spanProblems(d: Dataset): string[] {
  const claims = [
    ...[...d.title.matchAll(titleSpan)].map((m) => ({ where: 'title', text: m[0], from: m[1] === undefined ? null : Number(m[1]), to: Number(m[2]) })),
    ...[...d.description.matchAll(descriptionSpan)].map((m) => ({ where: 'description', text: m[0], from: Number(m[1]), to: Number(m[2]) })),
  ];
  const problems: string[] = [];
  const named = parts(d);
  const headline = headlineEnd(d);
  for (const c of claims) {
    const matches = named.filter((p) => (c.from === null || p.span[0] === c.from) && p.span[1] === c.to);
    if (matches.length === 0) problems.push(`${c.where} "${c.text}": no part of the dataset holds that span (${named.map((p) => `${p.name} ${p.span.join('–')}`).join('; ')})`);
    // a span that is exactly one measure's (or the events') dates that part, not the headline
    const datesOnePart = matches.some((p) => p.name !== 'the whole dataset');
    if (headline !== null && c.to > headline.end && !datesOnePart) problems.push(`${c.where} "${c.text}": the ${headline.name} ends in ${headline.end}`);
  }
  return problems;
}

/** The data files a person writes (no "generated" header), by dataset id. */
function handWritten(): Set<string> {
  const root = new URL('../../src/data/', import.meta.url).pathname;
  const ids = new Set<string>();
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(join(root, topic))) {
      const text = readFileSync(join(root, topic, file), 'utf8');
      if (/^\/\/ This file is generated/.test(text)) continue;
      const id = /"id": "([^"]+)"/.exec(text)?.[1];
      if (id) ids.add(id);
    }
  }
  return ids;
}

describe('the span a title or description states is the span the data holds', () => {
  const all = datasets as readonly Dataset[];

  it('reads the spans as written: dashes, "to", "each year"', () => {
    const d = (title: string, description = 'A dataset.'): Dataset =>
      ({ id: 'x', title, description, measures: [{ id: 'm', label: 'm' }], observations: [{ measure: 'm', period: '2009' }, { measure: 'm', period: '2022' }], events: [] }) as unknown as Dataset;
    expect(spanProblems(d('IDPs, 2009–2022'))).toEqual([]);
    expect(spanProblems(d('IDPs, 2009-2022'))).toEqual([]);
    expect(spanProblems(d('IDPs, 2009 to 2022'))).toEqual([]);
    expect(spanProblems(d('IDPs to 2022'))).toEqual([]);
    expect(spanProblems(d('IDPs, 2009–2023'))).toHaveLength(2); // no part ends in 2023, and the headline ends in 2022
    expect(spanProblems(d('IDPs to 2023'))).toHaveLength(2);
    expect(spanProblems(d('IDPs, 2010–2022'))).toHaveLength(1);
    expect(spanProblems(d('IDPs', 'Each figure, each year 2009–2021.'))).toHaveLength(1);
    expect(spanProblems(d('IDPs, 2022', 'The report of 2011–2012.'))).toEqual([]); // not read
    // two measures, each dated by its own span; a span of the whole after the headline's end is not
    const two = (title: string): Dataset =>
      ({ id: 'x', title, description: 'A dataset.', measures: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }], observations: [{ measure: 'a', period: '2009' }, { measure: 'a', period: '2022' }, { measure: 'b', period: '2010' }, { measure: 'b', period: '2023' }], events: [] }) as unknown as Dataset;
    expect(spanProblems(two('A, 2009–2022, and B, 2010–2023'))).toEqual([]);
    expect(spanProblems(two('A and B, 2009–2023'))).toHaveLength(1);
  });

  it('every dataset written by hand states its spans right', () => {
    const hand = handWritten();
    expect(hand.size).toBeGreaterThan(20);
    const wrong = all.filter((d) => hand.has(d.id)).map((d) => [d.id, spanProblems(d)] as const).filter(([, p]) => p.length > 0);
    expect(Object.fromEntries(wrong)).toEqual({});
    for (const id of Object.keys(allowed)) expect(hand.has(id), `${id} is written by hand: fix its title, do not allow it`).toBe(false);
  });

  it('every generated dataset does, but for those the importer is still to fix (and those fail yet)', () => {
    const wrong = Object.fromEntries(all.map((d) => [d.id, spanProblems(d)] as const).filter(([, p]) => p.length > 0));
    const unexpected = Object.keys(wrong).filter((id) => !(id in allowed));
    expect(Object.fromEntries(unexpected.map((id) => [id, wrong[id]]))).toEqual({});
    // an entry that no longer fails is removed, so that the list does not outlive the fix
    for (const id of Object.keys(allowed)) if (all.some((d) => d.id === id)) expect(wrong[id], `${id} now states its span right: remove it from the allow-list`).toBeDefined();
  });
});
