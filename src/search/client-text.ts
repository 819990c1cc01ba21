/** German texts of the search UI that depend on numbers or the query: one place, unit-tested. */

/** The result line announced to screen readers (aria-live) and shown above the list. "Treffer" is singular and plural. */
export function resultCountText(n: number, q: string): string {
  return n === 0 ? noHitsText(q) : `${n} Treffer für „${q}“`;
}

export function noHitsText(q: string): string {
  return `Keine Treffer für „${q}“`;
}

/** Under a list that shows only the first results. */
export function shownText(shown: number, total: number): string {
  return `Die ersten ${shown} von ${total} Treffern werden angezeigt.`;
}
