/** The set of known terms that decompounding may split into. */
export interface Vocabulary {
  has(term: string): boolean;
  /** How common a term is (documents or occurrences); only its ordering matters. */
  freq(term: string): number;
}

export function vocabularyFromCounts(counts: ReadonlyMap<string, number>): Vocabulary {
  return {has: (t) => counts.has(t), freq: (t) => counts.get(t) ?? 0};
}

export const EMPTY_VOCABULARY: Vocabulary = {has: () => false, freq: () => 0};
