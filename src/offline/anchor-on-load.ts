/**
 * Client module: a deep link with an anchor (`index.html#/praxis/x#ergebnis`) opens at its heading
 * in the offline copy too, and a jump from the table of contents stays at its heading. Docusaurus scrolls to anchors only when the route changes and leaves
 * the first load to the browser, which cannot find `#/praxis/x#ergebnis` as an element id: with
 * the hash router the heading's id is the second fragment.
 */
import siteConfig from '@generated/docusaurus.config';
import type {ClientModule} from '@docusaurus/types';

const HASH_ROUTER = siteConfig.future.experimental_router === 'hash';

/** Diagrams render after the text and push headings down: follow the heading this long after it appears… */
const FOLLOW_MS = 3000;
/** …and wait this long for it to appear at all (a slow laptop opening the zip renders late). */
const GIVE_UP_MS = 20000;
/** …unless the reader scrolls first. */
const READER_MOVES = ['wheel', 'keydown', 'mousedown', 'touchstart'] as const;

function followAnchor(id: string): void {
  let readerMoved = false;
  let appeared = false;
  const stop = () => {
    readerMoved = true;
  };
  const finish = () => {
    observer.disconnect();
    for (const type of READER_MOVES) window.removeEventListener(type, stop);
  };
  const scroll = () => {
    const heading = document.getElementById(id);
    if (!heading) return;
    if (!appeared) {
      appeared = true;
      window.setTimeout(finish, FOLLOW_MS);
    }
    if (!readerMoved) heading.scrollIntoView();
  };
  for (const type of READER_MOVES) window.addEventListener(type, stop, {once: true, passive: true});
  // The app's root grows as the page renders; <body> keeps the window's height.
  const observer = new ResizeObserver(scroll);
  observer.observe(document.getElementById('__docusaurus') ?? document.body);
  window.setTimeout(finish, GIVE_UP_MS);
  window.requestAnimationFrame(scroll);
}

const anchorOnLoad: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    // The first load, and a jump within the page (the table of contents): a diagram drawn above the
    // heading after the jump would otherwise push it out of view.
    const jumped = !previousLocation || (previousLocation.pathname === location.pathname && previousLocation.hash !== location.hash);
    if (HASH_ROUTER && location.hash && jumped) followAnchor(decodeURIComponent(location.hash.slice(1)));
  },
};

export default anchorOnLoad;
