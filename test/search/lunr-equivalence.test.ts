/**
 * The scorer in prepared.ts/score.ts re-implements lunr's arithmetic on compact postings
 * instead of rebuilding a lunr.Index in the browser. This test keeps it honest: for the same
 * tokens, our scores equal those of a real lunr.Index built by lunr.Builder and queried with
 * lunr's own query API.
 */
import lunr from 'lunr';
import {describe, expect, it} from 'vitest';
import {wordTerms} from '../../src/search/analyze';
import {BOOSTS, FIELDS, buildSearchIndex, fieldTexts} from '../../src/search/build';
import type {Slot} from '../../src/search/expand';
import {prepareIndex} from '../../src/search/prepared';
import {scoreSlots} from '../../src/search/score';
import type {SearchDoc} from '../../src/search/types';

// No compounds, no hyphens: every indexed term is a whole word, as lunr would see it.
const DOCS: SearchDoc[] = [
  {id: 'a', type: 'praxis', title: 'Beratung für Familien', description: 'Beratung und Hilfe im Quartier für Familien mit Kindern.', url: '/praxis/a', headings: ['Ziele', 'Beratung'], body: 'Die Beratung hilft Familien. Kinder lernen Deutsch. Hilfe kommt schnell.', labels: ['Familie', 'Beratung'], fields: ['arbeit']},
  {id: 'b', type: 'praxis', title: 'Schule und Sprache', description: 'Kinder lernen Deutsch in der Schule.', url: '/praxis/b', headings: ['Schule'], body: 'Sprache öffnet Wege. Die Schule hilft Kindern und Eltern. Beratung gibt es auch.', labels: ['Bildung'], fields: ['bildung']},
  {id: 'c', type: 'kontext', title: 'Arbeit finden', description: 'Wege in Arbeit für Eltern.', url: '/kontext/c', headings: [], body: 'Arbeit sichert Einkommen. Eltern suchen Arbeit. Hilfe und Beratung begleiten sie.', labels: [], fields: []},
  {id: 'd', type: 'lektion', title: 'Quartier', description: 'Nachbarschaft im Quartier stärken.', url: '/lektionen/d', headings: ['Nachbarschaft'], body: 'Menschen treffen sich im Quartier.', labels: ['Nachbarschaft'], questions: ['Wie hilft Beratung Familien?'], fields: []},
];

function lunrIndex(): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    FIELDS.forEach((f, i) => this.field(f, {boost: BOOSTS[i]}));
    for (const d of DOCS) {
      const texts = fieldTexts(d);
      // lunr's tokenizer accepts arrays of tokens: hand it exactly the terms our analysis produced.
      this.add(Object.fromEntries([['id', d.id], ...FIELDS.map((f, i) => [f, wordTerms(texts[i])])]));
    }
  });
}

describe('our scores are lunr scores', () => {
  const data = buildSearchIndex(DOCS);
  const prepared = prepareIndex(data);
  const reference = lunrIndex();

  const queries: [string, number][][] = [
    [['Beratung', 1]],
    [['Kinder', 1]],
    [['Arbeit', 1]],
    [['Beratung', 1], ['Familien', 1]],
    [['Hilfe', 0.5], ['Schule', 2], ['Quartier', 1]],
    [['Deutsch', 1], ['Eltern', 0.7], ['Nachbarschaft', 0.3]],
  ].map((q) => q.map(([word, boost]) => [wordTerms(word as string)[0], boost as number]));

  it('has no compound parts in this corpus (precondition)', () => {
    const everyTerm = new Set(DOCS.flatMap((d) => wordTerms(fieldTexts(d).join(' '))));
    expect(new Set(prepared.terms)).toEqual(everyTerm);
  });

  it.each(queries.map((q) => [q.map(([t, b]) => `${t}^${b}`).join(' '), q]))('%s', (_label, query) => {
    for (const [term] of query) expect(prepared.termId.has(term), term).toBe(true);
    const slots: Slot[] = query.map(([term, boost]) => ({surface: term, required: true, alternatives: new Map([[prepared.termId.get(term)!, boost]]), groups: [], soft: new Map()}));
    const ours = scoreSlots(prepared, slots);
    const theirs = reference.query((q) => {
      for (const [term, boost] of query) q.term(term, {boost, usePipeline: false});
    });
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours.touched.length).toBe(theirs.length);
    for (const r of theirs) {
      const doc = data.docs.id.indexOf(r.ref);
      expect(ours.scores[doc]).toBeCloseTo(r.score, 9);
    }
  });
});
