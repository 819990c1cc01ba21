/**
 * Validated files → normalised entries: labels attached, bibliography resolved, related entries
 * and backlinks resolved, plain text and headings for search. Pure.
 */
import type {CheckedEntry} from './validate.ts';
import {linkTarget} from './links.ts';
import type {Bibliography, BibliographyItem, EntryFrontmatter, EntryType, Outcome, Resources} from './schema.ts';
import {entryUrl} from './types.ts';
import {actors, entryTypes, evidenceLevels, fields, funding, lessonKinds, levels, statuses} from './vocabularies.ts';

export interface Labelled<V extends string = string> {
  value: V;
  label: string;
}

export interface EntryLink {
  id: string;
  type: EntryType;
  title: string;
  url: string;
}

export interface ResolvedSource extends Partial<BibliographyItem> {
  ref: string;
  cite: string;
  section?: string;
  pages?: string;
  via?: {ref: string; cite: string};
}

/** The shape every feature reads. */
export interface Entry {
  id: string;
  type: EntryType;
  typeLabel: string;
  url: string;
  /** Project-relative source file. */
  path: string;
  title: string;
  description: string;
  city: string;
  fields: Labelled[];
  actors: Labelled[];
  levels: Labelled[];
  status?: Labelled;
  funding: Labelled[];
  since?: number;
  until?: number;
  outcomes: Outcome[];
  sources: ResolvedSource[];
  related: EntryLink[];
  /** Entries that point here by `related` or by a Markdown link. */
  backlinks: EntryLink[];
  scenario?: number;
  step?: number;
  kind?: Labelled;
  asOf?: string;
  lastReviewed: string;
  website?: string;
  keywords: string[];
  /** „Auf einen Blick“. */
  keyPoints: string[];
  /** Practitioners' questions the entry answers. */
  questions: string[];
  /** `koordination`: what the step produces and who decides. */
  deliverable?: string;
  /** `praxis`: how strong the evidence is. */
  evidence?: Labelled;
  /** `praxis`: what the measure needed, as far as the source says. */
  resources?: Resources;
  headings: string[];
  /** Plain text of the body (no Markdown, no diagrams). */
  text: string;
}

const label = <V extends string>(vocab: Record<V, {label: string}>, values: readonly V[] | undefined): Labelled<V>[] =>
  (values ?? []).map((value) => ({value, label: vocab[value].label}));

function resolveSource(s: EntryFrontmatter['sources'][number], bib: Bibliography): ResolvedSource {
  const item = bib[s.ref];
  return {
    ...item,
    ref: s.ref,
    cite: item?.cite ?? s.ref,
    section: s.section,
    pages: s.pages,
    via: s.via ? {ref: s.via, cite: bib[s.via]?.cite ?? s.via} : undefined,
  };
}

/** Stable reading order: playbook by step, scenarios by number, then by title. */
export function compareEntries(a: Entry, b: Entry): number {
  const order: EntryType[] = ['koordination', 'szenario', 'praxis', 'lektion', 'kontext'];
  return order.indexOf(a.type) - order.indexOf(b.type) || (a.step ?? 0) - (b.step ?? 0) || (a.scenario ?? 0) - (b.scenario ?? 0) || a.title.localeCompare(b.title, 'de');
}

export function normalizeEntries(checked: CheckedEntry[], bibliography: Bibliography): Entry[] {
  const byId = new Map(checked.map((c) => [c.data.id, c]));
  const byPath = new Map(checked.map((c) => [c.raw.path, c]));
  const byUrl = new Map(checked.map((c) => [entryUrl(c.data.type, c.data.id), c]));
  const linkTo = (c: CheckedEntry): EntryLink => ({id: c.data.id, type: c.data.type, title: c.data.title, url: entryUrl(c.data.type, c.data.id)});

  const backlinks = new Map<string, Map<string, EntryLink>>();
  const addBacklink = (to: string, from: CheckedEntry) => {
    if (to === from.data.id) return;
    const m = backlinks.get(to) ?? new Map<string, EntryLink>();
    m.set(from.data.id, linkTo(from));
    backlinks.set(to, m);
  };
  for (const c of checked) {
    for (const rel of c.data.related ?? []) addBacklink(rel, c);
    for (const l of c.outline.links) {
      const t = linkTarget(c.raw.path, l.url);
      const target = t && (t.kind === 'file' ? byPath.get(t.path) : byUrl.get(t.path));
      if (target) addBacklink(target.data.id, c);
    }
  }

  return checked
    .map((c): Entry => {
      const d = c.data as EntryFrontmatter & {step?: number; scenario?: number; kind?: keyof typeof lessonKinds; deliverable?: string; evidence?: keyof typeof evidenceLevels; resources?: Resources};
      return {
        id: d.id,
        type: d.type,
        typeLabel: entryTypes[d.type].label,
        url: entryUrl(d.type, d.id),
        path: c.raw.path,
        title: d.title,
        description: d.description.trim(),
        city: d.city,
        fields: label(fields, d.fields),
        actors: label(actors, d.actors),
        levels: label(levels, d.levels),
        status: d.status ? {value: d.status, label: statuses[d.status].label} : undefined,
        funding: label(funding, d.funding),
        since: d.since,
        until: d.until,
        outcomes: d.outcomes ?? [],
        sources: d.sources.map((s) => resolveSource(s, bibliography)),
        related: (d.related ?? []).flatMap((id) => (byId.has(id) ? [linkTo(byId.get(id)!)] : [])),
        backlinks: [...(backlinks.get(d.id)?.values() ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'de')),
        scenario: d.scenario,
        step: d.step,
        kind: d.kind ? {value: d.kind, label: lessonKinds[d.kind].label} : undefined,
        asOf: d.as_of === undefined ? undefined : String(d.as_of),
        lastReviewed: d.last_reviewed,
        website: d.url,
        keywords: d.keywords ?? [],
        keyPoints: d.key_points,
        questions: d.questions,
        deliverable: d.deliverable,
        evidence: d.evidence ? {value: d.evidence, label: evidenceLevels[d.evidence].label} : undefined,
        resources: d.resources,
        headings: c.outline.headings.map((h) => h.text),
        text: c.outline.text,
      };
    })
    .sort(compareEntries);
}
