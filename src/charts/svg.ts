/**
 * Inline SVG for a chart, rendered at build time: no chart library reaches the browser. The SVG
 * is an image with a title and a description (role="img", aria-labelledby) that list every value;
 * the page puts the same numbers in a table beside it. Colours come from the theme, so the chart
 * follows light and dark mode; the values are written out, so nothing depends on colour.
 */
import {describeChart} from './extract.ts';
import {layoutChart, type LayoutOptions, DEFAULT_LAYOUT} from './layout.ts';
import type {ChartData} from './types.ts';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function chartSvg(chart: ChartData, opts: LayoutOptions = DEFAULT_LAYOUT): string {
  const l = layoutChart(chart, opts);
  const id = `diagramm-${chart.id}`;
  const lineHeight = opts.fontSize * 1.25;
  const grid = l.ticks
    .map((t) => `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(l.plot.y)}" y2="${n(l.plot.y + l.plot.height)}" stroke="currentColor" stroke-opacity="0.25"/>` + (t.label ? `<text x="${n(t.x)}" y="${n(l.plot.y + l.plot.height + opts.fontSize * 1.3)}" text-anchor="middle" font-size="${opts.fontSize - 2}">${escapeXml(t.label)}</text>` : ''))
    .join('');
  const unit = l.unit ? `<text x="${n(l.plot.x + l.plot.width / 2)}" y="${n(l.plot.y + l.plot.height + opts.fontSize * 2.8)}" text-anchor="middle" font-size="${opts.fontSize - 2}">${escapeXml(`in ${l.unit}`)}</text>` : '';
  const bars = l.bars
    .map((b) => {
      const firstLine = b.barY + b.height / 2 - ((b.lines.length - 1) * lineHeight) / 2;
      const label = b.lines.map((line, i) => `<tspan x="${n(b.x - 8)}" y="${n(firstLine + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
      return (
        `<g class="chart-bar">` +
        `<text text-anchor="end" dominant-baseline="middle">${label}</text>` +
        `<rect x="${n(b.x)}" y="${n(b.barY)}" width="${n(Math.max(b.width, 1))}" height="${n(b.height)}" style="fill: var(--ifm-color-primary, #0b5394)"/>` +
        `<text x="${n(b.valueX)}" y="${n(b.barY + b.height / 2)}" dominant-baseline="middle" font-weight="600">${escapeXml(b.value)}</text>` +
        `</g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${n(l.height)}" width="100%" style="max-width: ${l.width}px; height: auto" role="img" aria-labelledby="${id}-titel ${id}-beschreibung" font-size="${opts.fontSize}" fill="currentColor">` +
    `<title id="${id}-titel">${escapeXml(chart.title)}</title>` +
    `<desc id="${id}-beschreibung">${escapeXml(describeChart(chart))}</desc>` +
    `<g aria-hidden="true">${grid}${unit}</g>` +
    bars +
    `</svg>`
  );
}

export {DEFAULT_LAYOUT};
