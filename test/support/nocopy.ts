/**
 * "Own words" check: no run of N consecutive words of an entry may appear in the source article.
 * The source is not in the repository (a fresh clone has no ../shared), so the repository keeps
 * only a fingerprint: truncated hashes of every normalised N-word run of the source.
 */
import crypto from 'node:crypto';

export const RUN_LENGTH = 12;

/**
 * Normalise like a reader would compare: join words split at line-end hyphens, repair the PDF's
 * split ligatures ("Situati on", "Eff ekte", "Aufb au"), lower-case, join hyphenated compounds,
 * drop punctuation. The ligature repair is applied to both sides, so it cannot create a false match.
 */
export function normaliseWords(text: string): string[] {
  let t = text.replace(/-[ \t]*\r?\n[ \t]*(?=[a-zäöüß])/g, '');
  t = t.replace(/(ti|ff|fi|fl|tt|ft|fb|tf|ffi|ffl)[ \t]+(?=[a-zäöüß])/g, '$1');
  t = t.toLowerCase().replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1');
  return t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function hashRun(words: string[]): string {
  return crypto.createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

export function fingerprint(sourceText: string): string[] {
  const w = normaliseWords(sourceText);
  const out = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) out.add(hashRun(w.slice(i, i + RUN_LENGTH)));
  return [...out].sort();
}

/** Passages of the text whose N-word runs are in the fingerprint; overlapping runs form one passage. */
export function copiedRuns(text: string, hashes: ReadonlySet<string>): string[] {
  const w = normaliseWords(text);
  const passages: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
    if (!hashes.has(hashRun(w.slice(i, i + RUN_LENGTH)))) continue;
    if (start >= 0 && i <= end) {
      end = i + RUN_LENGTH;
    } else {
      if (start >= 0) passages.push(w.slice(start, end).join(' '));
      start = i;
      end = i + RUN_LENGTH;
    }
  }
  if (start >= 0) passages.push(w.slice(start, end).join(' '));
  return passages;
}
