/**
 * The committee brief („Tischvorlage“, /tischvorlage and praxisatlas-tischvorlage.pdf): built only
 * from the entries' `key_points`, `deliverable`, years and `outcomes`, so it cannot say more than
 * the entries do and changes when they change. Pure; the page and the PDF render this model.
 */
import type {Entry} from '../content/normalize.ts';
import type {Outcome} from '../content/schema.ts';
import {formatPeriod} from '../components/format.ts';
import {shortTitle, withoutPrefix} from './summary.ts';

export interface BriefItem {
  title: string;
  url: string;
  /** The entry's first key point: its one-sentence summary. */
  summary: string;
}

export interface BriefStep extends BriefItem {
  step: number;
  /** What the step produced and who decided (`deliverable`). */
  deliverable: string;
  /** When Dortmund took the step (`since`–`until`), if the entry says. */
  years?: string;
}

export interface BriefFigure {
  /** What is counted; figures of one label in one entry are shown as a development. */
  label: string;
  /** „573 (Ende 2006) → 8.515 (Ende 2017)“ */
  values: {outcome: Outcome}[];
  entry: {title: string; url: string};
  /** The entry's „Stand der Angaben“, shown for values without a period of their own. */
  asOf?: string;
}

export interface CommitteeBrief {
  steps: BriefStep[];
  scenarios: (BriefItem & {scenario: number})[];
  conditions: BriefItem[];
  figures: BriefFigure[];
  /** First steps for a city: the key points of the recommendations entry. */
  firstSteps: {points: string[]; source?: {title: string; url: string}};
  /** Where to read more: the entries the brief draws on, by kind. */
  readMore: {title: string; url: string}[];
  /** Number of entries the brief was built from. */
  entryCount: number;
  /** The latest `last_reviewed` of those entries (`YYYY-MM-DD`): the brief's „Stand“. */
  reviewed: string;
}

/** The entry whose key points are the first steps (content map id). */
export const FIRST_STEPS_ENTRY = 'empfehlungen-fuer-kommunen';
/** At most this many figure rows: the brief must stay on two A4 pages. */
export const MAX_BRIEF_FIGURES = 10;
/** An entry's key figures are its first outcomes: at most this many labels per entry. */
export const FIGURES_PER_ENTRY = 2;

const item = (e: Entry): BriefItem => ({title: e.title, url: e.url, summary: e.keyPoints[0] ?? e.description});

/**
 * Key figures: the first outcomes (FIGURES_PER_ENTRY labels) of each of Dortmund's own entries,
 * context first, then playbook, then measures; several values of one label form a development.
 * Authors put an entry's most telling figures first.
 */
function keyFigures(entries: readonly Entry[]): BriefFigure[] {
  const order = ['kontext', 'koordination', 'praxis'];
  const rows: BriefFigure[] = [];
  const seen = new Set<string>();
  for (const e of [...entries].filter((x) => x.city === 'Dortmund' && order.includes(x.type)).sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))) {
    const byLabel = new Map<string, Outcome[]>();
    for (const o of e.outcomes) byLabel.set(o.label, [...(byLabel.get(o.label) ?? []), o]);
    for (const [label, outcomes] of [...byLabel].slice(0, FIGURES_PER_ENTRY)) {
      // The same figure reported by two entries (1.000 placed in work) is shown once.
      const key = `${label}|${outcomes.map((o) => `${o.value}|${o.period ?? ''}`).join(';')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({label, values: outcomes.map((outcome) => ({outcome})), entry: {title: e.title, url: e.url}, ...(e.asOf ? {asOf: e.asOf} : {})});
    }
  }
  return rows.slice(0, MAX_BRIEF_FIGURES);
}

export function committeeBrief(entries: readonly Entry[]): CommitteeBrief {
  const of = (type: Entry['type']) => entries.filter((e) => e.type === type);
  const steps = of('koordination')
    .sort((a, b) => (a.step ?? 0) - (b.step ?? 0))
    .map((e): BriefStep => ({...item(e), title: shortTitle(e.title), step: e.step ?? 0, deliverable: e.deliverable ?? '', years: formatPeriod(e)}));
  const scenarios = of('szenario')
    .sort((a, b) => (a.scenario ?? 0) - (b.scenario ?? 0))
    .map((e) => ({...item(e), scenario: e.scenario ?? 0}));
  const conditions = of('lektion').filter((e) => e.kind?.value === 'gelingensbedingung').map((e) => ({...item(e), title: withoutPrefix(e.title, 'Gelingensbedingung')}));
  const recommendations = entries.find((e) => e.id === FIRST_STEPS_ENTRY);
  const readMore = [...of('lektion').filter((e) => e.kind?.value !== 'gelingensbedingung'), ...of('kontext')].map((e) => ({title: e.title, url: e.url}));
  const figures = keyFigures(entries);
  const urls = new Set([...steps, ...scenarios, ...conditions, ...figures.map((f) => f.entry)].map((x) => x.url));
  const used = entries.filter((e) => urls.has(e.url) || e === recommendations);
  return {
    steps,
    scenarios,
    conditions,
    figures,
    firstSteps: {points: recommendations?.keyPoints ?? [], source: recommendations ? {title: recommendations.title, url: recommendations.url} : undefined},
    readMore,
    entryCount: used.length,
    reviewed: used.map((e) => e.lastReviewed).sort().at(-1) ?? '',
  };
}
