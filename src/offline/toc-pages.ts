/**
 * Page numbers for the table of contents. Chromium cannot number a table of contents itself
 * (no `target-counter()`), so the PDF is printed once, its text read page by page, and each
 * chapter found by its kicker: a line of its own near the top of the chapter's first page.
 */

/** How many lines at the top of a page may hold the kicker (the running header comes first). */
const TOP_LINES = 5;
/** A narrow page may wrap the kicker over this many lines. */
const MAX_WRAP = 3;

/**
 * For each kicker, the 1-based page where it opens a page, searching forward from the previous
 * chapter; undefined when not found (the table of contents then shows no number).
 */
export function chapterStartPages(pageTexts: readonly string[], kickers: readonly string[]): (number | undefined)[] {
  const tops = pageTexts.map((t) => t.split('\n').map(squash).filter(Boolean).slice(0, TOP_LINES));
  let from = 0;
  return kickers.map((kicker) => {
    const k = squash(kicker);
    const i = tops.findIndex((lines, n) => n >= from && opensWith(lines, k));
    if (i < 0) return undefined;
    from = i + 1;
    return i + 1;
  });
}

/** True when some run of whole lines is exactly the kicker: a mention inside a sentence is not. */
function opensWith(lines: readonly string[], kicker: string): boolean {
  for (let start = 0; start < lines.length; start++) {
    for (let n = 1; n <= MAX_WRAP && start + n <= lines.length; n++) {
      if (lines.slice(start, start + n).join(' ') === kicker) return true;
    }
  }
  return false;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
