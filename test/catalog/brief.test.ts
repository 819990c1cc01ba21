/**
 * The committee brief (/tischvorlage): built from the entries' key points, deliverables and
 * outcomes only. On the real content it holds the nine steps, six scenarios, four conditions,
 * figures with their period and first steps; every sentence is traceable to an entry.
 */
import {describe, expect, it} from 'vitest';
import {committeeBrief, FIRST_STEPS_ENTRY, MAX_BRIEF_FIGURES} from '../../src/catalog/brief';
import {formatPeriod} from '../../src/components/format';
import {evidencePageData} from '../../src/catalog/evidence';
import {loadEntries} from '../../src/content/index';
import type {Entry} from '../../src/content/normalize';
import {CONTENT_MAP} from '../content-map';
import {REPO, TODAY} from '../support/site';

const {entries} = loadEntries(REPO, {today: TODAY});
const brief = committeeBrief(entries);
const byUrl = new Map(entries.map((e) => [e.url, e]));

describe('committee brief from the real content', () => {
  it('lists the nine steps in order, each with what it produced', () => {
    expect(brief.steps.map((s) => byUrl.get(s.url)!.id)).toEqual([...CONTENT_MAP.koordination]);
    expect(brief.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const s of brief.steps) expect(s.deliverable, s.title).toBe(byUrl.get(s.url)!.deliverable);
    for (const s of brief.steps) expect(s.deliverable.length, s.title).toBeGreaterThan(20);
  });

  it('gives the years Dortmund took a step from the entry, not from anywhere else', () => {
    for (const s of brief.steps) expect(s.years, s.title).toBe(formatPeriod(byUrl.get(s.url)!));
    expect(brief.steps.filter((s) => s.years).length).toBeGreaterThanOrEqual(6);
  });

  it('lists the six scenarios and the four conditions for success with their first key point', () => {
    expect(brief.scenarios.map((s) => byUrl.get(s.url)!.id)).toEqual([...CONTENT_MAP.szenario]);
    expect(brief.conditions.map((c) => byUrl.get(c.url)!.id).sort()).toEqual(CONTENT_MAP.lektion.filter((id) => id.startsWith('gelingensbedingung-')).sort());
    for (const item of [...brief.scenarios, ...brief.conditions]) expect(item.summary).toBe(byUrl.get(item.url)!.keyPoints[0]);
    for (const c of brief.conditions) expect(c.title).not.toMatch(/^Gelingensbedingung/);
  });

  it('takes the first steps for a city from the recommendations entry', () => {
    const recommendations = entries.find((e) => e.id === FIRST_STEPS_ENTRY)!;
    expect(brief.firstSteps.points).toEqual(recommendations.keyPoints);
    expect(brief.firstSteps.points.length).toBeGreaterThanOrEqual(3);
  });

  it('shows Dortmund figures with their period, each one an outcome of the entry it links to', () => {
    expect(brief.figures.length).toBeGreaterThanOrEqual(4);
    expect(brief.figures.length).toBeLessThanOrEqual(MAX_BRIEF_FIGURES);
    for (const f of brief.figures) {
      const e = byUrl.get(f.entry.url)!;
      expect(e.city).toBe('Dortmund');
      for (const v of f.values) expect(e.outcomes).toContainEqual(v.outcome);
      // A figure without a period of its own shows the entry's „Stand der Angaben“.
      for (const v of f.values) expect(v.outcome.period ?? f.asOf, f.label).toBeTruthy();
    }
    // The development of the EU2 population in Dortmund, as the article states it: end of 2006 → end of 2017.
    const dortmund = brief.figures.find((f) => f.values.some((v) => v.outcome.value === 8515));
    expect(dortmund?.values.map((v) => v.outcome.value)).toEqual([573, 8515]);
  });

  it('dates the brief by the latest review of the entries it uses', () => {
    const urls = new Set([...brief.steps, ...brief.scenarios, ...brief.conditions, ...brief.figures.map((f) => f.entry)].map((x) => x.url));
    urls.add(entries.find((e) => e.id === FIRST_STEPS_ENTRY)!.url);
    expect(brief.reviewed).toBe([...urls].map((u) => byUrl.get(u)!.lastReviewed).sort().at(-1));
    expect(brief.entryCount).toBe(urls.size);
    expect(brief.entryCount).toBeGreaterThan(9 + 6 + 4 + 1);
  });

  it('links only to entries that exist', () => {
    const urls = [...brief.steps, ...brief.scenarios, ...brief.conditions, ...brief.readMore, ...brief.figures.map((f) => f.entry)].map((x) => x.url);
    for (const u of urls) expect(byUrl.has(u), u).toBe(true);
  });
});

