/**
 * One entry as the open-data files publish it: every frontmatter field under its frontmatter name,
 * in the values authors write (so a row can be checked against /felder and the JSON Schema), the
 * German labels of the vocabulary values beside them, the page's web address and the plain text.
 * JSON and CSV are two spellings of this one record; the field list comes from the schema, so a
 * new field does not compile until it is published here.
 */
import type {EntryFieldName} from '../content/generators/labels.ts';
import type {Entry, Labelled} from '../content/normalize.ts';
import type {Outcome, Resources} from '../content/schema.ts';
import {FIELD_TYPES} from '../content/schema.ts';
import {pageUrl} from './atlas.ts';

/** A source as the frontmatter writes it (`via` is a bibliography key). */
export interface SourceValue {
  ref: string;
  section?: string;
  pages?: string;
  via?: string;
}

/** Frontmatter values; `null` where the entry leaves an optional field out, `[]` for an empty list. */
export interface FrontmatterRecord extends Record<EntryFieldName, unknown> {
  id: string;
  type: string;
  title: string;
  description: string;
  city: string;
  fields: string[];
  actors: string[];
  levels: string[];
  since: number | null;
  until: number | null;
  status: string | null;
  funding: string[];
  outcomes: Outcome[];
  sources: SourceValue[];
  related: string[];
  last_reviewed: string;
  /** `JJJJ` or `JJJJ-MM`, always as text. */
  as_of: string | null;
  url: string | null;
  keywords: string[];
  key_points: string[];
  questions: string[];
  deliverable: string | null;
  evidence: string | null;
  resources: Resources | null;
  step: number | null;
  scenario: number | null;
  kind: string | null;
}

/** German labels of the vocabulary fields, in the order of their values. */
export interface LabelsRecord {
  type: string;
  fields: string[];
  actors: string[];
  levels: string[];
  status: string | null;
  funding: string[];
  kind: string | null;
  evidence: string | null;
}

export type VocabularyField = keyof LabelsRecord;
/** The frontmatter fields whose values come from a vocabulary, in schema order. */
export const VOCABULARY_FIELDS: readonly VocabularyField[] = ['type', 'fields', 'actors', 'levels', 'status', 'funding', 'kind', 'evidence'];

export interface EntryRecord {
  frontmatter: FrontmatterRecord;
  labels: LabelsRecord;
  /** The entry's page on the web. */
  page_url: string;
  /** The body as plain text (no Markdown, no diagrams). */
  text: string;
}

/** Every frontmatter field, in the order authors write them (schema.ts). */
export const FRONTMATTER_FIELDS: readonly EntryFieldName[] = [...FIELD_TYPES.keys()] as EntryFieldName[];

const values = (list: readonly Labelled[]) => list.map((l) => l.value);
const labels = (list: readonly Labelled[]) => list.map((l) => l.label);

export function entryRecord(entry: Entry, webAddress: string): EntryRecord {
  const frontmatter: FrontmatterRecord = {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    description: entry.description,
    city: entry.city,
    fields: values(entry.fields),
    actors: values(entry.actors),
    levels: values(entry.levels),
    since: entry.since ?? null,
    until: entry.until ?? null,
    status: entry.status?.value ?? null,
    funding: values(entry.funding),
    outcomes: entry.outcomes,
    sources: entry.sources.map((s) => ({ref: s.ref, section: s.section, pages: s.pages, via: s.via?.ref})),
    related: entry.related.map((r) => r.id),
    last_reviewed: entry.lastReviewed,
    as_of: entry.asOf ?? null,
    url: entry.website ?? null,
    keywords: entry.keywords,
    key_points: entry.keyPoints,
    questions: entry.questions,
    deliverable: entry.deliverable ?? null,
    evidence: entry.evidence?.value ?? null,
    resources: entry.resources ?? null,
    step: entry.step ?? null,
    scenario: entry.scenario ?? null,
    kind: entry.kind?.value ?? null,
  };
  return {
    frontmatter,
    labels: {
      type: entry.typeLabel,
      fields: labels(entry.fields),
      actors: labels(entry.actors),
      levels: labels(entry.levels),
      status: entry.status?.label ?? null,
      funding: labels(entry.funding),
      kind: entry.kind?.label ?? null,
      evidence: entry.evidence?.label ?? null,
    },
    page_url: pageUrl(webAddress, entry.url),
    text: entry.text,
  };
}
