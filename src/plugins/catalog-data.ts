/** Client data for the catalog: the few fields a card and the filters need. Pure. */
import type {Entry} from '../content/normalize.ts';

export interface CatalogEntry {
  id: string;
  type: Entry['type'];
  typeLabel: string;
  url: string;
  title: string;
  description: string;
  city: string;
  fields: Entry['fields'];
  actors: string[];
  levels: string[];
  status?: Entry['status'];
  funding: string[];
  since?: number;
  until?: number;
  lastReviewed: string;
}

export function toCatalogEntry(e: Entry): CatalogEntry {
  return {
    id: e.id,
    type: e.type,
    typeLabel: e.typeLabel,
    url: e.url,
    title: e.title,
    description: e.description,
    city: e.city,
    fields: e.fields,
    actors: e.actors.map((a) => a.value),
    levels: e.levels.map((l) => l.value),
    status: e.status,
    funding: e.funding.map((f) => f.value),
    since: e.since,
    until: e.until,
    lastReviewed: e.lastReviewed,
  };
}
