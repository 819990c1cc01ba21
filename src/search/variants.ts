/**
 * Inflection bridges the stemmer leaves open. The German Snowball stemmer is not idempotent
 * and strips some final "s" but not others: Kurs→"kur" but Kurse→"kurs", Kita→"kita" but
 * Kitas→"kitas"; and it knows nothing of Latin plurals (Studium/Studien, Konto/Konten,
 * Forum/Foren, Thema/Themen). Rather than over-stem everything at index time, a word is
 * looked up under a few candidate spellings; whichever exist in the vocabulary are used.
 */
import {stem} from './stem';

const VOWEL_END = /[aeiouy]$/;
const VOWEL_S_END = /[aeiouy]s$/;
const LATIN_SINGULAR = /(um|a|o)$/;

/**
 * The forms a compound part may take: its stem, the word itself, the stem of the stem. Narrower
 * than termVariants, because the splitter tries every substring and the Latin-plural rule would
 * accept fragments ("systema|tische" via System/Systeme).
 */
export function coreVariants(folded: string): string[] {
  const s = stem(folded);
  return [...new Set([s, folded, stem(s)])];
}

/** Candidate index terms for a folded query word, most specific first. */
export function termVariants(folded: string): string[] {
  const out = coreVariants(folded);
  const s = out[0];
  if (VOWEL_END.test(folded)) out.push(`${folded}s`);
  if (VOWEL_S_END.test(folded)) out.push(folded.slice(0, -1));
  if (folded.length >= 5 && folded.endsWith('en')) {
    const base = folded.slice(0, -2);
    out.push(`${base}um`, `${base}a`, `${base}o`);
  } else if (folded.length >= 4 && LATIN_SINGULAR.test(folded)) {
    out.push(stem(`${folded.replace(LATIN_SINGULAR, '')}en`));
  }
  return [...new Set(out)];
}
