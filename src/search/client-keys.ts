/** Keyboard rules of the navbar search (WAI-ARIA combobox with listbox popup), pure so they can be unit-tested. */

/** The key event fields the rules look at (a DOM KeyboardEvent has them). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The active option after an arrow key; -1 means none (focus stays in the box). Both ends wrap,
 * and ArrowUp from "none" goes to the last option, as in the APG combobox examples.
 */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 || active >= count ? count - 1 : active - 1;
}

/**
 * Ctrl+K (⌘K on a Mac) opens the search from anywhere; "/" only while the reader is not typing
 * somewhere else, where it is just a slash.
 */
export function isSearchShortcut(e: KeyLike, typingElsewhere: boolean): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingElsewhere;
}
