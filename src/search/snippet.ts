/**
 * A short excerpt around the densest cluster of matching words, as segments the UI renders
 * with <mark> itself: no HTML strings leave the search code, so nothing needs escaping here
 * and nothing can inject markup.
 */
import {tokenize, type Token} from './tokenize';
import type {Segment} from './types';

export const SNIPPET_CHARS = 180;
/** Context shown before the first hit so the excerpt does not start mid-thought. */
const LEAD = 40;
const ELLIPSIS = '…';

function bestWindowStart<T extends Token>(hits: T[], width: number): T {
  let best = hits[0];
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j].end - hits[i].start <= width) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = hits[i];
    }
  }
  return best;
}

/** `tokens` must be tokenize(text) (possibly with extra fields); pass them when already at hand. */
export function makeSnippet<T extends Token>(text: string, isHit: (token: T) => boolean, maxChars = SNIPPET_CHARS, tokens: readonly T[] = tokenize(text) as T[]): Segment[] {
  const hits = tokens.filter(isHit);
  if (tokens.length === 0) return [];
  const anchor = hits.length ? bestWindowStart(hits, maxChars - LEAD) : tokens[0];
  // Start at a word boundary up to LEAD characters before the anchor; end at a word boundary.
  const startToken = tokens.find((t) => t.start >= anchor.start - LEAD) ?? anchor;
  const start = hits.length ? startToken.start : 0;
  let end = start;
  for (const t of tokens) {
    if (t.start < start) continue;
    if (t.end - start > maxChars) break;
    end = t.end;
  }
  end = Math.max(end, Math.min(anchor.end, text.length));

  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({text: s, hit});
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  let pos = start;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    push(text.slice(pos, h.start), false);
    push(text.slice(h.start, h.end), true);
    pos = h.end;
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push(` ${ELLIPSIS}`, false);
  return segments;
}
