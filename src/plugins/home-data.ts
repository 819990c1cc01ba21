import type {Entry} from '../content/normalize.ts';
import type {EntryType} from '../content/schema.ts';

export interface HomeLink {
  title: string;
  url: string;
  description: string;
  number?: number;
}

export interface HomeData {
  counts: Record<EntryType, number>;
  playbook: HomeLink[];
  scenarios: HomeLink[];
  lessons: HomeLink[];
}

const link = (e: Entry, number?: number): HomeLink => ({title: e.title, url: e.url, description: e.description, number});

/** What the home page shows: counts, the playbook steps, the scenarios and the lessons. */
export function homeData(entries: Entry[]): HomeData {
  const counts = {kontext: 0, koordination: 0, szenario: 0, praxis: 0, lektion: 0};
  for (const e of entries) counts[e.type]++;
  return {
    counts,
    playbook: entries.filter((e) => e.type === 'koordination').map((e) => link(e, e.step)),
    scenarios: entries.filter((e) => e.type === 'szenario').map((e) => link(e, e.scenario)),
    lessons: entries.filter((e) => e.type === 'lektion').map((e) => link(e)),
  };
}
