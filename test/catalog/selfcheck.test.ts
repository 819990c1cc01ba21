import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {itemCount, knownChecked, selfCheckData, selfCheckMarkdown, suggestions, type SelfCheckData} from '../../src/catalog/selfcheck';
import {loadEntries} from '../../src/content/index';
import {CONTENT_MAP} from '../content-map';
import {REPO, TODAY} from '../support/site';
import {CATALOG_FIXTURES} from './support';

const dir = path.join(CATALOG_FIXTURES, 'selfcheck');
const fixture = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')) as SelfCheckData;
const real = loadEntries(REPO, {today: TODAY}).entries;

describe('selfCheckData from the real content', () => {
  const data = selfCheckData(real);

  it('has the Gelingensbedingungen, then the playbook steps in step order, each linking to its entry', () => {
    expect(data.groups.map((g) => g.id)).toEqual(['gelingensbedingungen', 'schritte']);
    const conditions = real.filter((e) => e.kind?.value === 'gelingensbedingung');
    expect(data.groups[0].items.map((i) => i.id).sort()).toEqual(conditions.map((e) => e.id).sort());
    expect(data.groups[1].items.map((i) => i.id)).toEqual([...CONTENT_MAP.koordination]);
    for (const item of data.groups.flatMap((g) => g.items)) expect(real.find((e) => e.id === item.id)!.url).toBe(item.url);
  });

  it('words the conditions without their label and is based on the recommendations', () => {
    expect(data.groups[0].items.map((i) => i.text)).toContain('Überörtlich aktiv werden');
    expect(data.basis).toEqual([{title: 'Empfehlungen für Kommunen', url: '/lektionen/empfehlungen-fuer-kommunen'}]);
  });

  it('knows for each item which other entries help, never an item itself', () => {
    const itemIds = new Set(data.groups.flatMap((g) => g.items.map((i) => i.id)));
    for (const [id, helpers] of Object.entries(data.helps)) {
      expect(itemIds.has(id)).toBe(true);
      for (const h of helpers) {
        expect(itemIds.has(h)).toBe(false);
        expect(data.entries[h].url).toBe(real.find((e) => e.id === h)!.url);
      }
    }
    expect(data.helps['ueberoertliche-vernetzung']).toContain('kooperation-plovdiv');
  });
});

describe('suggestions', () => {
  it('ranks by the number of open items an entry helps with, then measures first, then title', () => {
    const none = suggestions(fixture, new Set());
    expect(none.map((s) => [s.entry.id, s.reasons.length])).toEqual([
      ['steuerung-praxis', 2],
      ['szenario-eins', 2],
      ['kontext-zahlen', 2],
    ]);
  });

  it('only counts unticked items', () => {
    const some = suggestions(fixture, new Set(['verantwortung', 'augenhoehe']));
    expect(some.map((s) => s.entry.id)).toEqual(['szenario-eins', 'kontext-zahlen']);
    expect(some[1].reasons).toEqual(['Problemlagen erkennen']);
  });

  it('is empty when everything is ticked, and respects the limit', () => {
    expect(suggestions(fixture, new Set(['verantwortung', 'augenhoehe', 'erkennen', 'netzwerk']))).toEqual([]);
    expect(suggestions(fixture, new Set(), 1)).toHaveLength(1);
  });
});

describe('stored ticks and Markdown export', () => {
  it('ignores stored ids that are no longer items', () => {
    expect([...knownChecked(fixture, ['erkennen', 'entfernt'])]).toEqual(['erkennen']);
    expect(itemCount(fixture)).toBe(4);
  });

  it('writes a task list with absolute links for a committee paper', () => {
    const md = selfCheckMarkdown(fixture, new Set(['verantwortung']), {date: '26.11.2026', siteUrl: 'https://example.org/atlas/'});
    expect(md).toBe(fs.readFileSync(path.join(dir, 'expected.md'), 'utf8'));
  });
});
