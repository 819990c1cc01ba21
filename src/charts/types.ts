/** Chart data: what a chart shows, extracted from entries at build time (see extract.ts). */
import type {Outcome} from '../content/schema.ts';

/** The part of an entry a chart reads. */
export interface ChartSourceEntry {
  id: string;
  title: string;
  url: string;
  typeLabel: string;
  outcomes: Outcome[];
  asOf?: string;
}

export interface ChartDefinition {
  id: string;
  title: string;
  /** Id of the entry whose `outcomes` the chart shows. */
  entry: string;
  /** Which outcomes belong to the chart. */
  select(o: Outcome): boolean;
  /** The bar's label. */
  category(o: Outcome): string;
  /** What a reader must know about the data, e.g. that the source states only two points. */
  note?: string;
  /** Bars may have different units (each value shows its own); otherwise a mix is an error. */
  mixedUnits?: boolean;
}

export interface ChartPoint {
  category: string;
  value: number;
  unit?: string;
  qualifier?: Outcome['qualifier'];
  /** The value as the source gives it, in German: „über 60 Prozent“, „8.515 Personen“. */
  display: string;
  /** The label at the bar: without the unit when the chart states it once for all bars. */
  short: string;
  period?: string;
}

export interface ChartData {
  id: string;
  title: string;
  note?: string;
  /** The unit all bars share, when they share one. */
  unit?: string;
  source: {title: string; url: string; asOf?: string};
  points: ChartPoint[];
}
