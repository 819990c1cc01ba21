/**
 * The data of the page „Felder und Werte“ (/felder): every frontmatter field with required-ness,
 * type, rule and example, and every vocabulary value with label and description. Generated from
 * the field model at build time, never written by hand, so it cannot drift from the validator.
 */
import {Document, isScalar, visit} from 'yaml';
import {ENTRY_TYPES, ONE_LINE, QUESTION_END, type EntryType} from '../schema.ts';
import {TYPE_FOLDER} from '../types.ts';
import {entryTypes, vocabularies, type VocabularyName} from '../vocabularies.ts';
import {allFields, bibliographyFields, type FieldSpec, type JsonSchema} from './field-model.ts';

export interface FieldRow {
  name: string;
  /** Required? „ja“, „nur bei praxis“ or „nein“. */
  required: string;
  /** „alle Typen“ or the types that have the field. */
  types: string;
  /** German name of the value type, e.g. „Liste von Werten aus „Handlungsfelder““. */
  type: string;
  /** Rules beyond the type, e.g. „3 bis 120 Zeichen“; empty when there are none. */
  rule: string;
  description: string;
  /** A YAML line (or lines) as an author writes it. */
  example: string;
  /** Anchor of the vocabulary section this field takes its values from. */
  vocabulary?: string;
  children?: FieldRow[];
}

export interface VocabularySection {
  /** Anchor on the page: `werte-<field>`. */
  anchor: string;
  field: string;
  title: string;
  values: {value: string; label: string; description: string}[];
}

export interface FieldReference {
  types: {value: string; label: string; description: string; folder: string; url: string; required: string[]}[];
  fields: FieldRow[];
  vocabularies: VocabularySection[];
  bibliography: FieldRow[];
  /** Site path of the JSON Schema for editors. */
  jsonSchema: string;
}

/** German headings of the vocabularies; typed by name, so a new vocabulary needs a title here. */
export const VOCABULARY_TITLES: Record<VocabularyName, string> = {
  type: 'Eintragstypen',
  fields: 'Handlungsfelder',
  actors: 'Akteure',
  levels: 'Ebenen',
  status: 'Status',
  funding: 'Förderung',
  kind: 'Art der Lektion',
  evidence: 'Belegstärke',
  qualifier: 'Genauigkeit von Zahlen',
};

export const JSON_SCHEMA_PATH = '/schema/entry.schema.json';

const vocabularyAnchor = (name: VocabularyName) => `werte-${name}`;

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min} bis ${max}${unit}`;
  if (min !== undefined) return `mindestens ${min}${unit}`;
  if (max !== undefined) return `höchstens ${max}${unit}`;
  return '';
}

/** The German name of a value's type. */
function typeName(spec: FieldSpec): string {
  const vocab = spec.vocabulary ? `„${VOCABULARY_TITLES[spec.vocabulary]}“` : '';
  switch (spec.kind) {
    case 'const': return 'fester Wert';
    case 'id': return 'Kennung';
    case 'text': return 'Text (eine Zeile)';
    case 'longText': return 'Text';
    case 'url': return 'Webadresse';
    case 'date': return 'Datum';
    case 'int': return 'ganze Zahl';
    case 'number': return 'Zahl';
    case 'textOrNumber': return 'Text oder Zahl';
    case 'yearOrMonth': return 'Jahr oder Jahr und Monat';
    case 'enum': return `ein Wert aus ${vocab}`;
    case 'enumList': return `Liste von Werten aus ${vocab}`;
    case 'idList': return 'Liste von Kennungen';
    case 'textList': return 'Liste von Texten';
    case 'objectList': return 'Liste von Angaben (siehe unten)';
    case 'object': return 'Gruppe von Angaben (siehe unten)';
  }
}

/** Patterns a reader should see in words, not as a regular expression. */
const PATTERN_WORDS: Record<string, string> = {
  [ONE_LINE.source]: 'eine Zeile, ohne Zeilenumbruch',
  [QUESTION_END.source]: 'endet mit „?“',
};

/** Lengths, ranges and patterns, in the words of the validator's messages. */
export function ruleText(s: JsonSchema, inUnion = false): string {
  const parts: string[] = [];
  if (s.anyOf) return s.anyOf.map((a) => ruleText(a, true)).filter(Boolean).join(' oder ');
  if (s.type === 'array') {
    const items = range(s.minItems, s.maxItems, s.minItems === 1 && s.maxItems === undefined ? ' Eintrag' : ' Einträge');
    if (items) parts.push(items);
    const inner = s.items && !s.items.enum && s.items.type !== 'object' ? ruleText(s.items) : '';
    if (inner) parts.push(`je Eintrag ${inner}`);
    return parts.join('; ');
  }
  if (s.type === 'string' && s.const === undefined) {
    const length = range(s.minLength, s.maxLength, ' Zeichen');
    if (length && !(s.minLength === 1 && s.maxLength === undefined)) parts.push(length);
    for (const pattern of [s.pattern, ...(s.allOf ?? []).map((a) => a.pattern)].filter((p): p is string => !!p)) {
      parts.push(PATTERN_WORDS[pattern] ?? `${inUnion ? 'Text im ' : ''}Muster \`${pattern}\``);
    }
    if (s.format === 'uri') parts.push('beginnt mit `https://`');
  }
  if (s.type === 'integer' || s.type === 'number') {
    const r = range(s.minimum, s.maximum, '');
    if (r) parts.push(`${inUnion && s.type === 'integer' ? 'ganze Zahl ' : ''}${r.replace(/^mindestens /, 'ab ')}`);
  }
  return parts.join('; ');
}

