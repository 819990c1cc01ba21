/**
 * The files generated from the schema are committed and in sync: the issue form (and its
 * chooser), the JSON Schema. The expectations are computed from schema.ts and vocabularies.ts
 * directly (not through the generators' field model), so a generator that drifts from the schema
 * fails here.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {GENERATED_FILES} from '../../src/content/generators/index';
import {optionText} from '../../src/content/generators/issue-form';
import {requiredFields} from '../../src/content/schema';
import {SECTIONS} from '../../src/content/sections';
import {vocabularies, type VocabularyName} from '../../src/content/vocabularies';
import {REPO, removeSite} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

const committed = (p: string) => fs.readFileSync(path.join(REPO, p), 'utf8');
const vocabularyOf = (name: string) => (Object.hasOwn(vocabularies, name) ? (vocabularies[name as VocabularyName] as Record<string, {label: string}>) : undefined);

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
    const issueForm = path.join(dir, '.github/ISSUE_TEMPLATE/neue-praxis.yml');
    fs.appendFileSync(issueForm, '# von Hand geändert\n');
    const stale = run('--check');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('✗ .github/ISSUE_TEMPLATE/neue-praxis.yml passt nicht mehr zum Schema');
    expect(stale.stdout).toContain('✓ static/schema/entry.schema.json ist aktuell.');
    expect(fs.readFileSync(issueForm, 'utf8')).toContain('# von Hand geändert');
    expect(run().status).toBe(0);
    expect(fs.readFileSync(issueForm, 'utf8')).not.toContain('# von Hand geändert');
    expect(run('--check').status).toBe(0);
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
