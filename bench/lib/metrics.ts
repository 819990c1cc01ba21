/** Ranking and timing measures shared by the benchmark and the relevance test. */

/** Share of the expected ids found in the top k (all of them when there are more than k). */
export function recallAtK(ranked: readonly string[], expected: readonly string[], k = 5): number {
  if (expected.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return expected.filter((id) => top.has(id)).length / Math.min(expected.length, k);
}

/** 1 / rank of the first expected id, 0 when none is in the list. */
export function reciprocalRank(ranked: readonly string[], expected: readonly string[]): number {
  const i = ranked.findIndex((id) => expected.includes(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** What a reader sees for a query: the glossary card (if any) above the ranked results. */
export interface Shown {
  results: readonly string[];
  card?: string;
}

export interface Judged {
  recall: number;
  rr: number;
}

/**
 * Recall@5 and reciprocal rank of what a reader sees. The card is on the first screen, so a
 * glossary id it shows counts as found at rank 1 — except for queries of kind `glossary`, whose
 * first expected id is the entry the reader wants: there the rank of that entry among the results
 * counts (entries first, the card is the answer, not a competitor).
 */
export function judge(shown: Shown, expected: readonly string[], kind: string, k = 5): Judged {
  const seen = [...(shown.card ? [shown.card] : []), ...shown.results.slice(0, k)];
  const recall = recallAtK(seen, expected, k + (shown.card ? 1 : 0));
  if (kind === 'glossary') return {recall, rr: reciprocalRank(shown.results, expected.slice(0, 1))};
  return {recall, rr: shown.card && expected.includes(shown.card) ? 1 : reciprocalRank(shown.results, expected)};
}