function exampleYaml(spec: FieldSpec): string {
  let value = spec.example;
  if (spec.kind === 'const') value = 'praxis';
  if (value === undefined && spec.kind === 'object' && spec.children) {
    value = Object.fromEntries(spec.children.filter((c) => c.example !== undefined).slice(0, 2).map((c) => [c.name, c.example]));
  } else if (value === undefined && spec.children) {
    // The required parts and the first optional one: what a typical item looks like.
    const optional = spec.children.find((c) => !c.required && c.example !== undefined);
    const shown = spec.children.filter((c) => (c.required || c === optional) && c.example !== undefined);
    const item = Object.fromEntries(shown.map((c) => [c.name, c.example]));
    value = [item];
  }
  if (value === undefined) return '';
  // Lists of plain values as authors write them in the content model: `fields: [gesundheit]`.
  const doc = new Document({[spec.name]: value});
  // Sentences (key points, questions) stay one per line: a comma inside one would split a flow list.
  visit(doc, {Seq: (_key, seq) => void (seq.flow = seq.items.every((x) => isScalar(x) && /^[\w.-]+$/.test(String(x.value))))});
  return doc.toString({flowCollectionPadding: false}).trimEnd();
}

function requiredText(spec: FieldSpec): string {
  if (spec.required) return 'ja';
  if (spec.requiredIn.length) return `nur bei ${spec.requiredIn.join(', ')}`;
  return 'nein';
}

function row(spec: FieldSpec): FieldRow {
  const out: FieldRow = {
    name: spec.name,
    required: requiredText(spec),
    types: spec.types.length === ENTRY_TYPES.length || spec.types.length === 0 ? 'alle Typen' : spec.types.join(', '),
    type: typeName(spec),
    rule: spec.kind === 'const' ? `passend zum Ordner: ${ENTRY_TYPES.join(', ')}` : spec.kind === 'date' ? 'Format `JJJJ-MM-TT`' : ruleText(spec.schema),
    description: spec.description,
    example: exampleYaml(spec),
  };
  if (spec.vocabulary) out.vocabulary = vocabularyAnchor(spec.vocabulary);
  if (spec.children) out.children = spec.children.map(row);
  return out;
}

export function fieldReference(): FieldReference {
  const required = (t: EntryType) => allFields().filter((f) => f.requiredIn.includes(t)).map((f) => f.name);
  return {
    types: ENTRY_TYPES.map((t) => ({value: t, label: entryTypes[t].label, description: entryTypes[t].description, folder: `docs/${TYPE_FOLDER[t]}/`, url: `/${TYPE_FOLDER[t]}/<id>`, required: required(t)})),
    fields: allFields().map(row),
    vocabularies: (Object.keys(vocabularies) as VocabularyName[]).map((name) => ({
      anchor: vocabularyAnchor(name),
      field: name,
      title: VOCABULARY_TITLES[name],
      values: Object.entries(vocabularies[name]).map(([value, term]) => ({value, label: term.label, description: term.description})),
    })),
    bibliography: bibliographyFields().map(row),
    jsonSchema: JSON_SCHEMA_PATH,
  };
}
