/**
 * The chart builder at the edges the schema allows for `outcomes[].value` (0 to MAX_OUTCOME_VALUE):
 * the axis loop in layoutChart must stay short. Beyond it, 1.7e308 made the axis maximum Infinity
 * and the tick loop never ended; the schema refuses such values before a chart is built.
 */
import {describe, expect, it} from 'vitest';
import {extractChart} from '../../src/charts/extract';
import {layoutChart, niceScale} from '../../src/charts/layout';
import {chartSvg} from '../../src/charts/svg';
import type {ChartDefinition, ChartSourceEntry} from '../../src/charts/types';
import {MAX_OUTCOME_VALUE, outcomeSchema} from '../../src/content/schema';

const def: ChartDefinition = {id: 'grenzen', title: 'Grenzwerte', entry: 'grenzen', select: () => true, category: (o) => o.label};
const entry = (values: number[]): ChartSourceEntry => ({
  id: 'grenzen',
  title: 'Grenzwerte',
  url: '/praxis/grenzen',
  typeLabel: 'Praxis',
  outcomes: values.map((value, i) => ({label: `Angabe ${i + 1}`, value, unit: 'Personen'})),
});

describe('charts at the limits of outcome values', () => {
  it('the schema allows exactly 0 to MAX_OUTCOME_VALUE', () => {
    expect(outcomeSchema.safeParse({label: 'Null', value: 0}).success).toBe(true);
    expect(outcomeSchema.safeParse({label: 'Größte', value: MAX_OUTCOME_VALUE}).success).toBe(true);
    for (const value of [-1, MAX_OUTCOME_VALUE + 1, 1.7e308, Infinity, NaN]) expect(outcomeSchema.safeParse({label: 'Zu viel', value}).success, String(value)).toBe(false);
  });

  it('lays out 1e9 and 0 side by side with a handful of ticks, in milliseconds', () => {
    const started = performance.now();
    const chart = extractChart(def, [entry([MAX_OUTCOME_VALUE, 0, MAX_OUTCOME_VALUE, 0])]);
    const layout = layoutChart(chart);
    const svg = chartSvg(chart);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(niceScale(MAX_OUTCOME_VALUE)).toEqual({max: MAX_OUTCOME_VALUE, step: 200_000_000});
    expect(layout.ticks.length).toBe(6);
    expect(layout.bars.map((b) => b.width)).toEqual([layout.plot.width, 0, layout.plot.width, 0]);
    expect(chart.points.map((p) => p.short)).toEqual(['1.000.000.000', '0', '1.000.000.000', '0']);
    expect(svg).toContain('>1.000.000.000</text>');
  });

  it('draws a chart of zeros only', () => {
    const layout = layoutChart(extractChart(def, [entry([0, 0])]));
    expect(layout.bars.map((b) => b.width)).toEqual([0, 0]);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '1']);
  });
});
