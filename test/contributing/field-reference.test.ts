/** The data of /felder: every field, every part of a list, every vocabulary value — from the schema. */
import {describe, expect, it} from 'vitest';
import {fieldReference, ruleText} from '../../src/content/generators/field-reference';
import {bibliographyItemSchema, FIELD_TYPES, outcomeSchema, sourceRefSchema} from '../../src/content/schema';
import {vocabularies} from '../../src/content/vocabularies';

const reference = fieldReference();
const row = (name: string) => reference.fields.find((f) => f.name === name)!;

describe('field reference', () => {
  it('lists every field any entry type knows, once', () => {
    expect(reference.fields.map((f) => f.name).sort()).toEqual([...FIELD_TYPES.keys()].sort());
  });

  it('lists the parts of outcomes and sources, and the fields of a bibliography work', () => {
    expect(row('outcomes').children!.map((c) => c.name)).toEqual(Object.keys(outcomeSchema.shape));
    expect(row('sources').children!.map((c) => c.name)).toEqual(Object.keys(sourceRefSchema.shape));
    expect(reference.bibliography.map((f) => f.name)).toEqual(Object.keys(bibliographyItemSchema.shape));
    expect(reference.bibliography.find((f) => f.name === 'cite')!.required).toBe('ja');
  });

  it('lists every vocabulary value with its label and description', () => {
    for (const [name, vocab] of Object.entries(vocabularies)) {
      const section = reference.vocabularies.find((v) => v.field === name)!;
      expect(section.values).toEqual(Object.entries(vocab).map(([value, t]) => ({value, label: t.label, description: t.description})));
    }
  });

  it('says where a field is required, what type it has, and the rule, in German', () => {
    expect(row('status')).toMatchObject({required: 'nur bei praxis', types: 'alle Typen', type: 'ein Wert aus „Status“', vocabulary: 'werte-status'});
    expect(row('step')).toMatchObject({required: 'ja', types: 'koordination', type: 'ganze Zahl', rule: '1 bis 99'});
    expect(row('title')).toMatchObject({required: 'ja', rule: '3 bis 120 Zeichen', example: 'title: Clearingstelle Gesundheit'});
    expect(row('fields')).toMatchObject({rule: 'mindestens 1 Eintrag', example: 'fields: [gesundheit]'});
    expect(row('last_reviewed')).toMatchObject({type: 'Datum', rule: 'Format `JJJJ-MM-TT`'});
    expect(row('actors').required).toBe('nein');
    expect(row('sources').example).toBe('sources:\n  - ref: certa-vernetzung\n    section: "2.3"');
  });

  it('turns JSON Schema rules into words', () => {
    expect(ruleText({type: 'integer', minimum: 1990, maximum: 2100})).toBe('1990 bis 2100');
    expect(ruleText({type: 'integer', minimum: 1})).toBe('ab 1');
    expect(ruleText({type: 'string', maxLength: 60})).toBe('höchstens 60 Zeichen');
    expect(ruleText({anyOf: [{type: 'integer', minimum: 1990, maximum: 2100}, {type: 'string', pattern: '^\\d{4}$'}]})).toBe('ganze Zahl 1990 bis 2100 oder Text im Muster `^\\d{4}$`');
  });

  it('links the JSON Schema', () => {
    expect(reference.jsonSchema).toBe('/schema/entry.schema.json');
  });
});
