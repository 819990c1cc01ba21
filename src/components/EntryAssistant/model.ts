/**
 * The assistant's state and how it maps to an entry file and back: form values → EntryDraft →
 * file text (entry-file.ts, shared with `npm run new`); a file text → form values (editing mode);
 * validator problems → the form control they belong to. Pure, so tests run it without a browser.
 */
import type {DraftContext} from '../../content/draft';
import {entryFileText, type DraftValue, type EntryDraft} from '../../content/entry-file';
import type {FormField, FormType} from '../../content/generators/assistant-form';
import {splitFrontmatter} from '../../content/parse';
import type {Problem} from '../../content/problem';
import {PLACEHOLDER} from '../../content/rules';
import type {EntryType} from '../../content/schema';

export interface AssistantData {
  form: FormType[];
  context: DraftContext;
  repository: {slug: string; branch: string};
  /** The operator's contact e-mail (data/betreiber.yml), empty while it is a placeholder. */
  editorialEmail?: string;
}

/** What the form holds: text lists as the text of their box (one item per line). */
export interface DraftState {
  version: 1;
  type: EntryType;
  id: string;
  /** False while the id follows the title. */
  idEdited: boolean;
  values: Record<string, DraftValue>;
  sections: Record<string, string>;
  /** Editing mode: the path of the entry being edited. */
  editing?: string;
}

const LIST_KINDS = new Set(['textList', 'idList']);

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function emptyValue(field: FormField, form: FormType, today: string): DraftValue {
  if (field.name === 'last_reviewed') return today;
  if (form.defaults[field.name]) return form.defaults[field.name];
  if (field.kind === 'enumList') return [];
  if (field.kind === 'objectList') return field.name === 'sources' ? [{ref: '', section: ''}] : [];
  if (field.kind === 'object') return {};
  return '';
}

export function emptyState(form: FormType, today: string): DraftState {
  return {
    version: 1,
    type: form.type,
    id: '',
    idEdited: false,
    values: Object.fromEntries(form.fields.filter((f) => f.name !== 'id').map((f) => [f.name, emptyValue(f, form, today)])),
    sections: Object.fromEntries(form.sections.map((s) => [s.heading, ''])),
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function toDraft(state: DraftState, form: FormType, today: string): EntryDraft {
  const values: EntryDraft['values'] = {};
  for (const field of form.fields) {
    const v = state.values[field.name];
    if (field.name === 'id' || v === undefined) continue;
    values[field.name] = LIST_KINDS.has(field.kind) && typeof v === 'string' ? lines(v) : v;
  }
  return {type: state.type, id: state.id.trim(), values, sections: state.sections, today};
}

export function fileText(state: DraftState, form: FormType, today: string): string {
  return entryFileText(toDraft(state, form, today));
}

const asText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * An entry file → the form's values (editing mode). Sections the type does not know, and text
 * before the first one, stay with the section before them, so nothing of the text is lost.
 */
export function stateFromText(path: string, text: string, forms: FormType[], today: string): DraftState | undefined {
  const split = splitFrontmatter(text.replace(/\r\n?/g, '\n'), path);
  const data = split.data;
  const form = forms.find((f) => f.type === data?.type);
  if (!data || !form) return undefined;
  const state = emptyState(form, today);
  state.id = asText(data.id);
  state.idEdited = true;
  state.editing = path;
  for (const field of form.fields) {
    const v = data[field.name];
    if (field.name === 'id' || v === undefined) continue;
    if (field.kind === 'enumList') state.values[field.name] = Array.isArray(v) ? v.map(asText) : [asText(v)];
    else if (LIST_KINDS.has(field.kind)) state.values[field.name] = Array.isArray(v) ? v.map(asText).join('\n') : asText(v);
    else if (field.kind === 'objectList') state.values[field.name] = Array.isArray(v) ? v.map((o) => Object.fromEntries(Object.entries((o ?? {}) as object).map(([k, x]) => [k, asText(x)]))) : [];
    else if (field.kind === 'object') state.values[field.name] = Object.fromEntries(Object.entries((v ?? {}) as object).map(([k, x]) => [k, asText(x)]));
    else state.values[field.name] = asText(v);
  }
  const known = new Set(form.sections.map((s) => s.heading));
  let current = form.sections[0]?.heading;
  const collected: Record<string, string[]> = {};
  for (const l of split.body.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(l)?.[1];
    if (heading !== undefined && known.has(heading)) {
      current = heading;
      continue;
    }
    if (current) (collected[current] ??= []).push(l);
  }
  for (const [heading, body] of Object.entries(collected)) state.sections[heading] = body.join('\n').trim();
  return state;
}

/** Where a problem is shown: a field (`title`), a part of one (`sources.0.ref`), a section (`§Vorgehen`) or `general`. */
export interface PlacedProblem {
  target: string;
  /** The validator's message, with the item it concerns when that is not clear from the place. */
  text: string;
  problem: Problem;
}

/** Lines of the `## ` headings of the body, as file lines. */
function sectionLines(text: string): {heading: string; line: number}[] {
  const all = text.split('\n');
  const close = all.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return all.flatMap((l, i) => (i > close && /^## /.test(l) ? [{heading: l.slice(3).trim(), line: i + 1}] : []));
}

export function placeProblems(problems: Problem[], text: string, form: FormType): PlacedProblem[] {
  const sections = sectionLines(text);
  const byName = new Map(form.fields.map((f) => [f.name, f]));
  return problems.map((problem) => {
    if (problem.field === 'body') {
      const section = sections.filter((s) => s.line <= problem.line).pop();
      return {target: section ? `§${section.heading}` : 'general', text: problem.message, problem};
    }
    const m = /^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?$/.exec(problem.field);
    const field = m ? byName.get(m[1]) : undefined;
    if (!m || !field) return {target: problem.field === 'type' ? 'type' : 'general', text: problem.message, problem};
    const [, name, index, child] = m;
    if (index !== undefined && field.kind === 'objectList') {
      return {target: child ? `${name}.${index}.${child}` : `${name}.${index}`, text: problem.message, problem};
    }
    if (child && field.kind === 'object') return {target: `${name}.${child}`, text: problem.message, problem};
    const item = index !== undefined && field.itemLabel ? `${field.itemLabel} ${Number(index) + 1}: ` : index !== undefined ? `Eintrag ${Number(index) + 1}: ` : '';
    return {target: name, text: `${item}${problem.message}`, problem};
  });
}

/** The draft is ready to send: no error, and no scaffold text left (which the validator only warns about). */
export function isReady(problems: Problem[], text: string): boolean {
  return !problems.some((p) => p.severity === 'error') && !text.includes(PLACEHOLDER);
}
