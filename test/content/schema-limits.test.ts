/** The list and number limits of schema.ts, with the German messages authors see (messages.ts). */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {germanNumber, issueMessage} from '../../src/content/messages';
import {bibliographySchema, glossarySchema, MAX_BIBLIOGRAPHY_WORKS, MAX_GLOSSARY_TERMS, MAX_SYNONYM_CHARS, MAX_SYNONYM_GROUPS, MAX_SYNONYM_WORDS, synonymsSchema} from '../../src/content/schema';
import {REPO} from '../support/site';

/** The messages of a failed parse, each for the value at its issue's path. */
function messages(schema: {safeParse(v: unknown): {success: boolean; error?: {issues: import('zod').z.core.$ZodIssue[]}}}, value: unknown): string[] {
  const issues = schema.safeParse(value).error?.issues ?? [];
  return issues.map((i) => issueMessage(i, i.path.reduce((v: unknown, k) => (v as Record<PropertyKey, unknown>)[k], value)));
}

describe('germanNumber', () => {
  it('writes numbers as German text does', () => {
    expect([1990, 8515, 12_345, 1_000_000_000, 2.5, -5, 0].map(germanNumber)).toEqual(['1990', '8515', '12.345', '1.000.000.000', '2,5', '-5', '0']);
    expect(germanNumber(1.7e308)).toBe('1,7 · 10^308');
  });
});

describe('synonymsSchema', () => {
  it('accepts data/synonyms.yml', () => {
    expect(synonymsSchema.safeParse(parse(fs.readFileSync(path.join(REPO, 'data/synonyms.yml'), 'utf8'))).success).toBe(true);
  });

  it('reads YAML numbers as words', () => {
    expect(synonymsSchema.parse([[2016, 'Jahr 2016']])).toEqual([['2016', 'Jahr 2016']]);
  });

  it('refuses too many groups, too few or too many words, long, empty and multi-line words', () => {
    const group = ['KV', 'Krankenversicherung'];
    expect(messages(synonymsSchema, Array(MAX_SYNONYM_GROUPS + 1).fill(group))).toEqual([`Die Liste darf höchstens ${MAX_SYNONYM_GROUPS} Einträge haben, hier sind es ${MAX_SYNONYM_GROUPS + 1}. Kürzen Sie die Liste.`]);
    expect(messages(synonymsSchema, [['KV']])).toEqual(['Die Liste braucht mindestens 2 Einträge.']);
    expect(messages(synonymsSchema, [Array.from({length: MAX_SYNONYM_WORDS + 1}, (_, i) => `Wort ${i}`)])).toEqual([`Die Liste darf höchstens ${MAX_SYNONYM_WORDS} Einträge haben, hier sind es ${MAX_SYNONYM_WORDS + 1}. Kürzen Sie die Liste.`]);
    expect(messages(synonymsSchema, [['KV', 'x'.repeat(MAX_SYNONYM_CHARS + 1)]])).toEqual([`Zu lang: höchstens ${MAX_SYNONYM_CHARS} Zeichen, jetzt ${MAX_SYNONYM_CHARS + 1}. Kürzen Sie den Text.`]);
    expect(messages(synonymsSchema, [['KV', '']])).toEqual(['Zu kurz: mindestens 1 Zeichen, jetzt 0. Ergänzen Sie den Text.']);
    for (const word of ['Kranken\nversicherung', 'KV\t', 'K\u2028V', 'K\u0000V']) {
      expect(messages(synonymsSchema, [['KV', word]]), JSON.stringify(word)).toEqual(['Der Text enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen. Schreiben Sie ihn in eine Zeile, ohne Steuerzeichen.']);
    }
  });
});

describe('data file limits', () => {
  it('refuses a bibliography of more than MAX_BIBLIOGRAPHY_WORKS works', () => {
    const works = (n: number) => Object.fromEntries(Array.from({length: n}, (_, i) => [`werk-${i}`, {cite: `Werk ${i}`}]));
    expect(bibliographySchema.safeParse(works(MAX_BIBLIOGRAPHY_WORKS)).success).toBe(true);
    expect(messages(bibliographySchema, works(MAX_BIBLIOGRAPHY_WORKS + 1))).toEqual([`Die Datei darf höchstens ${MAX_BIBLIOGRAPHY_WORKS} Einträge haben, hier sind es ${MAX_BIBLIOGRAPHY_WORKS + 1}. Entfernen Sie Einträge, die nicht mehr gebraucht werden.`]);
  });

  it('refuses a glossary of more than MAX_GLOSSARY_TERMS terms or a term with too many related entries', () => {
    const term = {id: 'eu2', term: 'EU2', definition: 'Rumänien und Bulgarien, seit 2007 in der EU.'};
    expect(messages(glossarySchema, Array(MAX_GLOSSARY_TERMS + 1).fill(term))).toHaveLength(1);
    expect(messages(glossarySchema, [{...term, related: Array.from({length: 31}, (_, i) => `eintrag-${i}`)}])).toEqual(['Die Liste darf höchstens 30 Einträge haben, hier sind es 31. Verweisen Sie nur auf die am engsten verwandten Einträge.']);
  });
});
