import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CHARTS} from '../../src/charts/definitions';
import {ChartDataError, describeChart, extractChart, extractCharts, otherFigures} from '../../src/charts/extract';
import {layoutChart, niceScale, wrapLabel} from '../../src/charts/layout';
import {chartSvg, escapeXml} from '../../src/charts/svg';
import type {ChartDefinition, ChartSourceEntry} from '../../src/charts/types';
import {loadEntries} from '../../src/content/index';
import {REPO, TODAY} from '../support/site';
import {CATALOG_FIXTURES, realFrontmatter} from './support';

const fixture = JSON.parse(fs.readFileSync(path.join(CATALOG_FIXTURES, 'charts/entries.json'), 'utf8')) as ChartSourceEntry[];
const real = loadEntries(REPO, {today: TODAY}).entries;
const realChart = (id: string) => extractChart(CHARTS.find((c) => c.id === id)!, real);

const def = (over: Partial<ChartDefinition>): ChartDefinition => ({
  id: 'test',
  title: 'Einwohner',
  entry: 'zahlen-fixture',
  select: (o) => o.label.startsWith('Einwohner'),
  category: (o) => o.period ?? o.label,
  ...over,
});

describe('chart data from the real outcomes', () => {
  it('shows the EU2 population of Dortmund at the two dates the source states', () => {
    const c = realChart('eu2-dortmund');
    expect(c.points.map((p) => [p.category, p.value])).toEqual([
      ['Ende 2006', 573],
      ['Ende 2017', 8515],
    ]);
    expect(c.points.map((p) => p.display)).toEqual(['573 Personen', '8.515 Personen']);
    expect(c.source.url).toBe('/kontext/eu2-zuwanderung-dortmund');
  });

  it('shows the German EU2 figures', () => {
    expect(realChart('eu2-deutschland').points.map((p) => p.value)).toEqual([131402, 933195]);
  });

  it('keeps the qualifier of approximate figures', () => {
    expect(realChart('nordstadt-anteil').points.map((p) => p.display)).toEqual(['über 60 Prozent', 'über 50 Prozent']);
  });

  it('extracts every chart, and every value is one an entry states in its frontmatter', () => {
    const stated = new Map(realFrontmatter().map((d) => [d.id as string, ((d.outcomes ?? []) as {label: string; value: number}[]).map((o) => `${o.label}=${o.value}`)]));
    for (const chart of extractCharts(CHARTS, real)) {
      const d = CHARTS.find((c) => c.id === chart.id)!;
      const outcomes = real.find((e) => e.id === d.entry)!.outcomes.filter(d.select);
      expect(chart.points.length, chart.id).toBeGreaterThan(0);
      for (const o of outcomes) expect(stated.get(d.entry), chart.id).toContain(`${o.label}=${o.value}`);
    }
  });

  it('lists the figures no chart shows, and none that a chart shows', () => {
    const others = otherFigures(CHARTS, real);
    const labels = others.flatMap((g) => g.figures.map((f) => f.label));
    expect(labels).toContain('Kooperierende Krankenversicherer');
    expect(labels).not.toContain('EU2-Bürgerinnen und -Bürger in Dortmund');
    const total = real.reduce((n, e) => n + e.outcomes.length, 0);
    const charted = extractCharts(CHARTS, real).reduce((n, c) => n + c.points.length, 0);
    expect(labels.length + charted).toBe(total);
  });
});

describe('extractChart', () => {
  it('takes the selected outcomes with their German display value', () => {
    const c = extractChart(def({}), fixture);
    expect(c.points).toEqual([
      {category: 'Ende 2006', value: 200, unit: 'Personen', qualifier: undefined, display: '200 Personen', short: '200', period: 'Ende 2006'},
      {category: 'Ende 2017', value: 1000, unit: 'Personen', qualifier: 'rund', display: 'rund 1.000 Personen', short: 'rund 1.000', period: 'Ende 2017'},
    ]);
    expect(c.unit).toBe('Personen');
  });

  it('fails with a message naming the chart when the data is missing or mixed', () => {
    expect(() => extractChart(def({entry: 'gibt-es-nicht'}), fixture)).toThrow(ChartDataError);
    expect(() => extractChart(def({select: () => false}), fixture)).toThrow('Diagramm „Einwohner“ (test): Der Eintrag „zahlen-fixture“ hat keine passenden Zahlen.');
    expect(() => extractChart(def({select: (o) => ['Offene Stellen', 'Anteil im Quartier'].includes(o.label)}), fixture)).toThrow('verschiedene Einheiten (Prozent, Stellen)');
    const mixed = extractChart(def({select: (o) => ['Offene Stellen', 'Anteil im Quartier'].includes(o.label), mixedUnits: true}), fixture);
    expect(mixed.unit).toBeUndefined();
    // Without a shared unit, each bar says its own.
    expect(mixed.points.map((p) => p.short)).toEqual(['über 60 Prozent', 'etwa 700 Stellen']);
  });

  it('describes every value in words', () => {
    expect(describeChart(extractChart(def({note: 'Nur zwei Stichtage.'}), fixture))).toBe('Balkendiagramm mit 2 Werten. Ende 2006: 200 Personen; Ende 2017: rund 1.000 Personen. Nur zwei Stichtage.');
  });
});

describe('layout and SVG', () => {
  const chart = extractChart(def({}), fixture);

  it('draws bars from zero, proportional to the values', () => {
    const l = layoutChart(chart);
    const [a, b] = l.bars;
    expect(a.x).toBe(b.x);
    expect(b.width / a.width).toBeCloseTo(1000 / 200, 5);
    expect(l.ticks[0]).toMatchObject({x: a.x, label: '0'});
    expect(b.width).toBeLessThanOrEqual(l.plot.width);
  });

  it('labels only as many ticks as fit side by side', () => {
    const wide = layoutChart({...chart, points: [{...chart.points[0], value: 933195, short: '933.195 Euro je Einwohnerin bzw. Einwohner'}]});
    const labelled = wide.ticks.filter((t) => t.label);
    expect(labelled.length).toBeLessThan(wide.ticks.length);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].x - labelled[i - 1].x).toBeGreaterThan(labelled[i].label.length * 12 * 0.56);
  });

  it('uses a round axis maximum at or above the largest value', () => {
    expect(niceScale(8515)).toEqual({max: 10000, step: 2000});
    expect(niceScale(933195)).toEqual({max: 1000000, step: 200000});
    expect(niceScale(60)).toEqual({max: 60, step: 20});
    expect(niceScale(0)).toEqual({max: 1, step: 1});
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Arbeitsuchende mit formal geringer Qualifikation', 24)).toEqual(['Arbeitsuchende mit', 'formal geringer', 'Qualifikation']);
  });

  it('is an image with title and description, values written out, text escaped', () => {
    const svg = chartSvg({...chart, points: chart.points.map((p) => ({...p, category: `${p.category} <b>&</b>`}))});
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="diagramm-test-titel diagramm-test-beschreibung"/);
    expect(svg).toContain('<title id="diagramm-test-titel">Einwohner</title>');
    expect(svg).toContain('>rund 1.000</text>');
    expect(svg).toContain('>in Personen</text>');
    expect(svg).toContain('Ende 2006 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).not.toMatch(/<b>/);
    expect(escapeXml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
    const byLabel = chartSvg(extractChart(def({category: (o) => o.label}), fixture));
    expect(byLabel).not.toContain('<script>');
    expect(byLabel).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
