/**
 * A result's title as segments, the words that matched the query marked. search() already
 * reports them as written (SearchResult.matched, from the title and the snippet text), so this
 * only finds those words again; it never decides what matches.
 */
import {tokenize} from './tokenize.ts';
import type {Segment} from './types.ts';

export function markMatches(text: string, matched: readonly string[]): Segment[] {
  const words = new Set(matched);
  const segments: Segment[] = [];
  let pos = 0;
  for (const token of tokenize(text)) {
    if (!words.has(token.text)) continue;
    if (token.start > pos) segments.push({text: text.slice(pos, token.start), hit: false});
    segments.push({text: token.text, hit: true});
    pos = token.end;
  }
  if (pos < text.length) segments.push({text: text.slice(pos), hit: false});
  return segments;
}
