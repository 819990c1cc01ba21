/**
 * Real content → search documents (Node only). Entries come from the shared loader
 * (src/content), so search sees exactly what the site shows: validated entries with their
 * plain text and headings, vocabulary labels resolved. Glossary terms become documents of
 * type 'glossar' that link to their anchor on /glossar.
 */
import type {Entry, LoadResult} from '../content/index';
import type {GlossaryTerm} from '../content/schema';
import type {SearchDoc} from './types';

function entryLabels(e: Entry): string[] {
  const labelled = [...e.fields, ...e.actors, ...e.levels, ...e.funding, ...(e.kind ? [e.kind] : [])];
  return [e.typeLabel, ...labelled.map((l) => l.label), e.city, ...e.keywords];
}

export function entryToSearchDoc(e: Entry): SearchDoc {
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    description: e.description,
    url: e.url,
    headings: e.headings,
    // Key points are page text, shown above the body.
    body: [...e.keyPoints, e.text].join('\n'),
    labels: entryLabels(e),
    questions: e.questions,
    fields: e.fields.map((f) => f.value),
  };
}

/** A glossary term takes the Handlungsfelder of the entries it points to, so field filters keep it. */
export function glossaryToSearchDoc(term: GlossaryTerm, entries: ReadonlyMap<string, Entry>): SearchDoc {
  const related = (term.related ?? []).flatMap((id) => entries.get(id) ?? []);
  return {
    id: `glossar-${term.id}`,
    type: 'glossar',
    title: term.term,
    description: term.definition.trim(),
    url: `/glossar#${term.id}`,
    headings: [],
    body: '',
    labels: ['Glossar'],
    fields: [...new Set(related.flatMap((e) => e.fields.map((f) => f.value)))].sort(),
  };
}

/** The site's documents from content already loaded (by the Docusaurus plugin, the CLI or a bench). */
export function searchDocsOf({entries, glossary}: Pick<LoadResult, 'entries' | 'glossary'>): SearchDoc[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return [...entries.map(entryToSearchDoc), ...glossary.map((g) => glossaryToSearchDoc(g, byId))];
}
