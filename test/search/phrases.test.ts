/**
 * Words that stand together (pairs.ts: the phrase boost and quoted phrases) and related words in
 * one direction (data/begriffe.yml), on small hand-made corpora where the expected order is
 * obvious to a reader.
 */
import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../../src/search/build';
import {encodePairFilter, MAX_FILTER_CHARS, pairFilter, pairKey, wordPairs} from '../../src/search/pairs';
import {search} from '../../src/search/query';
import type {SearchDoc} from '../../src/search/types';

function doc(id: string, title: string, body: string): SearchDoc {
  return {id, type: 'praxis', title, description: '', url: `/praxis/${id}`, headings: [], body, labels: [], fields: []};
}
const ids = (docs: SearchDoc[], q: string, opts = {}) => search(buildSearchIndex(docs, opts), q).map((r) => r.id);

describe('word pairs', () => {
  it('pairs adjacent words without stop words, within a line', () => {
    const pairs = wordPairs(['Zuwanderung aus Südosteuropa\nRunder Tisch']);
    expect([...pairs].sort()).toEqual([pairKey('rund', 'tisch'), pairKey('zuwander', 'sudosteuropa')].sort());
  });

  it('finds every pair it holds, and few it does not (Bloom filter)', () => {
    const held = new Set(Array.from({length: 300}, (_, i) => pairKey(`wort${i}`, `folge${i}`)));
    const test = pairFilter(encodePairFilter(held));
    for (const k of held) expect(test(k), k).toBe(true);
    const others = Array.from({length: 5000}, (_, i) => pairKey(`anderes${i}`, `wort${i}`));
    const falsePositive = others.filter(test).length / others.length;
    console.log(`[pairs] false positives ${(falsePositive * 100).toFixed(1)} % at 300 pairs`);
    expect(falsePositive).toBeLessThan(0.08);
  });

  it('treats an empty, foreign or oversized filter as holding nothing', () => {
    expect(pairFilter('')('a b')).toBe(false);
    expect(pairFilter('ab+/')('a b')).toBe(false);
    expect(pairFilter(42)('a b')).toBe(false);
    expect(pairFilter('_'.repeat(MAX_FILTER_CHARS + 1))('a b')).toBe(false);
    // All bits set within the limit: everything tests positive, nothing crashes.
    expect(pairFilter('_'.repeat(MAX_FILTER_CHARS))('a b')).toBe(true);
  });

  it('caps the filter of a huge document', () => {
    const many = new Set(Array.from({length: 100_000}, (_, i) => pairKey(`w${i}`, `v${i}`)));
    expect(encodePairFilter(many).length).toBe(MAX_FILTER_CHARS);
  });
});

describe('phrases in a query', () => {
  // Same words, same counts: only whether they stand together differs.
  const together = doc('together', 'Gremium', 'Der runde Tisch der Träger trifft sich. Im Sommer ist Pause.');
  const apart = doc('apart', 'Gremium', 'Die Runde der Träger trifft sich. Am Tisch ist Pause.');

  it('ranks the document where the words stand together first', () => {
    expect(ids([apart, together], 'runder Tisch')).toEqual(['together', 'apart']);
    expect(ids([together, apart], 'runder Tisch')).toEqual(['together', 'apart']);
  });

  it('skips stop words in the query and in the text', () => {
    const a = doc('a', 'Bericht', 'Die Zuwanderung aus Südosteuropa nimmt zu. Europa wächst.');
    const b = doc('b', 'Bericht', 'Die Zuwanderung nimmt zu. Aus Südosteuropa kamen viele.');
    expect(ids([b, a], 'Zuwanderung aus Südosteuropa')[0]).toBe('a');
  });

  it('keeps only documents with a quoted phrase', () => {
    expect(ids([apart, together], '"runder Tisch"')).toEqual(['together']);
    expect(ids([apart, together], '„runder Tisch“')).toEqual(['together']);
  });

  it('falls back to the words when no document has the quoted phrase', () => {
    expect(ids([apart], '"runder Tisch"')).toEqual(['apart']);
  });

  it('is unaffected by an index without pair filters (an older file)', () => {
    const data = buildSearchIndex([apart, together]);
    delete data.pairs;
    expect(search(data, '"runder Tisch"').map((r) => r.id).sort()).toEqual(['apart', 'together']);
  });
});

describe('related words (data/begriffe.yml)', () => {
  const docs = [
    doc('exact', 'Obdachlosigkeit', 'Obdachlosigkeit in der Stadt.'),
    doc('related', 'Wohnungsnot', 'Familien leben in desolaten Unterkünften.'),
    doc('other', 'Schule', 'Kinder lernen Deutsch.'),
  ];
  const concepts = [{wort: 'Obdachlosigkeit', verwandt: ['Unterkünfte', 'desolate Wohnverhältnisse']}];

  it('lead from the reader’s word to the atlas’s words, below an exact match', () => {
    expect(ids(docs, 'Obdachlosigkeit', {concepts})).toEqual(['exact', 'related']);
    expect(ids(docs, 'Obdachlosigkeit')).toEqual(['exact']);
  });

  it('lead in one direction only', () => {
    expect(ids(docs, 'Unterkünfte', {concepts})).toEqual(['related']);
  });

  it('need every word of a multi-word related term', () => {
    const only = [doc('wohn', 'Wohnverhältnisse', 'Die Wohnverhältnisse sind gut.'), doc('both', 'Bericht', 'Desolate Wohnverhältnisse im Quartier.')];
    expect(ids(only, 'Obdachlosigkeit', {concepts})).toEqual(['both']);
  });
});

describe('multi-word synonyms with stop words', () => {
  it('match a query that spells the stop word out („Agentur für Arbeit“ → Jobcenter)', () => {
    const docs = [doc('jc', 'Jobcenter', 'Das Jobcenter berät.'), doc('x', 'Schule', 'Kinder lernen.')];
    expect(ids(docs, 'Agentur für Arbeit', {synonyms: [['Jobcenter', 'Agentur für Arbeit']]})).toEqual(['jc']);
  });
});
