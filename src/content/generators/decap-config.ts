/**
 * static/admin/config.yml for Decap CMS, written from the field model: one collection per entry
 * type in its folder, one widget per field, options with the vocabulary labels. Every save
 * becomes a pull request (editorial workflow), so the CI checks run before anything is published.
 */
import {stringify} from 'yaml';
import {PLACEHOLDER} from '../rules.ts';
import {ENTRY_TYPES, ID_PATTERN, ONE_LINE, QUESTION_END, type EntryType} from '../schema.ts';
import {SECTIONS} from '../sections.ts';
import {TYPE_FOLDER} from '../types.ts';
import {entryTypes, vocabularies} from '../vocabularies.ts';
import {typeFields, type FieldSpec, type JsonSchema} from './field-model.ts';
import {fieldLabel, ITEM_LABELS} from './labels.ts';
import {REPOSITORY} from './repository.ts';

export type DecapField = Record<string, unknown> & {name: string; label: string; widget: string};

export interface DecapCollection {
  name: string;
  label: string;
  folder: string;
  fields: DecapField[];
  [key: string]: unknown;
}

export interface DecapConfig {
  collections: DecapCollection[];
  [key: string]: unknown;
}

/** A hidden collection over all of docs/: the `related` field picks entries of every type from it. */
export const ALL_ENTRIES = 'alle-eintraege';

export const GENERATED_NOTE = 'Erzeugt aus src/content/schema.ts mit „npm run generate“. Nicht von Hand bearbeiten.';

const ID_RULE = 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, ohne Umlaute, z. B. „sprachcafe-gelsenkirchen“.';

/** Decap checks strings only by pattern: the schema's lengths become one. */
const isOneLine = (s: JsonSchema) => s.pattern === ONE_LINE.source;
const endsWithQuestionMark = (s: JsonSchema) => (s.allOf ?? []).some((a) => a.pattern === QUESTION_END.source);

function lengthPattern(s: JsonSchema): [string, string] | undefined {
  if (s.minLength === undefined && s.maxLength === undefined) return undefined;
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? '';
  const words = max === '' ? `mindestens ${min} Zeichen` : `${min} bis ${max} Zeichen`;
  const oneLine = isOneLine(s) || (s.allOf ?? []).some(isOneLine);
  const chars = oneLine ? '[^\\n\\r]' : '[\\s\\S]';
  // Decap checks one pattern: a question's length and its closing „?“ in one.
  if (endsWithQuestionMark(s)) return [`^${chars}{${Math.max(0, min - 1)},${max === '' ? '' : Number(max) - 1}}\\?$`, `Bitte eine Frage mit ${words}, am Ende ein „?“.`];
  return [`^${chars}{${min},${max}}$`, `Bitte ${words}${oneLine ? ' in einer Zeile' : ''}.`];
}

function options(spec: FieldSpec): {label: string; value: string}[] {
  const vocab = vocabularies[spec.vocabulary!] as Record<string, {label: string}>;
  return Object.entries(vocab).map(([value, term]) => ({label: term.label, value}));
}

function widget(spec: FieldSpec, type: EntryType, nested = false): DecapField {
  const base = {label: fieldLabel(spec.name, nested), name: spec.name, hint: spec.description, required: spec.required};
  const s = spec.schema;
  switch (spec.kind) {
    case 'const':
      return {...base, widget: 'hidden', default: type};
    case 'id':
      return {...base, widget: 'string', pattern: [ID_PATTERN.source, ID_RULE]};
    case 'text':
    case 'longText': {
      const pattern = lengthPattern(s);
      // A one-line field (`deliverable`) gets a one-line input even when it may be long.
      return {...base, widget: spec.kind === 'text' || isOneLine(s) ? 'string' : 'text', ...(pattern ? {pattern} : {})};
    }
    case 'url':
      return {...base, widget: 'string', pattern: ['^https://', 'Die Adresse muss mit https:// beginnen.']};
    case 'date':
      // Stored as the string YYYY-MM-DD, shown the German way; a new entry is reviewed today.
      return {...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true, default: '{{now}}'};
    case 'int':
    case 'number':
      return {...base, widget: 'number', value_type: spec.kind === 'int' ? 'int' : 'float', ...(s.minimum !== undefined ? {min: s.minimum} : {}), ...(s.maximum !== undefined ? {max: s.maximum} : {})};
    case 'textOrNumber':
      return {...base, widget: 'string'};
    case 'yearOrMonth': {
      const text = s.anyOf?.find((a) => a.pattern);
      return {...base, widget: 'string', ...(text?.pattern ? {pattern: [text.pattern, 'Ein Jahr (2018) oder Jahr und Monat (2018-05).']} : {})};
    }
    case 'enum':
      return {...base, widget: 'select', options: options(spec)};
    case 'enumList':
      return {...base, widget: 'select', multiple: true, options: options(spec), ...(s.minItems ? {min: s.minItems} : {})};
    case 'idList':
      return {...base, widget: 'relation', collection: ALL_ENTRIES, value_field: 'id', search_fields: ['title', 'id'], display_fields: ['title'], multiple: true, ...(s.maxItems ? {max: s.maxItems} : {})};
    case 'textList': {
      const singular = ITEM_LABELS[spec.name as keyof typeof ITEM_LABELS];
      const item = s.items ? lengthPattern(s.items) : undefined;
      // One text per item (key points, questions): a list of string widgets, so each keeps its length rule.
      return {...base, widget: 'list', ...(singular ? {label_singular: singular} : {}), ...(s.minItems ? {min: s.minItems} : {}), ...(s.maxItems ? {max: s.maxItems} : {}), ...(item ? {field: {label: singular ?? base.label, name: 'text', widget: 'string', pattern: item}} : {})};
    }
    case 'objectList': {
      const children = spec.children ?? [];
      const singular = ITEM_LABELS[spec.name as keyof typeof ITEM_LABELS];
      return {...base, widget: 'list', ...(singular ? {label_singular: singular} : {}), summary: `{{fields.${children[0].name}}}`, ...(s.minItems ? {min: s.minItems} : {}), ...(s.maxItems ? {max: s.maxItems} : {}), fields: children.map((c) => widget(c, type, true))};
    }
    case 'object':
      return {...base, widget: 'object', collapsed: true, fields: (spec.children ?? []).map((c) => widget(c, type, true))};
  }
}

