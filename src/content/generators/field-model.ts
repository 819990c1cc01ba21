/**
 * The schema read once for the generators: every frontmatter field with its kind, rules,
 * description, examples, vocabulary and the types that have or require it. The field
 * reference, the entry assistant's form and the issue form are all written from this model, and
 * the model comes from the zod schema through its JSON Schema, so none of them can drift from the
 * validator.
 */
import * as z from 'zod';
import {bibliographyItemSchema, ENTRY_TYPES, entrySchemas, FIELD_TYPES, ID_PATTERN, outcomeSchema, requiredFields, resourcesSchema, sourceRefSchema, type EntryType} from '../schema.ts';
import {vocabularies, type VocabularyName} from '../vocabularies.ts';

/** What kind of input a field takes; each generator maps kinds to its own widgets. */
export type FieldKind =
  | 'const' // fixed by the folder (`type`)
  | 'id' // kebab-case key
  | 'text' // one line
  | 'longText' // a paragraph
  | 'url'
  | 'date' // YYYY-MM-DD
  | 'int'
  | 'number'
  | 'textOrNumber' // `section: 2.3` or `section: "2.3"`
  | 'yearOrMonth' // `2018` or `"2018-05"`
  | 'enum' // one vocabulary value
  | 'enumList' // several vocabulary values
  | 'idList' // ids of other entries
  | 'textList'
  | 'objectList'
  | 'object'; // a group of named parts (`resources`)

export interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  examples?: unknown[];
}

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  description: string;
  /** The first example of the schema's `meta.examples`, if any. */
  example?: unknown;
  /** The vocabulary the values come from (enum and enumList). */
  vocabulary?: VocabularyName;
  /** Rules from the JSON Schema (lengths, ranges, pattern) — shown and enforced by the generators. */
  schema: JsonSchema;
  /** Required wherever the field appears (for `status`: false, it is required only in `praxis`). */
  required: boolean;
  /** Top-level fields: the entry types that have this field, and those that require it. */
  types: EntryType[];
  requiredIn: EntryType[];
  /** Fields of the objects in an objectList. */
  children?: FieldSpec[];
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const {$schema: _ignored, ...rest} = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as JsonSchema & {$schema?: string};
  return rest;
}

function vocabularyFor(name: string, values: string[] | undefined): VocabularyName | undefined {
  if (!values || !Object.hasOwn(vocabularies, name)) return undefined;
  const vocab = vocabularies[name as VocabularyName];
  const known = Object.keys(vocab);
  // The schema's enum and the vocabulary must be the same list; anything else is a bug to see at once.
  if (known.length !== values.length || known.some((v, i) => v !== values[i])) throw new Error(`Vokabular „${name}“ und Schema stimmen nicht überein.`);
  return name as VocabularyName;
}

function kindOf(name: string, s: JsonSchema): FieldKind {
  if (s.const !== undefined) return 'const';
  if (s.anyOf) return s.anyOf.some((a) => a.type === 'integer') ? 'yearOrMonth' : 'textOrNumber';
  if (s.type === 'integer') return 'int';
  if (s.type === 'number') return 'number';
  if (s.type === 'array') {
    const items = s.items ?? {};
    if (items.enum) return 'enumList';
    if (items.type === 'object') return 'objectList';
    if (items.pattern === ID_PATTERN.source) return 'idList';
    return 'textList';
  }
  if (s.type === 'object') return 'object';
  if (s.enum) return 'enum';
  if (s.format === 'uri') return 'url';
  if (s.pattern === DATE_PATTERN) return 'date';
  if (s.pattern === ID_PATTERN.source) return 'id';
  if ((s.maxLength ?? 0) > 200) return 'longText';
  if (s.type === 'string') return 'text';
  throw new Error(`Feld „${name}“: unbekannte Art ${JSON.stringify(s)}`);
}

function specOf(name: string, schema: z.ZodType, types: EntryType[], objectSchema?: z.ZodObject): FieldSpec {
  const s = jsonSchemaOf(schema);
  const kind = kindOf(name, s);
  const values = kind === 'enum' ? s.enum : kind === 'enumList' ? s.items?.enum : undefined;
  const required = !schema.safeParse(undefined).success;
  const spec: FieldSpec = {name, kind, description: s.description ?? '', schema: s, required, types, requiredIn: required ? types : []};
  // From the registry, not the JSON Schema: zod drops output-side examples of transformed fields (`section`).
  const examples = (schema.meta()?.examples as unknown[] | undefined) ?? s.examples;
  if (examples?.length) spec.example = examples[0];
  const vocabulary = vocabularyFor(name, values);
  if (vocabulary) spec.vocabulary = vocabulary;
  if ((kind === 'objectList' || kind === 'object') && objectSchema) spec.children = objectFields(objectSchema, types);
  return spec;
}

function objectFields(schema: z.ZodObject, types: EntryType[]): FieldSpec[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => specOf(key, field, types));
}

/** Objects nested in fields, by field name (the schema has exactly these three). */
const NESTED: Record<string, z.ZodObject> = {outcomes: outcomeSchema, sources: sourceRefSchema, resources: resourcesSchema};

/** The fields of one entry type, in the order authors write them. */
export function typeFields(type: EntryType): FieldSpec[] {
  const shape = entrySchemas[type].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => specOf(name, field, [type], NESTED[name]));
}

/**
 * Every field any type knows, once, in schema order. Description and rules come from the first
 * type that has the field (for `status`: the general wording, which names where it is required).
 */
export function allFields(): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const type of ENTRY_TYPES) {
    for (const spec of typeFields(type)) {
      if (out.some((f) => f.name === spec.name)) continue;
      const types = FIELD_TYPES.get(spec.name) ?? [type];
      const requiredIn = types.filter((t) => requiredFields(t).includes(spec.name));
      const children = spec.children?.map((c) => ({...c, types, requiredIn: c.required ? types : []}));
      out.push({...spec, types, requiredIn, required: requiredIn.length === types.length, ...(children ? {children} : {})});
    }
  }
  return out;
}

/** Fields of a work in the bibliography (`data/sources.yml`). */
export function bibliographyFields(): FieldSpec[] {
  return objectFields(bibliographyItemSchema, []);
}
