/**
 * Which words stand next to each other in a document, for the phrase boost and for quoted
 * phrases ("Runder Tisch"), without storing word positions.
 *
 * A document's word pairs are its adjacent whole-word terms, stop words left out, within one
 * line of one field: "Zuwanderung aus Südosteuropa" gives the pair "zuwander sudosteuropa".
 * They are kept in a Bloom filter per document (7 bits per pair, 4 hash functions: about 4 % of
 * the pairs a document does not have test positive). Exact postings for every pair cost about
 * five times as much; the filter adds about 140 KB gzip to the index at 2,000 generated entries
 * (bench/search.ts). A false positive only ranks a document a little higher, or lets it through
 * a quoted phrase.
 *
 * The filter is written in the same 64-letter alphabet as the postings (codec.ts): six bits per
 * character, safe in JSON and decodable without atob.
 */
import {wordTerms} from './analyze';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export const BITS_PER_PAIR = 7;
export const HASHES = 4;
/** A document's filter never grows beyond this many characters (6 bits each): bounded work and size for a huge entry. */
export const MAX_FILTER_CHARS = 4096;

export function pairKey(a: string, b: string): string {
  return `${a} ${b}`;
}

/** The adjacent-term pairs of texts, each text split into lines first (list fields are joined with newlines). */
export function wordPairs(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const terms = wordTerms(line);
      for (let i = 0; i + 1 < terms.length; i++) pairs.add(pairKey(terms[i], terms[i + 1]));
    }
  }
  return pairs;
}

/** FNV-1a over the key's UTF-16 units with two offset bases: two independent 32-bit hashes. */
function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  return [h1 >>> 0, (h2 >>> 0) | 1];
}

function positions(key: string, bits: number, visit: (bit: number) => void): void {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < HASHES; i++) visit(((h1 + Math.imul(i, h2)) >>> 0) % bits);
}

/** The filter of a set of pairs as text; empty for no pairs. */
export function encodePairFilter(pairs: ReadonlySet<string>): string {
  if (pairs.size === 0) return '';
  const chars = Math.min(MAX_FILTER_CHARS, Math.ceil((pairs.size * BITS_PER_PAIR) / 6));
  const bits = chars * 6;
  const values = new Uint8Array(chars);
  for (const key of pairs) positions(key, bits, (bit) => (values[Math.floor(bit / 6)] |= 1 << bit % 6));
  let out = '';
  for (const v of values) out += ALPHABET[v];
  return out;
}

/** A membership test for an encoded filter; a malformed or empty filter contains nothing. */
export function pairFilter(encoded: unknown): (key: string) => boolean {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > MAX_FILTER_CHARS) return () => false;
  const values = new Uint8Array(encoded.length);
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0) return () => false;
    values[i] = v;
  }
  const bits = encoded.length * 6;
  return (key) => {
    let all = true;
    positions(key, bits, (bit) => {
      if (!(values[Math.floor(bit / 6)] & (1 << bit % 6))) all = false;
    });
    return all;
  };
}
