/**
 * Geometry of a horizontal bar chart: bars start at zero (so lengths compare honestly), labels on
 * the left wrapped to a few lines, the value as the source states it at the end of each bar.
 * Pure numbers, so tests can check that bar lengths are proportional to the values.
 */
import {formatNumber} from './format.ts';
import type {ChartData} from './types.ts';

export interface LayoutOptions {
  width: number;
  fontSize: number;
  /** Characters per label line before wrapping. */
  labelChars: number;
  barHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {width: 640, fontSize: 14, labelChars: 24, barHeight: 22};

export interface BarGeometry {
  lines: string[];
  /** Top of the row. */
  y: number;
  x: number;
  barY: number;
  width: number;
  height: number;
  value: string;
  valueX: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: {x: number; y: number; width: number; height: number};
  /** Grid lines; a label may be empty where labels would overlap. */
  ticks: {x: number; label: string}[];
  bars: BarGeometry[];
  /** The unit all bars share, written once under the axis. */
  unit?: string;
}

/** Split a label into lines of about `max` characters at spaces. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** A round axis maximum and step: 1, 2, 2.5 or 5 times a power of ten, at most five steps. */
export function niceScale(max: number): {max: number; step: number} {
  if (max <= 0) return {max: 1, step: 1};
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return {max: Math.ceil(max / step - 1e-9) * step, step};
}

export function layoutChart(chart: ChartData, opts: LayoutOptions = DEFAULT_LAYOUT): ChartLayout {
  const charWidth = opts.fontSize * 0.56;
  const lineHeight = opts.fontSize * 1.25;
  const wrapped = chart.points.map((p) => wrapLabel(p.category, opts.labelChars));
  const labelWidth = Math.ceil(Math.max(...wrapped.flat().map((l) => l.length)) * charWidth) + 12;
  const valueWidth = Math.ceil(Math.max(...chart.points.map((p) => p.short.length)) * charWidth) + 12;
  const top = 8;
  const plotX = labelWidth;
  const plotWidth = Math.max(80, opts.width - labelWidth - valueWidth);
  const {max, step} = niceScale(Math.max(...chart.points.map((p) => p.value)));
  const scale = (v: number) => (v / max) * plotWidth;

  let y = top;
  const bars = chart.points.map((p, i): BarGeometry => {
    const rowHeight = Math.max(opts.barHeight, wrapped[i].length * lineHeight) + 12;
    const width = scale(p.value);
    const bar: BarGeometry = {lines: wrapped[i], y, x: plotX, barY: y + (rowHeight - opts.barHeight) / 2, width, height: opts.barHeight, value: p.short, valueX: plotX + width + 6};
    y += rowHeight;
    return bar;
  });
  // Every tick gets a grid line; labels only as often as they fit side by side.
  const ticks: ChartLayout['ticks'] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push({x: plotX + scale(v), label: formatNumber(v)});
  const labelSpace = Math.max(...ticks.map((t) => t.label.length)) * (opts.fontSize - 2) * 0.56 + 10;
  const every = Math.ceil(labelSpace / (scale(step) || 1));
  ticks.forEach((t, i) => {
    if (i % every !== 0) t.label = '';
  });
  const axisHeight = opts.fontSize * (chart.unit ? 3.4 : 2);
  return {width: opts.width, height: y + axisHeight, plot: {x: plotX, y: top, width: plotWidth, height: y - top}, ticks, bars, unit: chart.unit};
}
