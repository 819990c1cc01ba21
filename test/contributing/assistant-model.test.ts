/**
 * The entry assistant without a browser: the file it writes is the scaffold of `npm run new` with
 * the entered values in place; its checks in the browser (draft.ts) report exactly what
 * `loadEntries` — the gate of `npm run validate` — reports for the same file next to the real
 * content; every real entry opens in the editing mode and is written back without losing a value;
 * and the validator's problems land at the field they concern. One fixture per case in
 * test/fixtures/assistant/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkDraft, draftContext} from '../../src/content/draft';
import {entryPath} from '../../src/content/types';
import {entryFileText, type DraftValue} from '../../src/content/entry-file';
import {assistantForm, FORM_ORDER} from '../../src/content/generators/assistant-form';
import {typeFields} from '../../src/content/generators/field-model';
import {loadEntries} from '../../src/content/index';
import {parseEntryBytes} from '../../src/content/parse';
import {formatProblem} from '../../src/content/problem';
import {PLACEHOLDER} from '../../src/content/rules';
import {ENTRY_TYPES, type EntryType} from '../../src/content/schema';
import {scaffold} from '../../src/content/scaffold';
import {checkEntry} from '../../src/content/validate';
import {emptyState, fileText, isReady, placeProblems, stateFromText, type DraftState} from '../../src/components/EntryAssistant/model';
import {FIXTURES, REPO, removeSite, TODAY} from '../support/site';

interface Fixture {
  type: EntryType;
  id: string;
  values: Record<string, DraftValue>;
  sections: Record<string, string>;
}

const fixture = (name: string): Fixture => JSON.parse(fs.readFileSync(path.join(FIXTURES, 'assistant', `${name}.json`), 'utf8')) as Fixture;
const forms = assistantForm();
const formOf = (type: EntryType) => forms.find((f) => f.type === type)!;

function stateOf(f: Fixture): DraftState {
  const empty = emptyState(formOf(f.type), TODAY);
  return {...empty, id: f.id, idEdited: true, values: {...empty.values, ...f.values}, sections: {...empty.sections, ...f.sections}};
}

const content = loadEntries(REPO, {today: TODAY});
const context = draftContext(content);

/** The real content folders plus one file, as `npm run validate` would see them. */
const sites: string[] = [];
function siteWith(rel: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-assistant-'));
  sites.push(dir);
  for (const name of ['docs', 'data', 'blog', 'static', 'i18n']) if (fs.existsSync(path.join(REPO, name))) fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
  fs.writeFileSync(path.join(dir, rel), text);
  return dir;
}
afterAll(() => sites.forEach(removeSite));

