/**
 * Walking a page with the Tab key the way a keyboard user does, recording what gets focus and
 * how it looks focused, so tests can ask: is everything reachable, is focus visible, is there a trap?
 */
import type {Page} from 'playwright-core';

export interface FocusStop {
  /** A readable name: tag, id or class, text. */
  name: string;
  /** Width × height of the focused element; 0 means focus went somewhere invisible. */
  area: number;
  opacity: number;
  /** Outline and box-shadow while focused … */
  focused: string;
  /** … and after focus has moved on. */
  unfocused: string;
}

export interface TabWalk {
  stops: FocusStop[];
  /** The stop focus came back to before leaving the page (a trap), if any. */
  trappedAt?: string;
  /** Interactive elements on screen that Tab never reached. */
  unreached: string[];
}

// The page scripts below are strings, not functions: under tsx a function would carry name
// helpers (`__name`) that do not exist in the page.

/** Describes the focused element and remembers it in the page; returns null when focus left the page. */
const STEP = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const seen = (window.__tabWalk ??= []);
  const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.classList[0] ? '.' + el.classList[0] : '') + (text ? ' „' + text + '“' : '');
  const index = seen.indexOf(el);
  if (index >= 0) return {name, revisit: true};
  seen.push(el);
  // Focus styles often fade in: measure where the transition ends, not its first frame.
  for (const a of el.getAnimations()) a.finish();
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {name, revisit: false, area: r.width * r.height, opacity: Number(s.opacity), focused: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' | ' + s.boxShadow};
})()`;

/** The look of every visited element with nothing focused. */
const UNFOCUSED = `(() => {
  document.activeElement?.blur();
  return (window.__tabWalk ?? []).map((el) => {
    for (const a of el.getAnimations()) a.finish();
    const s = getComputedStyle(el);
    return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' | ' + s.boxShadow;
  });
})()`;

/**
 * Remembers the interactive elements a reader can see when the page has loaded (not disabled,
 * not hidden, not inside a closed <details>), so the walk can be checked against them. Of a radio
 * group only one button is a tab stop (arrow keys move within the group).
 */
const CANDIDATES = `(() => {
  const all = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]');
  window.__tabCandidates = [...all].filter((el) =>
    !el.disabled && !el.closest('[inert]') && el.checkVisibility({visibilityProperty: true}) &&
    // tabindex="-1" on a plain element means "focusable by script only"; on a control it hides it from Tab.
    (el.getAttribute('tabindex') !== '-1' || el.matches('a[href], button, input, select, textarea, summary')));
})()`;

/** The remembered interactive elements that Tab did not reach. */
const UNREACHED = `(() => {
  const seen = new Set(window.__tabWalk ?? []);
  const radioGroups = new Set([...seen].filter((el) => el.type === 'radio').map((el) => el.name));
  return window.__tabCandidates
    .filter((el) => el.isConnected && !seen.has(el) && !(el.type === 'radio' && radioGroups.has(el.name)))
    .map((el) => el.outerHTML.slice(0, 160));
})()`;

/** Presses Tab from the top of the page until focus leaves it (or comes back round: a trap). */
export async function tabWalk(page: Page, maxStops = 1500): Promise<TabWalk> {
  const stops: Omit<FocusStop, 'unfocused'>[] = [];
  let trappedAt: string | undefined;
  await page.evaluate(CANDIDATES);
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const step = (await page.evaluate(STEP)) as ({name: string; revisit: boolean} & Partial<FocusStop>) | null;
    if (step === null) {
      if (i === 0) continue;
      break;
    }
    if (step.revisit) {
      trappedAt = step.name;
      break;
    }
    stops.push({name: step.name, area: step.area!, opacity: step.opacity!, focused: step.focused!});
    if (i === maxStops - 1) trappedAt = `(mehr als ${maxStops} Tab-Schritte)`;
  }
  const unfocused = (await page.evaluate(UNFOCUSED)) as string[];
  const unreached = (await page.evaluate(UNREACHED)) as string[];
  return {stops: stops.map((s, i) => ({...s, unfocused: unfocused[i]})), trappedAt, unreached};
}

/** A focus indicator a reader can see: an outline or a shadow that appears (or changes) on focus. */
export function hasVisibleFocus(stop: FocusStop): boolean {
  const [outline, shadow] = stop.focused.split(' | ');
  const [style, width] = outline.split(' ');
  const outlineShows = style !== 'none' && parseFloat(width) >= 1 && !/rgba\([^)]*, 0\)$/.test(outline) && !outline.endsWith('transparent');
  const shadowShows = shadow !== 'none' && shadow !== stop.unfocused.split(' | ')[1];
  return stop.area > 0 && stop.opacity > 0 && stop.focused !== stop.unfocused && (outlineShows || shadowShows);
}
