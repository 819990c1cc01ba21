import {describe, expect, it} from 'vitest';
import {firstSentence, shortTitle, teaserLine, withoutPrefix} from '../../src/catalog/summary';

describe('firstSentence', () => {
  it('ends at the first full stop, question or exclamation mark before a new sentence', () => {
    expect(firstSentence('Erster Satz. Zweiter Satz.')).toBe('Erster Satz.');
    expect(firstSentence('Schnelle Hilfe oder Lösung? 2011 rang das Netzwerk.')).toBe('Schnelle Hilfe oder Lösung?');
    expect(firstSentence('Wirklich? „Ja“, sagt sie.')).toBe('Wirklich?');
  });

  it('does not stop at abbreviations', () => {
    expect(firstSentence('Angebote z. B. Bildung und Arbeit. Danach mehr.')).toBe('Angebote z. B. Bildung und Arbeit.');
    expect(firstSentence('Nach Hanganu u. a. Sehr viel. Mehr.')).toBe('Nach Hanganu u. a. Sehr viel.');
    expect(firstSentence('Der 2. Schritt folgt. Dann der dritte.')).toBe('Der 2. Schritt folgt.');
  });

  it('keeps a text without sentence end and normalises white space', () => {
    expect(firstSentence('  Ein Satz\n  ohne Ende ')).toBe('Ein Satz ohne Ende');
  });
});

describe('teaserLine', () => {
  it('keeps a short first sentence and shortens a long one at its colon', () => {
    expect(teaserLine('Kurz: und gut. Zweiter Satz.')).toBe('Kurz: und gut.');
    const long = `Seit 2014 reicht die Strategie bis in den Vorstand: ${'sehr viele Worte '.repeat(10)}am Ende. Weiter.`;
    expect(teaserLine(long)).toBe('Seit 2014 reicht die Strategie bis in den Vorstand.');
    expect(teaserLine(`${'lang '.repeat(40)}ohne Doppelpunkt.`)).toBe(`${'lang '.repeat(40)}ohne Doppelpunkt.`);
  });
});

describe('shortTitle and withoutPrefix', () => {
  it('keeps the part before a colon', () => {
    expect(shortTitle('Überörtlich vernetzen: Land, Städtetag und Herkunftsstaat')).toBe('Überörtlich vernetzen');
    expect(shortTitle('Fachgruppen einrichten')).toBe('Fachgruppen einrichten');
  });

  it('drops a known label in front', () => {
    expect(withoutPrefix('Gelingensbedingung: Überörtlich aktiv werden', 'Gelingensbedingung')).toBe('Überörtlich aktiv werden');
    expect(withoutPrefix('Empfehlungen für Kommunen', 'Empfehlung')).toBe('Empfehlungen für Kommunen');
  });
});
