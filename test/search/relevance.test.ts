/**
 * Search quality on the real content. Two sets of German queries with the entries a reader
 * expects among the first five results:
 * - test/search/relevance.yml: word forms (compounds, parts, umlauts, typos, prefixes, synonyms);
 * - test/search/relevance-practice.yml: how practitioners ask (everyday words, problems, actors,
 *   legal terms, questions, phrases, glossary terms), written from practice, not from the entries;
 *   data/begriffe.yml and the ranking were tuned on it;
 * - test/search/relevance-heldout.yml: the same kinds, written by a second reader who saw neither
 *   that set nor the word lists nor the code: it shows how far the tuning carries.
 *   Once tuned on, it stops being held out; write a new one then.
 * What counts is what a reader sees: the glossary card above the results, then the results
 * (bench/lib/metrics.ts judge()).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';
import {judge, mean} from '../../bench/lib/metrics';
import {glossaryAnswer, search} from '../../src/search/query';
import {buildSiteSearchIndex} from '../../src/search/site-index';
import type {SearchIndexData} from '../../src/search/types';
import {ROOT} from './helpers';

interface Case {
  q: string;
  expect: string[];
  kind: string;
}

const load = (file: string) => parse(fs.readFileSync(path.join(ROOT, 'test/search', file), 'utf8')) as Case[];
const cases = load('relevance.yml');
const practice = load('relevance-practice.yml');
const heldOut = load('relevance-heldout.yml');
const MIN_RECALL = 0.98;
/** Per kind of query: one broken feature must not hide behind all the others. */
const MIN_KIND_RECALL = 0.75;
/**
 * Practice queries, per kind: the level reached so far (recall@5), kept from falling back. Issue
 * 18's target is recall@5 ≥ 0.95 and MRR ≥ 0.85 in every kind; the printed table shows the distance.
 */
const PRACTICE_FLOOR: Record<string, number> = {everyday: 0.95, problem: 0.6, actor: 0.95, legal: 0.9, question: 0.6, phrase: 0.75, glossary: 1};
/** Held-out queries: recall@5 over the whole set, as measured when it was written plus tuning since (0.54 → 0.62). */
const HELD_OUT_FLOOR = 0.6;

let index: SearchIndexData;
beforeAll(() => {
  index = buildSiteSearchIndex(ROOT);
});

function run(set: Case[]) {
  return set.map((c) => {
    const results = search(index, c.q, {limit: 10}).map((r) => r.id);
    const card = glossaryAnswer(index, c.q)?.id;
    return {...c, results, card, ...judge({results, card}, c.expect, c.kind)};
  });
}

