/**
 * The files generated from the schema are committed and in sync: the CMS form, the issue form,
 * the JSON Schema. The expectations are computed from schema.ts and vocabularies.ts directly (not
 * through the generators' field model), so a generator that drifts from the schema fails here.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {ALL_ENTRIES} from '../../src/content/generators/decap-config';
import {GENERATED_FILES} from '../../src/content/generators/index';
import {optionText} from '../../src/content/generators/issue-form';
import {ENTRY_TYPES, entrySchemas, outcomeSchema, requiredFields, sourceRefSchema, type EntryType} from '../../src/content/schema';
import {SECTIONS} from '../../src/content/sections';
import {TYPE_FOLDER} from '../../src/content/types';
import {vocabularies, type VocabularyName} from '../../src/content/vocabularies';
import {REPO, removeSite} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

const committed = (p: string) => fs.readFileSync(path.join(REPO, p), 'utf8');
const vocabularyOf = (name: string) => (Object.hasOwn(vocabularies, name) ? (vocabularies[name as VocabularyName] as Record<string, {label: string}>) : undefined);
const shapeKeys = (t: EntryType) => Object.keys(entrySchemas[t].shape);

type Field = {name: string; widget: string; required?: boolean; multiple?: boolean; options?: {label: string; value: string}[]; fields?: Field[]; collection?: string; value_field?: string; default?: unknown};
type Collection = {name: string; folder: string; format: string; extension: string; slug: string; identifier_field: string; hide?: boolean; nested?: unknown; fields: Field[]};

describe('generated files', () => {
  it.each(GENERATED_FILES.map((f) => f.path))('%s is committed and up to date (npm run generate)', (p) => {
    const file = GENERATED_FILES.find((f) => f.path === p)!;
    expect(committed(p)).toBe(file.generate());
  });

  it('npm run generate -- --check fails on a stale file and names it; npm run generate fixes it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-generate-'));
    made.push(dir);
    const run = (...args: string[]) => spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/generate.ts'), ...args], {cwd: dir, encoding: 'utf8'});
    expect(run().status).toBe(0);
    expect(run('--check').status).toBe(0);
    fs.appendFileSync(path.join(dir, 'static/admin/config.yml'), '# von Hand geändert\n');
    const stale = run('--check');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('✗ static/admin/config.yml passt nicht mehr zum Schema');
    expect(fs.readFileSync(path.join(dir, 'static/admin/config.yml'), 'utf8')).toContain('# von Hand geändert');
  });
});

describe('Decap CMS config (static/admin/config.yml)', () => {
  const config = parse(committed('static/admin/config.yml'));
  const collections = config.collections as Collection[];

  it('turns every save into a pull request on GitHub, with a local backend for trying it out', () => {
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(true);
  });

  it('has one collection per entry type, in its folder, as Markdown with frontmatter, named by id', () => {
    for (const t of ENTRY_TYPES) {
      const c = collections.find((x) => x.name === t)!;
      expect(c, t).toBeDefined();
      expect(c).toMatchObject({folder: `docs/${TYPE_FOLDER[t]}`, format: 'frontmatter', extension: 'md', slug: '{{id}}', identifier_field: 'id'});
    }
  });

  it.each(ENTRY_TYPES)('%s: every schema field has a widget, in schema order, required as the schema says', (t) => {
    const c = collections.find((x) => x.name === t)!;
    expect(c.fields.map((f) => f.name)).toEqual([...shapeKeys(t), 'body']);
    const required = requiredFields(t);
    for (const f of c.fields.filter((x) => x.name !== 'body')) expect(f.required, `${t}.${f.name}`).toBe(required.includes(f.name));
    expect(c.fields.find((f) => f.name === 'type')).toMatchObject({widget: 'hidden', default: t});
  });

  it.each(ENTRY_TYPES)('%s: every vocabulary value is an option, with its label', (t) => {
    const c = collections.find((x) => x.name === t)!;
    const nested = c.fields.flatMap((f) => f.fields ?? []);
    let checked = 0;
    for (const f of [...c.fields, ...nested]) {
      const vocab = vocabularyOf(f.name);
      if (!vocab || f.name === 'type') continue;
      checked++;
      expect(f.widget, f.name).toBe('select');
      expect(f.options).toEqual(Object.entries(vocab).map(([value, term]) => ({label: term.label, value})));
      expect(Boolean(f.multiple), f.name).toBe(['fields', 'actors', 'levels', 'funding'].includes(f.name));
    }
    // fields, actors, levels, status, funding, qualifier — and kind on lessons, evidence on measures.
    expect(checked).toBe(t === 'lektion' || t === 'praxis' ? 7 : 6);
  });

  it('uses a list for outcomes and sources (with their parts), a relation for related, a date for last_reviewed', () => {
    for (const t of ENTRY_TYPES) {
      const field = (name: string) => collections.find((x) => x.name === t)!.fields.find((f) => f.name === name)!;
      expect(field('outcomes').widget).toBe('list');
      expect(field('outcomes').fields!.map((f) => f.name)).toEqual(Object.keys(outcomeSchema.shape));
      expect(field('sources').widget).toBe('list');
      expect(field('sources').fields!.map((f) => f.name)).toEqual(Object.keys(sourceRefSchema.shape));
      expect(field('related')).toMatchObject({widget: 'relation', collection: ALL_ENTRIES, value_field: 'id', multiple: true});
      expect(field('last_reviewed')).toMatchObject({widget: 'datetime', format: 'YYYY-MM-DD', time_format: false});
      expect(field('since')).toMatchObject({widget: 'number', value_type: 'int'});
    }
  });

  it('offers entries of every type for related, through a hidden collection over docs/', () => {
    const all = collections.find((c) => c.name === ALL_ENTRIES)!;
    expect(all).toMatchObject({folder: 'docs', hide: true, create: false});
    expect(all.fields.map((f) => f.name)).toEqual(['id', 'title']);
  });
});

describe('issue form „Neue Praxis vorschlagen“', () => {
  const form = parse(committed('.github/ISSUE_TEMPLATE/neue-praxis.yml'));
  const body = form.body as {type: string; id?: string; attributes: {label?: string; options?: unknown[]; multiple?: boolean}; validations?: {required: boolean}}[];

  it('is a valid GitHub issue form: name, description, unique ids, labels on every input', () => {
    expect(form.name).toBe('Neue Praxis vorschlagen');
    expect(form.description).toBeTruthy();
    const ids = body.filter((b) => b.id).map((b) => b.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(b.type);
      if (b.type !== 'markdown') expect(b.attributes.label, b.id).toBeTruthy();
      if (b.id) expect(b.id).toMatch(/^[a-zA-Z0-9_-]+$/);
    }
  });

  it('has a dropdown per vocabulary of a praxis entry, with exactly the vocabulary', () => {
    const dropdowns = body.filter((b) => b.type === 'dropdown');
    expect(dropdowns.map((d) => d.id)).toEqual(['fields', 'actors', 'levels', 'status', 'funding', 'evidence']);
    for (const d of dropdowns) {
      const vocab = vocabularyOf(d.id!)!;
      expect(d.attributes.options).toEqual(Object.entries(vocab).map(([value, term]) => optionText(term.label, value)));
      expect(d.validations?.required, d.id).toBe(requiredFields('praxis').includes(d.id!));
    }
  });

  it('asks for title, description, city and sources as required, and for every section of a praxis entry', () => {
    for (const id of ['title', 'description', 'city', 'sources']) expect(body.find((b) => b.id === id)?.validations?.required, id).toBe(true);
    const sections = body.filter((b) => b.id?.startsWith('abschnitt-')).map((b) => b.attributes.label);
    expect(sections).toEqual(SECTIONS.praxis.map((s) => `Abschnitt „${s.heading}“`));
  });
});
