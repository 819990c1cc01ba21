import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../../src/search/build';
import {glossaryAnswer, search} from '../../src/search/query';
import type {SearchDoc} from '../../src/search/types';
import {fixtureDocs, fixtureIndex} from './helpers';

const ids = (q: string, opts = {}) => search(fixtureIndex(), q, opts).map((r) => r.id);
/** What a reader sees first: the glossary card (if the query names a term), then the results. */
const seen = (q: string) => [...(glossaryAnswer(fixtureIndex(), q) ? [glossaryAnswer(fixtureIndex(), q)!.id] : []), ...ids(q)];

describe('search on the fixture corpus', () => {
  it.each([
    ['Versicherung', 'clearing-gesundheit', 'a part finds the compound (Krankenversicherung)'],
    ['Versicherung', 'glossar-kv', 'a compound head the index never saw alone'],
    ['Fluechtlinge', 'fluechtlinge', 'ue for ü'],
    ['Strasse', 'strassenarbeit', 'ss for ß'],
    ['Rumaenien', 'fluechtlinge', 'ae for ä'],
    ['Wohnungsmarkt', 'wohnungsmarkt-szenario', 'whole compound'],
    ['Wohnungsmarktzugang', 'wohnungsmarkt-szenario', 'longer compound than the text has'],
    ['Wohnungs', 'wohnungszugang', 'half-typed word'],
    ['Wohnungs', 'wohnungsmarkt-szenario', 'half-typed word'],
    ['Wohnungsz', 'wohnungszugang', 'half-typed compound'],
    ['Clearingst', 'clearing-gesundheit', 'half-typed compound'],
    ['Integrationskurs', 'integrationskurse', 'singular finds plural'],
    ['Anträge', 'antraege', 'umlaut plural'],
    ['Antrag', 'antraege', 'umlaut singular'],
    ['Integrationskrus', 'integrationskurse', 'transposed letters'],
    ['Krankenversicherng', 'clearing-gesundheit', 'missing letter'],
    ['KV', 'glossar-kv', 'abbreviation'],
    ['ESF', 'esf-foerderung', 'abbreviation of a two-word name'],
    ['Europäischer Sozialfonds', 'esf-foerderung', 'two-word name'],
    ['Kita', 'kita-plaetze', 'synonym (Kindertageseinrichtung)'],
    ['Arbeitsverwaltung', 'arbeitsmarkt', 'synonym (Jobcenter, Arbeitsagentur)'],
    ['EU2', 'fluechtlinge', 'abbreviation with a digit'],
  ])('%s → %s (%s)', (q, id) => {
    expect(seen(q).slice(0, 3)).toContain(id);
  });

  it('requires all words when some result has them all', () => {
    expect(ids('Wohnung Sanierung')).toEqual(['wohnungsmarkt-szenario']);
  });

  it('falls back to any word when no result has all', () => {
    const r = ids('Sanierung Sprachkurs');
    expect(r).toContain('wohnungsmarkt-szenario');
    expect(r).toContain('integrationskurse');
  });

  it('does not require weak words such as "für"', () => {
    expect(ids('Beratung für Familien')).toContain('clearing-gesundheit');
  });

  it('ranks results matching more words first and says so in the score', () => {
    const r = search(fixtureIndex(), 'Jobcenter Arbeitsmarkt');
    expect(r[0].id).toBe('arbeitsmarkt');
    for (let i = 1; i < r.length; i++) expect(r[i - 1].score).toBeGreaterThanOrEqual(r[i].score);
  });

  it('ranks a title match above a body match', () => {
    expect(ids('Wohnungszugangsstrategie')[0]).toBe('wohnungszugang');
  });

  it('filters by type and Handlungsfeld and honours the limit', () => {
    expect(ids('Wohnung', {types: ['szenario']})).toEqual(['wohnungsmarkt-szenario']);
    expect(ids('Beratung', {fields: ['gesundheit']})).toEqual(['clearing-gesundheit']);
    expect(ids('Beratung', {limit: 1})).toHaveLength(1);
    expect(ids('Beratung', {limit: 0})).toEqual([]);
  });

  it('breaks score ties by title, deterministically', () => {
    const twin = (id: string, title: string): SearchDoc => ({id, type: 'praxis', title, description: 'Gleicher Text über Beratung.', url: `/praxis/${id}`, headings: [], body: '', labels: [], fields: []});
    const index = buildSearchIndex([twin('b', 'Zweiter Titel'), twin('a', 'Erster Titel'), twin('c', 'Ärzte Titel')]);
    const r = search(index, 'Beratung');
    expect(r[0].score).toBe(r[2].score);
    expect(r.map((x) => x.title)).toEqual(['Ärzte Titel', 'Erster Titel', 'Zweiter Titel']);
  });

  it('finds an entry by the practitioners\' questions it answers, weighted above body text', () => {
    const doc = (id: string, extra: Partial<SearchDoc>): SearchDoc => ({id, type: 'praxis', title: `Eintrag ${id}`, description: 'Eine Maßnahme in der Stadt.', url: `/praxis/${id}`, headings: [], body: '', labels: [], fields: [], ...extra});
    const index = buildSearchIndex([
      doc('im-text', {body: 'Irgendwo im Text steht, wer am Tisch sitzen sollte, wenn man gründet.'}),
      doc('als-frage', {questions: ['Wer muss am Tisch sitzen, wenn wir ein Netzwerk gründen?']}),
      doc('ohne', {body: 'Nichts dazu.'}),
    ]);
    expect(search(index, 'Tisch sitzen').map((r) => r.id)).toEqual(['als-frage', 'im-text']);
  });

  it('returns the matched words as written in the entry', () => {
    const [r] = search(fixtureIndex(), 'Versicherung', {types: ['praxis']});
    expect(r.matched).toContain('Krankenversicherung');
    expect(r.matched).toContain('Versicherungsschutz');
  });

  it('returns a snippet as plain-text segments with hits marked', () => {
    const [r] = search(fixtureIndex(), 'Versicherungsschutz', {types: ['praxis']});
    const segments = r.snippet!;
    expect(segments.map((s) => s.text).join('')).not.toMatch(/[<>]/);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toContain('Versicherungsschutz');
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(200);
  });

  it('returns [] for nothing and for nonsense', () => {
    for (const q of ['', '   ', 'xyzzyqwrt', 'der die das', '!!!', 'foo:', '10:30']) expect(ids(q)).toEqual([]);
  });

  it('returns [] for data that is not an index', () => {
    for (const bad of [null, undefined, {}, {v: 2}, 'index', 42]) {
      expect(search(bad as never, 'Beratung')).toEqual([]);
    }
  });

  it('is deterministic', () => {
    const fresh = buildSearchIndex(fixtureDocs());
    expect(search(fresh, 'Beratung Familien')).toEqual(search(buildSearchIndex(fixtureDocs()), 'Beratung Familien'));
  });
});
