/** Text matching for the catalog's free-text filter: German folding, every word must occur. */

/**
 * Lower case without accents, with umlauts and their ASCII spellings made equal (both sides are
 * folded the same way, so „Ärzte“, „Aerzte“ and „arzte“ find each other), ß as ss.
 */
export function foldText(s: string): string {
  return s
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([aou])e/g, '$1');
}

/** The words of a query, folded; empty for a blank query. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every word occurs somewhere in the haystack (substring, so „gesund“ finds „Gesundheit“). */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = foldText(haystack);
  return words.every((w) => folded.includes(w));
}