/** Minimal entries for the rules that the real content does not exercise. */
function entry(over: Partial<Entry> & Pick<Entry, 'id' | 'type'>): Entry {
  return {
    typeLabel: '', url: `/x/${over.id}`, path: '', title: over.id, description: 'Beschreibung.', city: 'Dortmund', fields: [], actors: [], levels: [], funding: [],
    outcomes: [], sources: [], related: [], backlinks: [], lastReviewed: TODAY, keywords: [], keyPoints: [`${over.id} in einem Satz.`, 'Zweiter Satz.'], questions: [], headings: [], text: '',
    ...over,
  };
}

describe('committee brief rules', () => {
  it('shows one figure reported by two entries once, and several values of one label as a development', () => {
    const placed = {label: 'In Arbeit vermittelt', value: 1000, unit: 'Personen', period: '2016–2017'};
    const brief = committeeBrief([
      entry({id: 'a', type: 'praxis', outcomes: [placed]}),
      entry({id: 'b', type: 'praxis', outcomes: [placed]}),
      entry({id: 'k', type: 'kontext', outcomes: [{label: 'Einwohner', value: 1, period: '2006'}, {label: 'Einwohner', value: 2, period: '2017'}]}),
    ]);
    expect(brief.figures.map((f) => [f.label, f.values.map((v) => v.outcome.value)])).toEqual([['Einwohner', [1, 2]], ['In Arbeit vermittelt', [1000]]]);
  });

  it('leaves out figures of other cities and stops at the figure limit', () => {
    const many = (id: string) => entry({id, type: 'praxis', outcomes: Array.from({length: 4}, (_, i) => ({label: `${id} Zahl ${i}`, value: i, period: '2017'}))});
    const brief = committeeBrief([...Array.from({length: 8}, (_, i) => many(`e${i}`)), entry({id: 'y', type: 'praxis', city: 'Essen', outcomes: [{label: 'Essen', value: 5}]})]);
    expect(brief.figures).toHaveLength(MAX_BRIEF_FIGURES);
    // The first FIGURES_PER_ENTRY labels of each entry: its key figures.
    expect(brief.figures.slice(0, 3).map((f) => f.label)).toEqual(['e0 Zahl 0', 'e0 Zahl 1', 'e1 Zahl 0']);
    expect(brief.figures.some((f) => f.label === 'Essen')).toBe(false);
  });

  it('has no first steps when the recommendations entry is missing, rather than inventing some', () => {
    expect(committeeBrief([entry({id: 'x', type: 'praxis'})]).firstSteps).toEqual({points: [], source: undefined});
  });
});

describe('/evidenz', () => {
  it('lists every praxis entry under its evidence level, and every level', () => {
    const levels = evidencePageData(entries);
    expect(levels.map((l) => l.value)).toEqual(['beschrieben', 'mit-zahlen', 'evaluiert']);
    const listed = levels.flatMap((l) => l.entries.map((e) => e.url)).sort();
    expect(listed).toEqual(entries.filter((e) => e.type === 'praxis').map((e) => e.url).sort());
  });
});
