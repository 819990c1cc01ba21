/** Where each entry type lives and what URL it gets. URLs are permanent: other cities link to them. */
import type {EntryType} from './schema.ts';

export const TYPE_FOLDER: Record<EntryType, string> = {
  kontext: 'kontext',
  koordination: 'koordination',
  szenario: 'szenarien',
  praxis: 'praxis',
  lektion: 'lektionen',
};

export const FOLDER_TYPE: ReadonlyMap<string, EntryType> = new Map(
  Object.entries(TYPE_FOLDER).map(([t, f]) => [f, t as EntryType]),
);

/** The file of an entry: `docs/<folder>/<id>.md` (scaffolder, entry assistant, issue converter). */
export function entryPath(type: EntryType, id: string): string {
  return `docs/${TYPE_FOLDER[type]}/${id}.md`;
}

export function entryUrl(type: EntryType, id: string): string {
  return `/${TYPE_FOLDER[type]}/${id}`;
}
