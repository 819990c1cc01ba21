/** Cross-links: backlinks computed at build time, playbook steps in order, measures of scenarios. */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import {stepNavigation} from '../../src/catalog/steps';
import {scenarioMeasures} from '../../src/catalog/scenarios';
import {homeData} from '../../src/plugins/home-data';
import {CONTENT_MAP} from '../content-map';
import {REPO, TODAY} from '../support/site';
import {CATALOG_FIXTURES, ids} from './support';

const fixture = loadEntries(path.join(CATALOG_FIXTURES, 'backlinks'), {today: TODAY});
const real = loadEntries(REPO, {today: TODAY});
const byId = (id: string) => fixture.entries.find((e) => e.id === id)!;

describe('backlinks (src/content/normalize.ts)', () => {
  it('the fixture is valid', () => {
    expect(fixture.problems).toEqual([]);
  });

  it('come from `related` and from Markdown links, relative or absolute, once per entry', () => {
    // massnahme-a: schritt-eins by `related`, schritt-zwei by an absolute link in the text.
    expect(ids(byId('massnahme-a').backlinks)).toEqual(['schritt-eins', 'schritt-zwei']);
    // szenario-x: two links (a relative file and an absolute URL with anchor) from one entry, one from another.
    expect(ids(byId('szenario-x').backlinks)).toEqual(['schritt-eins', 'massnahme-a']);
    // massnahme-b: only szenario-x, by `related`.
    expect(ids(byId('massnahme-b').backlinks)).toEqual(['szenario-x']);
    // schritt-eins: massnahme-a and schritt-zwei both name it in `related`.
    expect(ids(byId('schritt-eins').backlinks)).toEqual(['massnahme-a', 'schritt-zwei']);
  });

  it('ignore links to the entry itself and links outside the site', () => {
    expect(ids(byId('massnahme-a').backlinks)).not.toContain('massnahme-a');
    expect(ids(byId('schritt-zwei').backlinks)).toEqual([]);
    expect(ids(byId('ohne-verweise').backlinks)).toEqual([]);
  });

  it('carry title, type and URL for the page', () => {
    expect(byId('szenario-x').backlinks[0]).toEqual({id: 'schritt-eins', type: 'koordination', title: 'Erster Schritt', url: '/koordination/schritt-eins'});
  });

  it('are symmetric to `related` across the real content', () => {
    const {entries} = real;
    for (const e of entries) {
      for (const r of e.related) expect(ids(entries.find((x) => x.id === r.id)!.backlinks), `${e.id} → ${r.id}`).toContain(e.id);
    }
    expect(entries.every((e) => e.backlinks.length > 0)).toBe(true);
  });
});

describe('stepNavigation', () => {
  const steps = homeData(fixture.entries).playbook;

  it('orders by step number, across gaps in the numbering', () => {
    expect(stepNavigation(steps, '/koordination/schritt-eins')).toEqual({position: 1, total: 3, previous: undefined, next: expect.objectContaining({url: '/koordination/schritt-zwei'})});
    expect(stepNavigation(steps, '/koordination/schritt-zwei')).toMatchObject({position: 2, previous: {url: '/koordination/schritt-eins'}, next: {url: '/koordination/schritt-fuenf', number: 5}});
    expect(stepNavigation(steps, '/koordination/schritt-fuenf')).toMatchObject({position: 3, total: 3, next: undefined});
  });

  it('does not depend on the order it is given', () => {
    expect(stepNavigation([...steps].reverse(), '/koordination/schritt-zwei')).toEqual(stepNavigation(steps, '/koordination/schritt-zwei'));
  });

  it('is undefined for a page that is not a step', () => {
    expect(stepNavigation(steps, '/praxis/massnahme-a')).toBeUndefined();
  });

  it('walks the nine real steps in the order of the content map', () => {
    const steps = homeData(real.entries).playbook;
    const walked: string[] = [];
    let url: string | undefined = `/koordination/${CONTENT_MAP.koordination[0]}`;
    while (url) {
      walked.push(url.split('/').pop()!);
      url = stepNavigation(steps, url)?.next?.url;
    }
    expect(walked).toEqual([...CONTENT_MAP.koordination]);
  });
});

describe('scenarioMeasures', () => {
  it('lists praxis entries linked in either direction, once, A–Z', () => {
    // Maßnahme A links to the scenario in its text, the scenario names Maßnahme B in `related`.
    expect(scenarioMeasures(byId('szenario-x'))).toEqual([
      {title: 'Maßnahme A', url: '/praxis/massnahme-a'},
      {title: 'Maßnahme B', url: '/praxis/massnahme-b'},
    ]);
  });

  it('gives every real scenario at least one measure', () => {
    for (const s of real.entries.filter((e) => e.type === 'szenario')) expect(scenarioMeasures(s).length, s.id).toBeGreaterThan(0);
  });

  it('ignores entries of other types', () => {
    expect(scenarioMeasures(byId('szenario-x')).map((m) => m.title)).not.toContain('Erster Schritt');
    expect(scenarioMeasures(byId('schritt-eins'))).toEqual([{title: 'Maßnahme A', url: '/praxis/massnahme-a'}]);
  });
});
