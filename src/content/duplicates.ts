/**
 * Near-duplicate entries: a contributor adds a measure that is already in the atlas (often
 * without knowing it), or copies an entry as a template and forgets to rewrite title and teaser.
 * Pure: compares titles and descriptions after a German normalisation.
 *
 * Decisions:
 * - Jaccard similarity of word sets (shared words / all words), not Dice: with Dice,
 *   "Clearingstelle Gesundheit Gelsenkirchen" would still match "Clearingstelle Gesundheit"
 *   (0.8), so the advice "make the difference visible in the title" could not be followed.
 * - Both files get a warning, each naming the other, like a duplicate id. Which file is "new" is
 *   a question for git, and the validator reads files, not history; the warning on the changed
 *   file shows on the pull request's line, the other one in the check summary.
 */

import type {Problem} from './problem.ts';
import {POLICY} from './rules.ts';
import {problemAt, type CheckedEntry} from './validate.ts';

/** Words that carry no meaning for the comparison (after folding, so `fuer`, not `für`). */
const STOP_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'und', 'oder', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'von', 'vom', 'zu', 'zum', 'zur',
  'fuer', 'ueber', 'als', 'wie', 'nach', 'sich', 'sie', 'es', 'wird', 'werden', 'ist', 'sind',
]);

const FOLD: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss'};

/** Lowercase, umlauts folded (ä → ae, ß → ss), other accents dropped (é → e), punctuation removed, stop words dropped. */
export function normalizeGerman(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w));
}

/** Shared words divided by all words of both texts, 0–1; two texts without words are not similar. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export const DUPLICATE_THRESHOLD = 0.8;

export interface DuplicateCandidate {
  path: string;
  title: string;
  description: string;
}

export interface DuplicatePair<T extends DuplicateCandidate = DuplicateCandidate> {
  a: T;
  b: T;
  /** Similarity of the titles and of the descriptions, 0–1. */
  title: number;
  description: number;
}

/** Every pair whose title or description reaches the threshold, in input order. */
export function findDuplicates<T extends DuplicateCandidate>(entries: readonly T[], threshold = DUPLICATE_THRESHOLD): DuplicatePair<T>[] {
  const words = entries.map((e) => ({title: new Set(normalizeGerman(e.title)), description: new Set(normalizeGerman(e.description))}));
  const n = entries.length;
  const found = new Map<number, DuplicatePair<T>>();
  for (const field of ['title', 'description'] as const) {
    forEachCandidate(words.map((w) => w[field]), threshold, (i, j) => {
      const [a, b] = [words[i][field].size, words[j][field].size];
      // Jaccard is at most smaller / larger size: sets of too different sizes cannot reach it.
      if (found.has(i * n + j) || Math.min(a, b) < threshold * Math.max(a, b) - 1e-9) return;
      if (jaccard(words[i][field], words[j][field]) < threshold) return;
      found.set(i * n + j, {a: entries[i], b: entries[j], title: jaccard(words[i].title, words[j].title), description: jaccard(words[i].description, words[j].description)});
    });
  }
  return [...found.keys()].sort((x, y) => x - y).map((key) => found.get(key)!);
}

/**
 * Calls back with the pairs (i < j) that can reach the threshold, without comparing all n² pairs
 * (2,000 entries: 2 million). Prefix filtering: when shared / all ≥ t, the sets share at least one
 * word among each set's |A| − ⌈t·|A|⌉ + 1 rarest words, so only sets sharing such a word meet.
 */
function forEachCandidate(sets: readonly ReadonlySet<string>[], threshold: number, visit: (i: number, j: number) => void): void {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const met = new Set<number>();
  sets.forEach((set, j) => {
    const sorted = [...set].sort(rarestFirst);
    // The epsilon keeps a product like 0.8 × 15 = 12.000…01 from shortening the prefix by one.
    const prefix = sorted.slice(0, sorted.length - Math.ceil(threshold * sorted.length - 1e-9) + 1);
    met.clear();
    for (const w of prefix) {
      const list = index.get(w);
      if (!list) {
        index.set(w, [j]);
        continue;
      }
      for (const i of list) {
        if (met.has(i)) continue;
        met.add(i);
        visit(i, j);
      }
      list.push(j);
    }
  });
}

const percent = (x: number) => `${Math.round(x * 100)} %`;

/** The German warning for one side of a pair: where it is reported and what it says. */
export function duplicateMessage(pair: DuplicatePair, side: 'a' | 'b'): {field: 'title' | 'description'; message: string} {
  const other = side === 'a' ? pair.b : pair.a;
  const field = pair.title >= DUPLICATE_THRESHOLD ? 'title' : 'description';
  const what = [
    pair.title >= DUPLICATE_THRESHOLD ? `im Titel zu ${percent(pair.title)}` : '',
    pair.description >= DUPLICATE_THRESHOLD ? `in der Kurzbeschreibung zu ${percent(pair.description)}` : '',
  ].filter(Boolean).join(' und ');
  return {
    field,
    message: `Dieser Eintrag ähnelt stark „${other.title}“ (${other.path}): die Wörter stimmen ${what} überein. Prüfen Sie, ob es dieselbe Maßnahme ist – dann ergänzen Sie besser den vorhandenen Eintrag. Wenn nicht, machen Sie den Unterschied in Titel und Kurzbeschreibung deutlich (z. B. mit Ort und Zielgruppe).`,
  };
}

/** The validator's rule: a warning (POLICY.duplicateEntry) in each file of a pair, at its title or description. */
export function duplicateProblems(checked: readonly CheckedEntry[]): Problem[] {
  const candidates = checked.map((e) => ({path: e.raw.path, title: e.data.title, description: e.data.description, raw: e.raw}));
  return findDuplicates(candidates).flatMap((pair) =>
    (['a', 'b'] as const).map((side) => {
      const {field, message} = duplicateMessage(pair, side);
      return problemAt(pair[side].raw, [field], message, {severity: POLICY.duplicateEntry});
    }),
  );
}
