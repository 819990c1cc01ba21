/**
 * Which words of a stored text match the terms a query hit. The text goes through the index
 * analysis once (per document, cached), so "Krankenversicherung" lights up for a query
 * "Versicherung" (via its compound part) and "Flüchtlinge" for "Fluechtlinge".
 */
import {analyzeWord} from './analyze';
import {tokenize, type Token} from './tokenize';
import type {Vocabulary} from './vocabulary';

export interface TermToken extends Token {
  /** Every index term this token stands for: each piece's term and parts, and the joined form. */
  terms: string[];
}

function termsOf(token: Token, vocab: Vocabulary): string[] {
  const out: string[] = [];
  const words = token.pieces.length > 1 ? [...token.pieces, token.pieces.join('')] : token.pieces;
  for (const w of words) {
    const a = analyzeWord(w, vocab);
    if (a) out.push(a.term, ...a.parts);
  }
  return out;
}

export function termTokens(text: string, vocab: Vocabulary): TermToken[] {
  return tokenize(text).map((t) => ({...t, terms: termsOf(t, vocab)}));
}

export function isHitFor(matched: ReadonlySet<string>): (token: TermToken) => boolean {
  return (token) => token.terms.some((t) => matched.has(t));
}
