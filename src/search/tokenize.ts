/**
 * Splits text into words with their offsets (snippets need the offsets to highlight the text
 * as written). Hyphenated groups ("EU2-Bürgerinnen", "Sprach-Kita") are kept together so the
 * analyser can index both the pieces and the joined form.
 */

export interface Token {
  /** The word or hyphenated group as written. */
  text: string;
  start: number;
  end: number;
  /** Pieces of a hyphenated group; one element for a plain word. */
  pieces: string[];
}

// Letters, combining marks (decomposed umlauts) and digits; hyphen-minus and the Unicode
// hyphens join pieces. Dashes (–, —) separate: "2016–2017" is a range, not a word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010\u2011]/;

/** Longer "words" are hashes, URLs without separators or garbage: not worth indexing. */
export const MAX_TOKEN_LENGTH = 64;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    const start = m.index ?? 0;
    out.push({text: word, start, end: start + word.length, pieces: word.split(HYPHEN)});
  }
  return out;
}
