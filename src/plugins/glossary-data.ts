/** Glossary terms with their related entries resolved, sorted for German readers. Pure. */
import type {Entry} from '../content/normalize.ts';
import type {GlossaryTerm} from '../content/schema.ts';

export interface GlossaryPageTerm {
  id: string;
  term: string;
  definition: string;
  related: {title: string; url: string}[];
}

export function glossaryPageData(terms: GlossaryTerm[], entries: Entry[]): GlossaryPageTerm[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return terms
    .map((t) => ({
      id: t.id,
      term: t.term,
      definition: t.definition.trim(),
      related: (t.related ?? []).flatMap((id) => (byId.has(id) ? [{title: byId.get(id)!.title, url: byId.get(id)!.url}] : [])),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'de'));
}