describe('the file the assistant writes', () => {
  it('is the scaffold of npm run new with the entered values in place of the placeholders', () => {
    const f = fixture('complete');
    const text = fileText(stateOf(f), formOf('praxis'), TODAY);
    const scaffolded = scaffold(REPO, 'praxis', f.id, '2026-12-01').text;
    const v = f.values as Record<string, string>;
    // Replace, line by line, what npm run new left to fill in; add the optional fields where the writer puts them.
    const expected = scaffolded
      .replace(`"${PLACEHOLDER}: Titel des Eintrags"`, JSON.stringify(v.title))
      .replace(/^ {2}AUSFÜLLEN: Ein bis zwei Sätze.*$/m, `  ${v.description}`)
      .replace(`"${PLACEHOLDER}: Kommune"`, JSON.stringify(v.city))
      .replace('fields: [steuerung]', 'fields: [kinder-jugend, bildung]')
      .replace(/^(evidence: .*)$/m, `$1\nsince: 2019\nurl: "https://www.gelsenkirchen.de"\nactors: [freie-traeger, schule]\nresources:\n  staff: "drei Lotsinnen in Teilzeit"`)
      .replace(/^ {2}- "AUSFÜLLEN: Der wichtigste Satz.*"\n {2}- "AUSFÜLLEN: Ein zweiter Satz.*"$/m, v.key_points.split('\n').map((l) => `  - ${JSON.stringify(l)}`).join('\n'))
      .replace(/^ {2}- "AUSFÜLLEN: Wie fragt jemand.*"$/m, v.questions.split('\n').map((l) => `  - ${JSON.stringify(l)}`).join('\n'))
      .replace(`    section: "${PLACEHOLDER}"`, '    section: "2.3"')
      .replace(/## Schwierigkeiten\n\nAUSFÜLLEN: .*\n\n/, '')
      .replace(/^AUSFÜLLEN: .*$/gm, (line) => {
        const heading = Object.keys(f.sections).find((h) => line.includes(formOf('praxis').sections.find((s) => s.heading === h)!.hint));
        return heading ? f.sections[heading] : line;
      });
    // actors come after evidence in the writer's order; fix the expectation's order of optional fields.
    expect(text).toBe(expected.replace('since: 2019\nurl: "https://www.gelsenkirchen.de"\nactors: [freie-traeger, schule]', 'actors: [freie-traeger, schule]\nsince: 2019\nurl: "https://www.gelsenkirchen.de"'));
    expect(text).not.toContain(PLACEHOLDER);
  });

  it('passes npm run validate unchanged when complete, and the assistant calls it ready', () => {
    const f = fixture('complete');
    const text = fileText(stateOf(f), formOf('praxis'), TODAY);
    const rel = entryPath('praxis', f.id);
    const site = siteWith(rel, text);
    const result = loadEntries(site, {today: TODAY});
    expect(result.problems.filter((p) => p.path === rel).map(formatProblem)).toEqual([]);
    expect(result.entries.find((e) => e.id === f.id)?.title).toBe('Lotsendienst für Familien in Gelsenkirchen');
    const problems = checkDraft(rel, text, context, TODAY);
    expect(problems).toEqual([]);
    expect(isReady(problems, text)).toBe(true);
  });

  it('keeps hostile text as text: no value ends the frontmatter, adds a key or becomes markup', () => {
    const f = fixture('hostile');
    const text = fileText(stateOf(f), formOf('praxis'), TODAY);
    const raw = parseEntryBytes(entryPath('praxis', f.id), new TextEncoder().encode(text));
    expect(raw.problems).toEqual([]);
    expect(Object.keys(raw.data!)).not.toContain('slug');
    // One-line fields stay on one line; the text is kept, not dropped.
    expect(raw.data!.title).toBe('Titel" --- slug: /admin # <script>alert(1)</script>');
    expect(raw.data!.city).toBe(f.values.city);
    expect(raw.data!.keywords).toEqual(['key: value', '[a, b]']);
    expect(raw.body).toContain('## Worum es geht');
    // The gate still refuses the raw HTML in the body, with its own message.
    const problems = checkDraft(entryPath('praxis', f.id), text, context, TODAY);
    expect(problems.some((p) => p.field === 'body' && p.severity === 'error')).toBe(true);
    expect(problems.some((p) => p.field === 'title' && p.severity === 'error')).toBe(false);
  });
});

describe('checks in the browser = npm run validate', () => {
  it.each(['two-mistakes', 'across-files', 'hostile'])('%s: the same lines as the gate, next to the real content', (name) => {
    const f = fixture(name);
    const text = fileText(stateOf(f), formOf(f.type), TODAY);
    const rel = entryPath(f.type, f.id);
    const gate = loadEntries(siteWith(rel, text), {today: TODAY}).problems.filter((p) => p.path === rel).map(formatProblem);
    const browser = checkDraft(rel, text, context, TODAY).map(formatProblem);
    expect(gate.length).toBeGreaterThan(0);
    expect(browser).toEqual(gate);
  });

  it('flags the two newcomer mistakes at their fields with the validator message', () => {
    const f = fixture('two-mistakes');
    const text = fileText(stateOf(f), formOf('praxis'), TODAY);
    const placed = placeProblems(checkDraft(entryPath('praxis', f.id), text, context, TODAY), text, formOf('praxis'));
    const at = (target: string) => placed.filter((p) => p.target === target);
    expect(at('url')).toHaveLength(1);
    expect(at('url')[0].text).toBe(at('url')[0].problem.message);
    expect(at('questions')).toHaveLength(1);
    expect(at('questions')[0].text).toBe(`Frage 1: ${at('questions')[0].problem.message}`);
    expect(at('questions')[0].problem.message).toContain('Eine Frage endet mit „?“');
  });

  it('places problems of list items, parts of a source and the text at their control', () => {
    const f = fixture('across-files');
    const text = fileText(stateOf(f), formOf('praxis'), TODAY);
    const placed = placeProblems(checkDraft(entryPath('praxis', f.id), text, context, TODAY), text, formOf('praxis'));
    const targets = placed.map((p) => p.target);
    expect(targets).toContain('sources.0.ref');
    expect(targets).toContain('related');
    expect(targets).toContain('§Worum es geht');
    expect(targets).toContain('title');
    expect(placed.find((p) => p.target === 'related')!.text).toMatch(/^Eintrag 1: Es gibt keinen Eintrag „clearingstelle-gesundhet“\. Meinten Sie „clearingstelle-gesundheit“\?/);
  });
});

describe('editing mode', () => {
  it('opens every real entry and writes it back with the same values, the same text and no error', () => {
    expect(content.entries.length).toBeGreaterThan(30);
    for (const entry of content.entries) {
      const original = fs.readFileSync(path.join(REPO, entry.path), 'utf8');
      const state = stateFromText(entry.path, original, forms, TODAY);
      expect(state, entry.path).toBeDefined();
      const text = fileText(state!, formOf(state!.type), TODAY);
      const before = checkEntry(parseEntryBytes(entry.path, new TextEncoder().encode(original)), {today: TODAY});
      const after = checkEntry(parseEntryBytes(entry.path, new TextEncoder().encode(text)), {today: TODAY});
      expect(after.problems.filter((p) => p.severity === 'error').map(formatProblem), entry.path).toEqual([]);
      expect(after.entry!.data, entry.path).toEqual(before.entry!.data);
      expect(after.outline!.text, entry.path).toBe(before.outline!.text);
      expect(checkDraft(entry.path, text, context, TODAY).filter((p) => p.severity === 'error').map(formatProblem), entry.path).toEqual([]);
    }
  });
});

describe('the form', () => {
  it('has a control for every field of every type, in the form order, and the sections of the type', () => {
    for (const type of ENTRY_TYPES) {
      const names = typeFields(type).map((f) => f.name).filter((n) => n !== 'type');
      const form = formOf(type);
      expect(form.fields.map((f) => f.name).sort()).toEqual([...names].sort());
      expect(form.fields.map((f) => f.name)).toEqual(FORM_ORDER.filter((n) => names.includes(n)));
      for (const f of form.fields) expect(f.label, f.name).not.toBe(f.name);
    }
    expect(forms[0].type).toBe('praxis');
  });

  it('starts empty: nothing chosen for the contributor except the scaffold defaults, and it is not ready', () => {
    const state = emptyState(formOf('praxis'), TODAY);
    expect(state.values.fields).toEqual([]);
    expect(state.values.status).toBe('laufend');
    const text = fileText(state, formOf('praxis'), TODAY);
    expect(isReady(checkDraft(entryPath('praxis', 'neuer-eintrag'), text, context, TODAY), text)).toBe(false);
  });

  it('writes a new entry of each type that only lacks what the contributor must still write', () => {
    for (const type of ENTRY_TYPES) {
      const text = entryFileText({type, id: 'probe', values: {}, sections: {}, today: TODAY}, {step: 99, scenario: 6});
      const errors = checkEntry(parseEntryBytes(entryPath(type, 'probe'), new TextEncoder().encode(text)), {today: TODAY}).problems.filter((p) => p.severity === 'error');
      expect(errors.map(formatProblem), type).toEqual([]);
    }
  });
});
