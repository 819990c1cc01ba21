/**
 * The entry assistant's form, written from the field model like the issue form and /felder: every
 * field with its German label, the schema's description as help text, its example, the allowed
 * values with their labels, and the section headings of the type. Built at build time; the page
 * gets plain JSON and no zod-to-JSON-Schema code.
 */
import {ENTRY_TYPES, type EntryType} from '../schema.ts';
import {SECTIONS, type SectionTemplate} from '../sections.ts';
import {scaffoldDefaults} from '../entry-file.ts';
import {entryTypes, vocabularies} from '../vocabularies.ts';
import {typeFields, type FieldKind, type FieldSpec} from './field-model.ts';
import {fieldLabel, ITEM_LABELS} from './labels.ts';

export interface FormOption {
  value: string;
  label: string;
  description: string;
}

export interface FormField {
  name: string;
  label: string;
  kind: FieldKind;
  /** The schema's description (German; backticks mark code). */
  help: string;
  example?: string;
  required: boolean;
  options?: FormOption[];
  children?: FormField[];
  /** What one item of a list is called („Quelle hinzufügen“). */
  itemLabel?: string;
  /** The schema's maximum length of a text or of each list item. */
  maxLength?: number;
}

export interface FormType {
  type: EntryType;
  label: string;
  fields: FormField[];
  sections: SectionTemplate[];
  defaults: Record<string, string>;
}

/** The order a contributor fills the form in: what it is first, then how to place it, then sources. */
export const FORM_ORDER = [
  'title', 'id', 'city', 'description', 'fields', 'status', 'evidence', 'step', 'deliverable', 'scenario', 'kind',
  'key_points', 'questions', 'since', 'until', 'as_of', 'url', 'actors', 'levels', 'funding', 'outcomes', 'resources',
  'related', 'keywords', 'sources', 'last_reviewed',
];

function example(spec: FieldSpec): string | undefined {
  const e = spec.example;
  if (e === undefined || spec.kind === 'enum' || spec.kind === 'enumList') return undefined;
  return Array.isArray(e) ? e.map(String).join(spec.kind === 'idList' ? ', ' : ' · ') : String(e);
}

function formField(spec: FieldSpec, nested: boolean): FormField {
  const field: FormField = {name: spec.name, label: fieldLabel(spec.name, nested), kind: spec.kind, help: spec.description, required: spec.required};
  const ex = example(spec);
  if (ex !== undefined) field.example = ex;
  if (spec.vocabulary) {
    const vocab = vocabularies[spec.vocabulary] as Record<string, {label: string; description: string}>;
    field.options = Object.entries(vocab).map(([value, term]) => ({value, label: term.label, description: term.description}));
  }
  if (spec.children) field.children = spec.children.map((c) => formField(c, true));
  const itemLabel = (ITEM_LABELS as Record<string, string>)[spec.name];
  if (itemLabel && !nested) field.itemLabel = itemLabel;
  const max = spec.schema.maxLength ?? spec.schema.items?.maxLength;
  if (max !== undefined) field.maxLength = max;
  return field;
}

export function formType(type: EntryType): FormType {
  const specs = typeFields(type).filter((f) => f.name !== 'type');
  const missing = specs.filter((f) => !FORM_ORDER.includes(f.name));
  // A new schema field must get a place in the form, not silently go missing from it.
  if (missing.length) throw new Error(`Feld(er) ${missing.map((f) => f.name).join(', ')} fehlen in FORM_ORDER (assistant-form.ts).`);
  const byName = new Map(specs.map((s) => [s.name, s]));
  return {
    type,
    label: entryTypes[type].label,
    fields: FORM_ORDER.flatMap((name) => (byName.has(name) ? [formField(byName.get(name)!, false)] : [])),
    sections: SECTIONS[type],
    defaults: scaffoldDefaults(type),
  };
}

/** Every type, `praxis` first: new contributors almost always describe a measure. */
export function assistantForm(): FormType[] {
  return ['praxis' as const, ...ENTRY_TYPES.filter((t) => t !== 'praxis')].map(formType);
}