function report(rows: ReturnType<typeof run>): Map<string, {recall: number; mrr: number; n: number}> {
  const kinds = new Map<string, {recall: number; mrr: number; n: number}>();
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const of = rows.filter((r) => r.kind === kind);
    kinds.set(kind, {recall: mean(of.map((r) => r.recall)), mrr: mean(of.map((r) => r.rr)), n: of.length});
  }
  const misses = rows.filter((r) => r.recall < 1).map((r) => `${r.q} [${r.kind}]: expected ${r.expect.join(', ')}; got ${[r.card && `[${r.card}]`, ...r.results.slice(0, 5)].filter(Boolean).join(', ') || 'nothing'}`);
  console.info(
    [...kinds].map(([k, v]) => `${k.padEnd(9)} n=${v.n} recall@5 ${v.recall.toFixed(2)} MRR ${v.mrr.toFixed(2)}`).join('\n') +
      `\nall: recall@5 ${mean(rows.map((r) => r.recall)).toFixed(3)}, MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  return kinds;
}

describe('relevance on the real content', () => {
  it('has relevance sets worth the name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['compound', 'part', 'longer', 'umlaut', 'plural', 'typo', 'synonym', 'prefix', 'phrase', 'syntax']));
    expect(practice.length).toBeGreaterThanOrEqual(40);
    expect(new Set(practice.map((c) => c.kind))).toEqual(new Set(Object.keys(PRACTICE_FLOOR)));
    for (const kind of Object.keys(PRACTICE_FLOOR)) expect(practice.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(6);
    expect(heldOut.length).toBeGreaterThanOrEqual(35);
    expect(new Set(heldOut.map((c) => c.kind))).toEqual(new Set(Object.keys(PRACTICE_FLOOR)));
    // Held out means new queries: none may repeat one of the tuning set.
    const tuned = new Set(practice.map((c) => c.q.toLowerCase()));
    expect(heldOut.filter((c) => tuned.has(c.q.toLowerCase())).map((c) => c.q)).toEqual([]);
  });

  it('only expects entries that exist', () => {
    const ids = new Set(index.docs.id);
    expect([...cases, ...practice, ...heldOut].flatMap((c) => c.expect).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`finds the expected entries in the top 5 (recall@5 ≥ ${MIN_RECALL})`, () => {
    const rows = run(cases);
    const recall = mean(rows.map((r) => r.recall));
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    const weak = [...report(rows)].filter(([, v]) => v.recall < MIN_KIND_RECALL).map(([k]) => k);
    expect(weak, `recall@5 per kind below ${MIN_KIND_RECALL}`).toEqual([]);
  });

  it('answers practitioners’ queries at least as well as so far, per kind', () => {
    const kinds = report(run(practice));
    const below = [...kinds].filter(([k, v]) => v.recall < PRACTICE_FLOOR[k]).map(([k, v]) => `${k}: ${v.recall.toFixed(2)} < ${PRACTICE_FLOOR[k]}`);
    expect(below).toEqual([]);
  });

  it(`carries over to held-out queries (recall@5 ≥ ${HELD_OUT_FLOOR})`, () => {
    const rows = run(heldOut);
    report(rows);
    expect(mean(rows.map((r) => r.recall))).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it('finds the entries for the queries issue 18 names', () => {
    const top = (q: string) => search(index, q, {limit: 5}).map((r) => r.id);
    expect(top('Obdachlosigkeit')).toEqual(expect.arrayContaining(['wohnungszugangsstrategie', 'szenario-wohnungsmarkt']));
    expect(top('Krankenversicherung fehlt')).toEqual(expect.arrayContaining(['clearingstelle-gesundheit', 'szenario-fonds-clearingstelle']));
    // Every entry that names the Jobcenter among its actors.
    expect(top('Jobcenter')).toEqual(expect.arrayContaining(['szenario-qualifizierung', 'netzwerk-neuzuwanderung', 'gelingensbedingung-kooperation-augenhoehe', 'lebenslagen-neuzugewanderter']));
    // The entries speak of the EU2 population and of Freizügigkeit, never of Unionsbürger.
    expect(top('Unionsbürger')).toEqual(expect.arrayContaining(['eu2-zuwanderung-dortmund', 'glossar-freizuegigkeit']));
    expect(top('wie fange ich an')[0]).toBe('empfehlungen-fuer-kommunen');
    expect(top('Zuwanderung aus Südosteuropa')[0]).toBe('handlungsrahmen-erarbeiten');
    expect(top('Anlaufstelle')[0]).toBe('anlaufstelle-willkommen-europa');
    expect(top('Clearingstelle').slice(0, 2)).toContain('clearingstelle-gesundheit');
  });

  it('shows the glossary card for a misspelt term too', () => {
    expect(glossaryAnswer(index, 'Willkommensklase')?.id).toBe('glossar-willkommensklasse');
    expect(glossaryAnswer(index, 'Problemimobilie')?.id).toBe('glossar-problemimmobilie');
  });

  it('reads a question for its topic, also while the last word is being typed', () => {
    for (const q of ['wie fange ich an', 'Wie fange ich an?', 'wie fange ich an ']) {
      expect(search(index, q, {limit: 1})[0]?.id, q).toBe('empfehlungen-fuer-kommunen');
    }
    // The particle is joined only to a word the index knows; otherwise it is a half-typed word.
    expect(search(index, 'Anlaufstelle an', {limit: 3}).map((r) => r.id)).toContain('anlaufstelle-willkommen-europa');
  });

  it('shows a glossary term as a card and ranks the entries that use it first', () => {
    for (const q of ['Clearingstelle', 'Anlaufstelle', 'Integrationskurs']) {
      const card = glossaryAnswer(index, q);
      const results = search(index, q, {limit: 5});
      expect(card?.type, q).toBe('glossar');
      expect(card!.description!.length, q).toBeGreaterThan(40);
      expect(results.map((r) => r.id), q).not.toContain(card!.id);
      expect(results[0].type, q).not.toBe('glossar');
    }
    expect(glossaryAnswer(index, 'Wohnungsmarkt')).toBeUndefined();
  });
});
