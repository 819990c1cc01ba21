/** German formatting helpers shared by the components. */
import type {ClientEntry} from '@site/src/content/client';
import type {Outcome} from '@site/src/content/schema';

const numberFormat = new Intl.NumberFormat('de-DE');

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const QUALIFIER_TEXT: Record<string, string> = {etwa: 'etwa', rund: 'rund', über: 'über', unter: 'unter', 'bis-zu': 'bis zu'};

export function formatOutcomeValue(o: Outcome): string {
  const q = o.qualifier ? `${QUALIFIER_TEXT[o.qualifier]} ` : '';
  return `${q}${formatNumber(o.value)}${o.unit ? ` ${o.unit}` : ''}`;
}

export function formatPeriod(e: Pick<ClientEntry, 'since' | 'until' | 'status'>): string | undefined {
  if (e.since && e.until) return e.since === e.until ? String(e.since) : `${e.since}–${e.until}`;
  if (e.since) return `seit ${e.since}`;
  if (e.until) return `bis ${e.until}`;
  return undefined;
}

/** `2026-11-24` → `24.11.2026`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
