/**
 * The maintainers' list /pruefung-faellig: entries whose last review is older than the policy
 * allows (REVIEW_MAX_AGE_YEARS, the same rule the validator warns about). Pure.
 */
import type {Entry} from '../content/normalize.ts';
import {REVIEW_MAX_AGE_YEARS} from '../content/rules.ts';

export interface ReviewDueEntry {
  title: string;
  url: string;
  typeLabel: string;
  city: string;
  /** `YYYY-MM-DD`. */
  lastReviewed: string;
  /** Project-relative file, to find it on GitHub. */
  path: string;
}

export interface ReviewPageData {
  /** The build's "today" (`YYYY-MM-DD`, PRAXISATLAS_TODAY in tests). */
  today: string;
  maxAgeYears: number;
  /** Reviewed before this date means overdue. */
  cutoff: string;
  total: number;
  due: ReviewDueEntry[];
}

/** The same date `years` earlier, as the validator computes it (string compare on ISO dates). */
export function reviewCutoff(today: string, years = REVIEW_MAX_AGE_YEARS): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

/** Overdue entries, longest overdue first. */
export function reviewPageData(entries: readonly Entry[], today: string): ReviewPageData {
  const cutoff = reviewCutoff(today);
  const due = entries
    .filter((e) => e.lastReviewed < cutoff)
    .map((e) => ({title: e.title, url: e.url, typeLabel: e.typeLabel, city: e.city, lastReviewed: e.lastReviewed, path: e.path}))
    .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.title.localeCompare(b.title, 'de'));
  return {today, maxAgeYears: REVIEW_MAX_AGE_YEARS, cutoff, total: entries.length, due};
}