/** The Markdown body, pre-filled with the section headings of the type. */
function bodyField(type: EntryType): DecapField {
  // The scaffolder's template: the marker shows reviewers any hint an author did not replace.
  const template = SECTIONS[type].map((s) => `## ${s.heading}\n\n${PLACEHOLDER}: ${s.hint}\n`).join('\n');
  return {
    label: 'Text',
    name: 'body',
    widget: 'markdown',
    hint: 'Reines Markdown, in eigenen Worten, mit den Abschnitten der Vorlage. Links auf andere Einträge als /praxis/kennung.',
    // Entries are plain CommonMark: no image or code shortcodes that would write HTML.
    editor_components: [],
    default: template,
  };
}

function collection(type: EntryType): DecapCollection {
  return {
    name: type,
    label: entryTypes[type].label,
    description: entryTypes[type].description,
    folder: `docs/${TYPE_FOLDER[type]}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // URLs are permanent (other cities link to them): entries are not deleted from the form.
    delete: false,
    identifier_field: 'id',
    slug: '{{id}}',
    summary: '{{title}} ({{city}})',
    sortable_fields: ['title', 'city', 'last_reviewed'],
    fields: [...typeFields(type).map((f) => widget(f, type)), bodyField(type)],
  };
}

export function decapConfig(): DecapConfig {
  return {
    backend: {
      name: 'github',
      repo: REPOSITORY.slug,
      branch: REPOSITORY.branch,
      // Members of the network without write access work in a fork; their save opens a pull request.
      open_authoring: true,
      commit_messages: {
        create: 'Neuer Eintrag ({{collection}}): {{slug}}',
        update: 'Eintrag bearbeitet ({{collection}}): {{slug}}',
        delete: 'Eintrag gelöscht ({{collection}}): {{slug}}',
        uploadMedia: 'Datei hochgeladen: {{path}}',
        deleteMedia: 'Datei gelöscht: {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    publish_mode: 'editorial_workflow',
    // Only used when the page is opened on localhost with `npx decap-server` running (see CONTRIBUTING.md).
    local_backend: true,
    locale: 'de',
    site_url: REPOSITORY.siteUrl,
    display_url: REPOSITORY.siteUrl,
    logo_url: '/img/logo.svg',
    // Uploads go where the gate accepts contributed images (src/content/assets.ts); entries sit one
    // folder below docs/, so `../assets/x.png` is the link the validator expects.
    media_folder: 'docs/assets',
    public_folder: '../assets',
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
    collections: [
      ...ENTRY_TYPES.map(collection),
      {
        name: ALL_ENTRIES,
        label: 'Alle Einträge',
        folder: 'docs',
        nested: {depth: 2},
        extension: 'md',
        format: 'frontmatter',
        create: false,
        delete: false,
        hide: true,
        identifier_field: 'id',
        fields: [
          {label: fieldLabel('id'), name: 'id', widget: 'string'},
          {label: fieldLabel('title'), name: 'title', widget: 'string'},
        ],
      },
    ],
  };
}

export function decapConfigYaml(): string {
  return `# ${GENERATED_NOTE}\n${stringify(decapConfig(), {lineWidth: 0})}`;
}
