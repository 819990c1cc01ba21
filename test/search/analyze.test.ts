import {describe, expect, it} from 'vitest';
import {analyzeText, analyzeWord, wordTerms} from '../../src/search/analyze';
import {compoundTerms, splitCompound} from '../../src/search/decompound';
import {fold} from '../../src/search/fold';
import {isStopWord} from '../../src/search/stopwords';
import {analyzeSynonymGroups, synonymLookup} from '../../src/search/synonyms';
import {tokenize} from '../../src/search/tokenize';
import {termVariants} from '../../src/search/variants';
import {vocabularyFromCounts} from '../../src/search/vocabulary';
import {readFixture} from './helpers';

const term = (w: string) => analyzeWord(w)!.term;

describe('fold', () => {
  it.each([
    ['Flüchtlinge', 'Fluechtlinge'],
    ['Straße', 'Strasse'],
    ['Öffentlichkeit', 'Oeffentlichkeit'],
    ['Übergänge', 'Uebergaenge'],
    ['ÄRZTE', 'aerzte'],
    ['Rumänien', 'RUMAENIEN'],
  ])('%s and %s fold to the same form', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it('lowercases and strips other diacritics', () => {
    expect(fold('Timișoara')).toBe('timisoara');
    expect(fold('Café')).toBe('cafe');
  });

  it('keeps "ue" that is no umlaut (after a vowel or q)', () => {
    expect(fold('neue')).toBe('neue');
    expect(fold('Steuer')).toBe('steuer');
    expect(fold('Frauen')).toBe('frauen');
    expect(fold('Quelle')).toBe('quelle');
  });
});

describe('stemming', () => {
  it('conflates inflected forms', () => {
    expect(term('Wohnungen')).toBe(term('Wohnung'));
    expect(term('Anträge')).toBe(term('Antrag'));
    expect(term('Kindern')).toBe(term('Kind'));
    expect(term('Flüchtlinge')).toBe(term('Fluechtling'));
  });

  it('bridges what the stemmer leaves apart through variants', () => {
    // Snowball: Kurs → "kur", Kurse → "kurs"; Kita → "kita", Kitas → "kitas".
    expect(termVariants(fold('Integrationskurs'))).toContain(term('Integrationskurse'));
    expect(termVariants(fold('Integrationskurse'))).toContain(term('Integrationskurs'));
    expect(termVariants(fold('Kita'))).toContain(term('Kitas'));
    expect(termVariants(fold('Kitas'))).toContain(term('Kita'));
    expect(termVariants(fold('Konten'))).toContain(term('Konto'));
    expect(termVariants(fold('Studium'))).toContain(term('Studien'));
  });
});

describe('stop words', () => {
  it.each(['der', 'die', 'das', 'und', 'oder', 'ein', 'eine', 'zu', 'im', 'in', 'von', 'mit'])('drops "%s"', (w) => {
    expect(isStopWord(fold(w))).toBe(true);
    expect(analyzeWord(w)).toBeUndefined();
  });

  it.each(['für', 'muss', 'nicht', 'ohne', 'kein', 'gegen'])('keeps the meaning-bearing "%s"', (w) => {
    expect(analyzeWord(w)).toBeDefined();
  });

  it('leaves stop words out of the indexed text', () => {
    expect(wordTerms('Die Beratung für Familien und Kinder')).toEqual([term('Beratung'), term('für'), term('Familien'), term('Kinder')]);
  });
});

describe('tokenize', () => {
  it('keeps hyphenated groups with offsets', () => {
    const [t] = tokenize(' EU2-Bürgerinnen ');
    expect(t).toEqual({text: 'EU2-Bürgerinnen', start: 1, end: 16, pieces: ['EU2', 'Bürgerinnen']});
  });

  it('splits at dashes and punctuation', () => {
    expect(tokenize('2016–2017: foo:bar https://x.de/a?b=c').map((t) => t.text)).toEqual(['2016', '2017', 'foo', 'bar', 'https', 'x', 'de', 'a', 'b', 'c']);
  });
});

interface CompoundFixture {
  vocabulary: string;
  cases: {word: string; parts: string[]; why: string}[];
}

describe('decompounding', () => {
  const fixture = readFixture<CompoundFixture>('compounds.yml');
  const counts = new Map<string, number>();
  for (const t of wordTerms(fixture.vocabulary)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vocab = vocabularyFromCounts(counts);

  it.each(fixture.cases.map((c) => [c.word, c.why, c]))('%s (%s)', (_w, _why, c) => {
    const parts = compoundTerms(fold(c.word), vocab);
    expect(new Set(parts)).toEqual(new Set(c.parts.map(term)));
  });

  it('prefers the split with fewer parts and recurses into it', () => {
    const withWhole = vocabularyFromCounts(new Map([...counts, [term('Wohnungsmarkt'), 1]]));
    expect(splitCompound(fold('Wohnungsmarktzugang'), withWhole)?.map((p) => p.term)).toEqual([term('Wohnungsmarkt'), term('Zugang')]);
    expect(new Set(compoundTerms(fold('Wohnungsmarktzugang'), withWhole))).toEqual(new Set(['Wohnungsmarkt', 'Zugang', 'Wohnung', 'Markt'].map(term)));
  });

  it('indexes the whole word and its parts, parts at half weight', () => {
    const {tf, length} = analyzeText('Krankenversicherung', vocab);
    expect(length).toBe(1);
    expect(tf.get(term('Krankenversicherung'))).toBe(1);
    expect(tf.get(term('Versicherung'))).toBe(0.5);
    expect(tf.get(term('krank'))).toBe(0.5);
  });

  it('also indexes hyphenated groups joined', () => {
    const {tf} = analyzeText('Sprach-Kita', vocab);
    expect(tf.has(term('Sprachkita'))).toBe(true);
    expect(tf.has(term('Kita'))).toBe(true);
  });
});

describe('synonyms', () => {
  const groups = analyzeSynonymGroups([['KV', 'Krankenversicherung'], ['ESF', 'Europäischer Sozialfonds'], ['Kita', 'Kita']]);
  const lookup = synonymLookup(groups);

  it('analyses members like text, multi-word members into several terms', () => {
    expect(groups).toEqual([[['kv'], [term('Krankenversicherung')]], [['esf'], [term('Europäischer'), term('Sozialfonds')]]]);
  });

  it('drops groups that collapse to one member', () => {
    expect(groups).toHaveLength(2);
  });

  it('maps every member to the others, in both directions', () => {
    expect(lookup.alternatives('kv')).toEqual([[term('Krankenversicherung')]]);
    expect(lookup.alternatives(term('Krankenversicherung'))).toEqual([['kv']]);
    expect(lookup.alternatives(`${term('Europäischer')} ${term('Sozialfonds')}`)).toEqual([['esf']]);
    expect(lookup.maxLength).toBe(2);
  });
});
