/**
 * "The page is done": a single-page app has no load event per page, and diagrams load their
 * library and render after the text. Used by the PDF and by the offline copy's browser tests.
 */
import type {Page} from 'playwright-core';

/**
 * Runs `navigate`, then waits until no request is in flight and the DOM has been still for
 * `quietMs` (at most a few rounds, so a page that never settles cannot hang the caller).
 */
export async function settled(page: Page, navigate: () => Promise<unknown>, quietMs = 250): Promise<void> {
  const loading = trackRequests(page);
  try {
    await navigate();
    for (let round = 0; round < 5; round++) {
      const finishedBefore = loading.finished();
      await loading.idle();
      await domQuiet(page, quietMs);
      if (loading.pending() === 0) break;
      // A request the browser never reports as finished (it happens for file:// loads served from
      // cache) must not cost four more rounds of waiting: stop once nothing moves any more.
      if (round > 0 && loading.finished() === finishedBefore) break;
    }
  } finally {
    loading.stop();
  }
}

/** Counts the page's requests in flight (file:// ones included), so "loaded" can be awaited. */
function trackRequests(page: Page) {
  const inFlight = new Set<unknown>();
  let finished = 0;
  let wake: (() => void) | undefined;
  const start = (r: unknown) => inFlight.add(r);
  const end = (r: unknown) => {
    if (inFlight.delete(r)) finished++;
    if (inFlight.size === 0) wake?.();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    pending: () => inFlight.size,
    /** Requests that ended so far: progress, where pending() alone could hang on a lost event. */
    finished: () => finished,
    /** Resolves when nothing is in flight, or after 10 s (a request that never ends must not hang the PDF). */
    idle: () =>
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const cap = setTimeout(resolve, 10_000);
            wake = () => {
              clearTimeout(cap);
              resolve();
            };
          }),
    stop() {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}

/**
 * Resolves once the DOM has not changed for `ms` (diagrams render after the page), at most 10 s.
 * A string, not a function: tsx names functions with a helper that does not exist in the page.
 */
async function domQuiet(page: Page, ms: number): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    let timer;
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${ms}); });
    const cap = setTimeout(done, 10000);
    timer = setTimeout(done, ${ms});
    observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
    function done() { observer.disconnect(); clearTimeout(cap); clearTimeout(timer); resolve(); }
  })`);
}
