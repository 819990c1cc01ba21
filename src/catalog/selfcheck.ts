/**
 * The adoption self-check: a checklist from the lessons (Gelingensbedingungen; the
 * recommendations entry frames it) and the playbook steps, what to read next for the items a
 * city has not ticked, and the list as Markdown for a committee paper. Pure; the page keeps the
 * ticks in localStorage.
 */
import type {Entry} from '../content/normalize.ts';
import type {EntryType} from '../content/schema.ts';
import {firstSentence, withoutPrefix} from './summary.ts';

export interface CheckItem {
  /** The entry id: stable, so stored ticks survive reordering and new items. */
  id: string;
  text: string;
  hint: string;
  url: string;
}

export interface CheckGroup {
  id: string;
  title: string;
  intro: string;
  items: CheckItem[];
}

export interface SuggestionEntry {
  id: string;
  type: EntryType;
  title: string;
  url: string;
  typeLabel: string;
  description: string;
}

export interface SelfCheckData {
  /** Entries of kind `empfehlung`: what the checklist is based on. */
  basis: {title: string; url: string}[];
  groups: CheckGroup[];
  /** Per item: ids of entries that help with it (its related entries and backlinks, items excluded). */
  helps: Record<string, string[]>;
  entries: Record<string, SuggestionEntry>;
}

const item = (e: Entry, text: string): CheckItem => ({id: e.id, text, hint: firstSentence(e.description), url: e.url});

export function selfCheckData(entries: readonly Entry[]): SelfCheckData {
  const conditions = entries.filter((e) => e.kind?.value === 'gelingensbedingung');
  const steps = entries.filter((e) => e.type === 'koordination').sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
  const groups: CheckGroup[] = [
    {
      id: 'gelingensbedingungen',
      title: 'Voraussetzungen (Gelingensbedingungen)',
      intro: 'Was nach der Dortmunder Erfahrung vorhanden sein muss, damit eine Gesamtstrategie trägt.',
      items: conditions.map((e) => item(e, withoutPrefix(e.title, e.kind!.label))),
    },
    {
      id: 'schritte',
      title: 'Schritte des Koordinations-Playbooks',
      intro: 'Die Schritte, in denen Dortmund sein Netzwerk aufgebaut hat, in ihrer Reihenfolge.',
      items: steps.map((e) => item(e, e.title)),
    },
  ].filter((g) => g.items.length > 0);

  const itemIds = new Set(groups.flatMap((g) => g.items.map((i) => i.id)));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const helps: Record<string, string[]> = {};
  const used = new Set<string>();
  for (const id of itemIds) {
    const e = byId.get(id)!;
    const ids = [...new Set([...e.related, ...e.backlinks].map((l) => l.id))].filter((x) => !itemIds.has(x) && byId.has(x));
    helps[id] = ids;
    ids.forEach((x) => used.add(x));
  }
  const summaries: Record<string, SuggestionEntry> = {};
  for (const id of used) {
    const e = byId.get(id)!;
    summaries[id] = {id, type: e.type, title: e.title, url: e.url, typeLabel: e.typeLabel, description: firstSentence(e.description)};
  }
  return {
    basis: entries.filter((e) => e.kind?.value === 'empfehlung').map((e) => ({title: e.title, url: e.url})),
    groups,
    helps,
    entries: summaries,
  };
}

export interface Suggestion {
  entry: SuggestionEntry;
  /** The open items it helps with, as their texts. */
  reasons: string[];
}

/** Types a city starting out can act on come first when scores tie. */
const TYPE_ORDER: EntryType[] = ['praxis', 'szenario', 'lektion', 'kontext', 'koordination'];

/** The entries that help with most of the unticked items, best first. */
export function suggestions(data: SelfCheckData, checked: ReadonlySet<string>, limit = 6): Suggestion[] {
  const reasons = new Map<string, string[]>();
  for (const g of data.groups) {
    for (const i of g.items) {
      if (checked.has(i.id)) continue;
      for (const id of data.helps[i.id] ?? []) reasons.set(id, [...(reasons.get(id) ?? []), i.text]);
    }
  }
  return [...reasons.entries()]
    .map(([id, r]) => ({entry: data.entries[id], reasons: r}))
    .sort((a, b) => b.reasons.length - a.reasons.length || TYPE_ORDER.indexOf(a.entry.type) - TYPE_ORDER.indexOf(b.entry.type) || a.entry.title.localeCompare(b.entry.title, 'de'))
    .slice(0, limit);
}

export function itemCount(data: SelfCheckData): number {
  return data.groups.reduce((n, g) => n + g.items.length, 0);
}

/** Only ids that are still items (a stored tick for a removed entry is ignored). */
export function knownChecked(data: SelfCheckData, ids: readonly string[]): Set<string> {
  const known = new Set(data.groups.flatMap((g) => g.items.map((i) => i.id)));
  return new Set(ids.filter((id) => known.has(id)));
}

export interface MarkdownOptions {
  /** `26.11.2026`. */
  date: string;
  /** Absolute address of the site, e.g. `https://example.org/`, so links work in a committee paper. */
  siteUrl: string;
}

/** The checklist as a Markdown task list to paste into a committee paper. */
export function selfCheckMarkdown(data: SelfCheckData, checked: ReadonlySet<string>, opts: MarkdownOptions): string {
  const abs = (url: string) => opts.siteUrl.replace(/\/$/, '') + url;
  const done = data.groups.reduce((n, g) => n + g.items.filter((i) => checked.has(i.id)).length, 0);
  const lines = [
    `## Selbstcheck Neuzuwanderung (Stand ${opts.date})`,
    '',
    `Erfüllt: ${done} von ${itemCount(data)} Punkten. Grundlage: Praxisatlas Neuzuwanderung, ${abs('/selbstcheck')}`,
  ];
  for (const g of data.groups) {
    lines.push('', `### ${g.title}`, '');
    for (const i of g.items) lines.push(`- [${checked.has(i.id) ? 'x' : ' '}] ${i.text} (${abs(i.url)})`);
  }
  const next = suggestions(data, checked);
  if (next.length) {
    lines.push('', '### Zum Weiterlesen für die offenen Punkte', '');
    for (const s of next) lines.push(`- ${s.entry.title} (${abs(s.entry.url)})`);
  }
  return `${lines.join('\n')}\n`;
}
