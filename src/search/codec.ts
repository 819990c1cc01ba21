/**
 * Compact postings: one string per term instead of lunr's nested objects and float vectors.
 * Each posting (doc, field, weighted tf) becomes a variable-length integer in a 64-letter
 * alphabet that needs no escaping in JSON: 5 payload bits per character, the sixth says
 * "more follows". Docs are gap-encoded, so a typical posting costs one or two characters.
 *
 * Layout of one posting: v = ((docGap × fieldCount + field) × 4 + c), where c = tf in half
 * units if 1..3, else 0 followed by a second number (tf in half units − 4).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export interface Posting {
  doc: number;
  field: number;
  /** Weighted term frequency in half units (a compound part counts 1, a whole word 2). */
  tf2: number;
}

function writeNumber(n: number, out: string[]): void {
  let rest = n;
  do {
    const chunk = rest & 31;
    rest = Math.floor(rest / 32);
    out.push(ALPHABET[rest > 0 ? chunk | 32 : chunk]);
  } while (rest > 0);
}

/** Postings must be sorted by doc, then field. */
export function encodePostings(postings: readonly Posting[], fieldCount: number): string {
  const out: string[] = [];
  let prevDoc = 0;
  for (const p of postings) {
    const tf2 = Math.max(1, Math.round(p.tf2));
    const small = tf2 <= 3 ? tf2 : 0;
    writeNumber(((p.doc - prevDoc) * fieldCount + p.field) * 4 + small, out);
    if (!small) writeNumber(tf2 - 4, out);
    prevDoc = p.doc;
  }
  return out.join('');
}

/** Calls visit for every posting; stops silently at malformed input (never throws). */
export function decodePostings(encoded: string, fieldCount: number, visit: (doc: number, field: number, tf2: number) => void): void {
  let pos = 0;
  const readNumber = (): number => {
    let n = 0;
    let scale = 1;
    while (pos < encoded.length) {
      const code = encoded.charCodeAt(pos++);
      const v = code < 128 ? VALUE[code] : -1;
      if (v < 0) return -1;
      n += (v & 31) * scale;
      if (!(v & 32)) return n;
      scale *= 32;
    }
    return -1;
  };
  let doc = 0;
  while (pos < encoded.length) {
    const v = readNumber();
    if (v < 0) return;
    const small = v % 4;
    const df = Math.floor(v / 4);
    doc += Math.floor(df / fieldCount);
    const tf2 = small || readNumber() + 4;
    if (tf2 < 4 && !small) return;
    visit(doc, df % fieldCount, tf2);
  }
}

/**
 * Front coding of the sorted term list: each term as (length of the prefix it shares with the
 * previous term, in base 36, capped at 35) + the rest, comma-separated. Terms are runs of
 * letters and digits, so the comma cannot occur in them. Cuts the dictionary to about 40 %.
 */
export function encodeTerms(sorted: readonly string[]): string {
  let prev = '';
  return sorted
    .map((t) => {
      let k = 0;
      while (k < 35 && k < prev.length && k < t.length && prev[k] === t[k]) k++;
      prev = t;
      return k.toString(36) + t.slice(k);
    })
    .join(',');
}

export function decodeTerms(encoded: string): string[] {
  if (!encoded) return [];
  let prev = '';
  return encoded.split(',').map((chunk) => {
    const k = parseInt(chunk.charAt(0), 36) || 0;
    prev = prev.slice(0, k) + chunk.slice(1);
    return prev;
  });
}
