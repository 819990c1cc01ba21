/**
 * Search benchmark: our index against a plain lunr + lunr-languages (de) index, built in the
 * same run on the same corpus, on the real content and on 5,000 generated entries.
 *
 *   npm run bench:search
 *
 * Prints a Markdown table and writes it to bench/search-results.md. Not part of the tests:
 * timings depend on the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import lunr from 'lunr';
import {buildSearchIndex, type BuildOptions} from '../src/search/build';
import {loadEntries} from '../src/content/index';
import {searchDocsOf} from '../src/search/docs';
import {prepareIndex} from '../src/search/prepared';
import {glossaryAnswer, search} from '../src/search/query';
import {thesaurusGroups} from '../src/search/thesaurus';
import type {SearchDoc} from '../src/search/types';
import {buildBaseline, searchBaseline} from './lib/baseline';
import {judge, mean, percentile, recallAtK, reciprocalRank} from './lib/metrics';
import {titleQueries} from './lib/real-queries';
import {searchIndexSizes, textSizes, type Sizes} from './lib/sizes';
import {generateCorpus, generateQueries, type LabelledQuery} from './lib/synthetic';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SYNTHETIC_DOCS = 5_000;
const MIN_TIMED_QUERIES = 1_000;

interface EngineRun {
  buildMs: number;
  /** Time from the shipped text to the first answer: parse + prepare (ours) or lunr.Index.load. */
  loadMs: number;
  sizes: Sizes;
  p50: number;
  p95: number;
  p99: number;
  recall: number;
  mrr: number;
  throws: number;
}

