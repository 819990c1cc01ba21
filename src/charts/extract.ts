/** Chart data from the entries' `outcomes`, at build time. Pure. */
import type {Outcome} from '../content/schema.ts';
import {formatValue} from './format.ts';
import type {ChartData, ChartDefinition, ChartPoint, ChartSourceEntry} from './types.ts';

export class ChartDataError extends Error {
  constructor(chart: ChartDefinition, problem: string) {
    super(`Diagramm „${chart.title}“ (${chart.id}): ${problem} Passen Sie src/charts/definitions.ts oder die Angaben unter „outcomes“ an.`);
    this.name = 'ChartDataError';
  }
}

const point = (def: ChartDefinition, o: Outcome, sharedUnit: boolean): ChartPoint => ({
  category: def.category(o),
  value: o.value,
  unit: o.unit,
  qualifier: o.qualifier,
  display: formatValue(o),
  short: formatValue(o, !sharedUnit),
  period: o.period,
});

export function extractChart(def: ChartDefinition, entries: readonly ChartSourceEntry[]): ChartData {
  const entry = entries.find((e) => e.id === def.entry);
  if (!entry) throw new ChartDataError(def, `Es gibt keinen Eintrag „${def.entry}“.`);
  const selected = entry.outcomes.filter((o) => def.select(o));
  if (selected.length === 0) throw new ChartDataError(def, `Der Eintrag „${def.entry}“ hat keine passenden Zahlen.`);
  const units = new Set(selected.map((o) => o.unit ?? ''));
  if (units.size > 1 && !def.mixedUnits) throw new ChartDataError(def, `Die Zahlen haben verschiedene Einheiten (${[...units].join(', ')}).`);
  const points = selected.map((o) => point(def, o, units.size === 1));
  const negative = points.find((p) => p.value < 0);
  if (negative) throw new ChartDataError(def, `Der Wert ${negative.display} ist negativ; die Balken beginnen bei null.`);
  return {
    id: def.id,
    title: def.title,
    note: def.note,
    unit: units.size === 1 ? points[0].unit : undefined,
    source: {title: entry.title, url: entry.url, asOf: entry.asOf},
    points,
  };
}

export function extractCharts(defs: readonly ChartDefinition[], entries: readonly ChartSourceEntry[]): ChartData[] {
  return defs.map((d) => extractChart(d, entries));
}

export interface FigureGroup {
  entry: {title: string; url: string; typeLabel: string};
  figures: {label: string; display: string; period?: string}[];
}

/** The outcomes no chart shows, per entry, for the table of further figures. */
export function otherFigures(defs: readonly ChartDefinition[], entries: readonly ChartSourceEntry[]): FigureGroup[] {
  return entries.flatMap((e) => {
    const charted = (o: Outcome) => defs.some((d) => d.entry === e.id && d.select(o));
    const figures = e.outcomes.filter((o) => !charted(o)).map((o) => ({label: o.label, display: formatValue(o), period: o.period}));
    return figures.length ? [{entry: {title: e.title, url: e.url, typeLabel: e.typeLabel}, figures}] : [];
  });
}

/** A text alternative for the chart: every bar with its value. */
export function describeChart(chart: ChartData): string {
  const values = chart.points.map((p) => `${p.category}: ${p.display}`).join('; ');
  return `Balkendiagramm mit ${chart.points.length} Werten. ${values}.${chart.note ? ` ${chart.note}` : ''}`;
}
