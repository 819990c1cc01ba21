/** German number formatting for charts, tables and text alternatives (build time and browser). */
import type {Outcome} from '../content/schema.ts';
import {qualifiers} from '../content/vocabularies.ts';

const numbers = new Intl.NumberFormat('de-DE', {maximumFractionDigits: 2});

export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** „über 60 Prozent“: qualifier from the vocabulary, number in German, then the unit (unless left out). */
export function formatValue(o: Pick<Outcome, 'value' | 'unit' | 'qualifier'>, withUnit = true): string {
  const q = o.qualifier ? `${qualifiers[o.qualifier].label} ` : '';
  return `${q}${formatNumber(o.value)}${withUnit && o.unit ? ` ${o.unit}` : ''}`;
}