interface Engine {
  /** The shipped index as JSON text, and the size of the file that would be shipped. */
  build(docs: SearchDoc[]): {text: string; sizes: Sizes};
  load(text: string): (q: string) => {ids: string[]; threw: boolean};
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

const REPEATS = 3;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** The machine is shared: every timing is the median of REPEATS runs, so one GC pause or a busy neighbour does not become the result. */
function timeMedian<T>(fn: () => T): [T, number] {
  const runs = Array.from({length: REPEATS}, () => time(fn));
  return [runs[0][0], median(runs.map((r) => r[1]))];
}

function run(engine: Engine, docs: SearchDoc[], labelled: LabelledQuery[], timed: string[]): EngineRun {
  const [{text, sizes}, buildMs] = timeMedian(() => engine.build(docs));
  // Each load gets a fresh parse, so prepare caches do not carry over between repeats.
  const [query, loadMs] = timeMedian(() => engine.load(text));
  // One untimed pass warms the JIT (and our lazily decoded postings) for both engines alike.
  for (const q of timed) query(q);
  let throws = 0;
  const samples = timed.map((q) => {
    const [r, ms] = timeMedian(() => query(q));
    if (r.threw) throws++;
    return ms;
  });
  const ranked = labelled.map((l) => query(l.q).ids);
  return {
    buildMs,
    loadMs,
    sizes,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    recall: mean(labelled.map((l, i) => recallAtK(ranked[i], l.expected, 5))),
    mrr: mean(labelled.map((l, i) => reciprocalRank(ranked[i], l.expected))),
    throws,
  };
}

/** The curated word lists the site's index is built with (data/synonyms.yml, data/begriffe.yml). */
type WordLists = Pick<BuildOptions, 'synonyms' | 'concepts'>;

function ours(lists: WordLists): Engine {
  return {
    // Build time is buildSearchIndex alone; serialising is counted in neither engine.
    build: (docs) => {
      const data = buildSearchIndex(docs, {...lists, thesaurus: thesaurusGroups()});
      return {text: JSON.stringify(data), sizes: searchIndexSizes(data)};
    },
    load: (text) => {
      const data = JSON.parse(text);
      prepareIndex(data);
      // What a reader sees: the glossary card (if the query names a term) above the results.
      return (q) => {
        const card = glossaryAnswer(data, q)?.id;
        return {ids: [...(card ? [card] : []), ...search(data, q, {limit: 10}).map((r) => r.id)], threw: false};
      };
    },
  };
}

const baseline: Engine = {
  build: (docs) => {
    const text = JSON.stringify(buildBaseline(docs));
    return {text, sizes: textSizes(text)};
  },
  load: (text) => {
    const index = lunr.Index.load(JSON.parse(text));
    return (q) => searchBaseline(index, q, 10);
  },
};

interface Row {
  corpus: string;
  docs: number;
  queries: number;
  labelled: number;
  ours: EngineRun;
  lunr: EngineRun;
}

function bench(corpus: string, docs: SearchDoc[], lists: WordLists, labelled: LabelledQuery[], extra: string[]): Row {
  const timed = [...labelled.map((l) => l.q), ...extra];
  while (timed.length < MIN_TIMED_QUERIES) timed.push(...timed.slice(0, MIN_TIMED_QUERIES - timed.length));
  return {corpus, docs: docs.length, queries: timed.length, labelled: labelled.length, ours: run(ours(lists), docs, labelled, timed), lunr: run(baseline, docs, labelled, timed)};
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const pct = (n: number) => n.toFixed(3);

function table(rows: Row[]): string {
  const lines = ['| Corpus | Measure | Ours | lunr + lunr-languages (de) | Ours / lunr |', '|---|---|---:|---:|---:|'];
  for (const r of rows) {
    const name = `${r.corpus} (${r.docs} docs, ${r.queries} timed / ${r.labelled} labelled queries)`;
    const add = (measure: string, a: string, b: string, ratio = '') => lines.push(`| ${name} | ${measure} | ${a} | ${b} | ${ratio} |`);
    add('index build', ms(r.ours.buildMs), ms(r.lunr.buildMs), (r.ours.buildMs / r.lunr.buildMs).toFixed(2));
    add('load (parse + prepare)', ms(r.ours.loadMs), ms(r.lunr.loadMs), (r.ours.loadMs / r.lunr.loadMs).toFixed(2));
    add('index bytes raw', kb(r.ours.sizes.raw), kb(r.lunr.sizes.raw), (r.ours.sizes.raw / r.lunr.sizes.raw).toFixed(3));
    add('index bytes gzip', kb(r.ours.sizes.gzip), kb(r.lunr.sizes.gzip), (r.ours.sizes.gzip / r.lunr.sizes.gzip).toFixed(3));
    add('query p50', ms(r.ours.p50), ms(r.lunr.p50));
    add('query p95', ms(r.ours.p95), ms(r.lunr.p95));
    add('query p99', ms(r.ours.p99), ms(r.lunr.p99));
    add('recall@5', pct(r.ours.recall), pct(r.lunr.recall));
    add('MRR', pct(r.ours.mrr), pct(r.lunr.mrr));
    add('queries that threw', String(r.ours.throws), String(r.lunr.throws));
  }
  return lines.join('\n');
}

interface Case {
  q: string;
  expect: string[];
  kind: string;
}

const relevanceSet = (file: string) => parse(fs.readFileSync(path.join(ROOT, 'test/search', file), 'utf8')) as Case[];

/**
 * Per kind of query, what a reader sees: ours with the glossary card above the results, lunr's
 * results as they come (bench/lib/metrics.ts judge()).
 */
function kindTable(docs: SearchDoc[], lists: WordLists, sets: [string, Case[]][]): string {
  const data = buildSearchIndex(docs, {...lists, thesaurus: thesaurusGroups()});
  const lunrIndex = lunr.Index.load(JSON.parse(JSON.stringify(buildBaseline(docs))));
  const lines = ['| Set | Kind | Queries | Ours recall@5 | Ours MRR | lunr recall@5 | lunr MRR |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const [name, cases] of sets) {
    const rows = cases.map((c) => ({
      kind: c.kind,
      ours: judge({results: search(data, c.q, {limit: 10}).map((r) => r.id), card: glossaryAnswer(data, c.q)?.id}, c.expect, c.kind),
      lunr: judge({results: searchBaseline(lunrIndex, c.q, 10).ids}, c.expect, c.kind),
    }));
    for (const kind of [...new Set(rows.map((r) => r.kind)), 'all']) {
      const of = kind === 'all' ? rows : rows.filter((r) => r.kind === kind);
      const m = (f: (r: (typeof rows)[number]) => number) => pct(mean(of.map(f)));
      lines.push(`| ${name} | ${kind} | ${of.length} | ${m((r) => r.ours.recall)} | ${m((r) => r.ours.rr)} | ${m((r) => r.lunr.recall)} | ${m((r) => r.lunr.rr)} |`);
    }
  }
  return lines.join('\n');
}

/** Index size at a number of generated entries: what the first search downloads. */
function sizeTable(counts: number[]): string {
  const lines = ['| Generated entries | Ours gzip | lunr gzip | Ours / lunr |', '|---:|---:|---:|---:|'];
  for (const n of counts) {
    const docs = generateCorpus(n).docs;
    const ours = searchIndexSizes(buildSearchIndex(docs, {thesaurus: thesaurusGroups()})).gzip;
    const base = textSizes(JSON.stringify(buildBaseline(docs))).gzip;
    lines.push(`| ${n.toLocaleString('en')} | ${kb(ours)} | ${kb(base)} | ${(ours / base).toFixed(3)} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const content = loadEntries(ROOT);
  const lists = {synonyms: content.synonyms, concepts: content.concepts};
  const realDocs = searchDocsOf(content);
  const relevance = relevanceSet('relevance.yml').map((c): LabelledQuery => ({q: c.q, kind: c.kind, expected: c.expect}));
  const rows = [bench('real content', realDocs, lists, relevance, titleQueries(realDocs, MIN_TIMED_QUERIES))];

  const corpus = generateCorpus(SYNTHETIC_DOCS);
  rows.push(bench('generated', corpus.docs, {}, generateQueries(corpus, 1_200), []));

  const header = [
    '# Search benchmark',
    '',
    `Generated by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}.`,
    'Ours: src/search (compact index, own query expansion, lunr scoring). Baseline: plain lunr 2.3.9 with lunr-languages `de`, queried with `index.search()`; a query that makes lunr throw counts as a miss.',
    'Index bytes: our index as the site ships it, a JSON module (postings, term dictionary, stored titles/descriptions/snippet text, word-pair filters) against `JSON.stringify(lunr.Index)` (postings only, no stored text).',
    'Every time is the median of 3 runs (query times: per query, after one warm-up pass over all queries); percentiles are over queries. "load" is the one-off cost before the first query: parse the shipped file and prepare (ours) or `lunr.Index.load` (baseline).',
    '',
  ].join('\n');
  const kinds = kindTable(realDocs, lists, [
    ['word forms', relevanceSet('relevance.yml')],
    ['practice', relevanceSet('relevance-practice.yml')],
    ['held-out', relevanceSet('relevance-heldout.yml')],
  ]);
  const body = `${header}\n${table(rows)}\n\n## Relevance per kind of query (real content)\n\n${kinds}\n\n## Index size at scale\n\n${sizeTable([2_000, 5_000])}\n`;
  console.log(body);
  fs.writeFileSync(path.join(ROOT, 'bench/search-results.md'), body);
}

main();
