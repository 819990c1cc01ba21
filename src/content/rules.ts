/**
 * Policy checks whose severity is a decision, in one place. Everything else the validator finds
 * is an error: the file cannot be published as it is.
 */
import type {Severity} from './problem.ts';

export const POLICY: Record<'reviewOverdue' | 'placeholder' | 'threeDecimals' | 'rawHtml' | 'duplicateEntry' | 'missingSection', Severity> = {
  /** `last_reviewed` older than REVIEW_MAX_AGE_YEARS: the entry still publishes, maintainers see it on /pruefung-faellig. */
  reviewOverdue: 'warning',
  /** Scaffolder text not yet replaced: the entry validates, so authors can preview it. */
  placeholder: 'warning',
  /** `8.515` is 8.515 in YAML, probably meant 8515. */
  threeDecimals: 'warning',
  /** Harmless HTML (e.g. `<br>`) is shown as text, not rendered; dangerous HTML is always an error. */
  rawHtml: 'error',
  /** A section heading of the entry type is missing: readers in other cities look for it. */
  missingSection: 'warning',
  /** A new entry that looks like an existing one. */
  duplicateEntry: 'warning',
};

export const REVIEW_MAX_AGE_YEARS = 2;

/** The marker the scaffolder puts into text that authors must replace. */
export const PLACEHOLDER = 'AUSFÜLLEN';
