/** The schema is the one source of truth: types, vocabularies and the JSON Schema come from it. */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, expectTypeOf, it} from 'vitest';
import {entryJsonSchema} from '../src/content/json-schema';
import {entrySchemas, requiredFields, type EntryFrontmatter, type EntryInput} from '../src/content/schema';
import {fields, vocabularies} from '../src/content/vocabularies';
import {REPO} from './support/site';

describe('schema', () => {
  it('the committed JSON Schema is up to date (run `npm run schema` after changing the schema)', () => {
    const committed = fs.readFileSync(path.join(REPO, 'static/schema/entry.schema.json'), 'utf8');
    expect(committed).toBe(entryJsonSchema());
  });

  it('derives the enum of Handlungsfelder from the vocabulary', () => {
    const schema = JSON.parse(entryJsonSchema());
    const praxis = schema.oneOf.find((s: {properties: {type: {const: string}}}) => s.properties.type.const === 'praxis');
    expect(praxis.properties.fields.items.enum).toEqual(Object.keys(fields));
    expect(praxis.additionalProperties).toBe(false);
    expect(praxis.required).toEqual(expect.arrayContaining(['id', 'type', 'title', 'description', 'city', 'fields', 'status', 'sources', 'last_reviewed']));
  });

  it('gives every vocabulary value a German label and a one-line description', () => {
    for (const [name, vocab] of Object.entries(vocabularies)) {
      for (const [value, term] of Object.entries(vocab)) {
        expect(term.label.length, `${name}.${value}`).toBeGreaterThan(1);
        expect(term.description, `${name}.${value}`).toMatch(/^[A-ZÄÖÜ].*\.$/);
        expect(term.description).not.toContain('\n');
      }
    }
  });

  it('requires the type-specific fields only on their type', () => {
    expect(requiredFields('praxis')).toContain('status');
    expect(requiredFields('koordination')).toContain('step');
    expect(requiredFields('szenario')).toContain('scenario');
    expect(requiredFields('lektion')).toContain('kind');
    expect(requiredFields('kontext')).not.toContain('status');
    expect(Object.keys(entrySchemas.praxis.shape)).not.toContain('step');
  });

  it('documents every field for authors', () => {
    for (const schema of Object.values(entrySchemas)) {
      for (const [key, field] of Object.entries(schema.shape)) {
        expect((field as {meta(): {description?: string} | undefined}).meta()?.description, key).toBeTruthy();
      }
    }
  });

  it('derives the TypeScript types from the schema', () => {
    expectTypeOf<EntryFrontmatter['type']>().toEqualTypeOf<'kontext' | 'koordination' | 'szenario' | 'praxis' | 'lektion'>();
    expectTypeOf<Extract<EntryFrontmatter, {type: 'praxis'}>['status']>().toEqualTypeOf<'geplant' | 'laufend' | 'beendet'>();
    expectTypeOf<EntryFrontmatter['fields'][number]>().toEqualTypeOf<keyof typeof fields>();
    // Authors may write `section: 2.3`; code always reads a string.
    expectTypeOf<NonNullable<EntryInput['sources'][number]['section']>>().toEqualTypeOf<string | number>();
    expectTypeOf<NonNullable<EntryFrontmatter['sources'][number]['section']>>().toEqualTypeOf<string>();
  });
});
