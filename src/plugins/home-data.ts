import type {Entry} from '../content/normalize.ts';
import type {EntryType} from '../content/schema.ts';
import {scenarioMeasures} from '../catalog/scenarios.ts';

export interface HomeLink {
  title: string;
  url: string;
  description: string;
  number?: number;
}

/** A scenario with the measures that put it into practice (for the home page's grid). */
export interface HomeScenario extends HomeLink {
  measures: {title: string; url: string}[];
}

export interface HomeData {
  counts: Record<EntryType, number>;
  playbook: HomeLink[];
  scenarios: HomeScenario[];
  lessons: HomeLink[];
}

/**
 * The plugin's global data, which every page downloads: only what the playbook navigation on the
 * step pages needs (src/components/StepNav), a fixed nine links.
 */
export interface PlaybookSteps {
  playbook: {title: string; url: string; number?: number}[];
}

export function playbookSteps(entries: Entry[]): PlaybookSteps {
  return {playbook: entries.filter((e) => e.type === 'koordination').map((e) => ({title: e.title, url: e.url, number: e.step}))};
}

const link = (e: Entry, number?: number): HomeLink => ({title: e.title, url: e.url, description: e.description, number});

/** What the home page shows: counts, the playbook steps, the scenarios and the lessons. */
export function homeData(entries: Entry[]): HomeData {
  const counts = {kontext: 0, koordination: 0, szenario: 0, praxis: 0, lektion: 0};
  for (const e of entries) counts[e.type]++;
  return {
    counts,
    playbook: entries.filter((e) => e.type === 'koordination').map((e) => link(e, e.step)),
    scenarios: entries.filter((e) => e.type === 'szenario').map((e) => ({...link(e, e.scenario), measures: scenarioMeasures(e)})),
    lessons: entries.filter((e) => e.type === 'lektion').map((e) => link(e)),
  };
}
