/**
 * Search quality on the real content: test/search/relevance.yml lists German queries and the
 * entries a reader expects among the first five results.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';
import {mean, recallAtK, reciprocalRank} from '../../bench/lib/metrics';
import {search} from '../../src/search/query';
import {buildSiteSearchIndex} from '../../src/search/site-index';
import type {SearchIndexData} from '../../src/search/types';
import {ROOT} from './helpers';

interface Case {
  q: string;
  expect: string[];
  kind: string;
}

const cases = parse(fs.readFileSync(path.join(ROOT, 'test/search/relevance.yml'), 'utf8')) as Case[];
const MIN_RECALL = 0.9;
/** Per kind of query: one broken feature must not hide behind all the others. */
const MIN_KIND_RECALL = 0.75;

describe('relevance on the real content', () => {
  let index: SearchIndexData;
  beforeAll(() => {
    index = buildSiteSearchIndex(ROOT);
  });

  it('has a relevance set worth the name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['compound', 'part', 'longer', 'umlaut', 'plural', 'typo', 'synonym', 'prefix', 'phrase', 'syntax']));
  });

  it('only expects entries that exist', () => {
    const ids = new Set(index.docs.id);
    expect(cases.flatMap((c) => c.expect).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`finds the expected entries in the top 5 (recall@5 ≥ ${MIN_RECALL})`, () => {
    const rows = cases.map((c) => {
      const ranked = search(index, c.q, {limit: 10}).map((r) => r.id);
      return {...c, ranked, recall: recallAtK(ranked, c.expect, 5), rr: reciprocalRank(ranked, c.expect)};
    });
    const recall = mean(rows.map((r) => r.recall));
    const misses = rows.filter((r) => r.recall < 1).map((r) => `${r.q} [${r.kind}]: expected ${r.expect.join(', ')}; got ${r.ranked.slice(0, 5).join(', ') || 'nothing'}`);
    console.info(`recall@5 ${recall.toFixed(3)}, MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}, ${rows.length} queries${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
    const kinds = [...new Set(rows.map((r) => r.kind))];
    const weak = kinds
      .map((kind) => [kind, mean(rows.filter((r) => r.kind === kind).map((r) => r.recall))] as const)
      .filter(([, r]) => r < MIN_KIND_RECALL);
    expect(weak, `recall@5 per kind below ${MIN_KIND_RECALL}`).toEqual([]);
  });
});
