/** Client data for the catalog and the facet pages: the few fields a card and the filters need. Pure. */
import type {EntryHistory} from '../content/history-types.ts';
import type {Entry} from '../content/normalize.ts';
import type {CatalogEntry} from '../catalog/types.ts';

export type {CatalogEntry};

export function toCatalogEntry(e: Entry): CatalogEntry {
  return {
    id: e.id,
    type: e.type,
    url: e.url,
    title: e.title,
    description: e.description,
    city: e.city,
    fields: e.fields.map((f) => f.value as CatalogEntry['fields'][number]),
    actors: e.actors.map((a) => a.value as CatalogEntry['actors'][number]),
    levels: e.levels.map((l) => l.value as CatalogEntry['levels'][number]),
    status: e.status?.value as CatalogEntry['status'],
    funding: e.funding.map((f) => f.value as CatalogEntry['funding'][number]),
    since: e.since,
    until: e.until,
    lastReviewed: e.lastReviewed,
    keywords: e.keywords,
  };
}

/** The catalogue page's entries: with the date of the last change (by project path), for the sort „Zuletzt geändert“. */
export function toCatalogEntriesWithHistory(entries: readonly Entry[], histories: ReadonlyMap<string, EntryHistory>): CatalogEntry[] {
  return entries.map((e) => ({...toCatalogEntry(e), lastChanged: histories.get(e.path)?.lastChanged ?? e.lastReviewed}));
}
