/**
 * Client module: before the browser prints, every link in the page's content gets the web address
 * it stands for in `data-print-href`; src/css/print.css shows it after the link text. Done at
 * print time, not on every render, because it only matters on paper.
 */
import siteConfig from '@generated/docusaurus.config';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {printHref} from './print-href';

const CONTENT_LINKS = 'main article a[href], main .markdown a[href]';

function markLinks(): void {
  const ctx = {
    webAddress: String(siteConfig.customFields?.webAddress ?? `${siteConfig.url}${siteConfig.baseUrl}`),
    hashRouter: siteConfig.future.experimental_router === 'hash',
  };
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>(CONTENT_LINKS))) {
    if (a.classList.contains('hash-link')) continue;
    const shown = printHref(a.getAttribute('href'), ctx);
    // A link whose text already is its address needs it only once.
    if (shown && a.textContent?.trim() !== shown) a.setAttribute('data-print-href', shown);
    else a.removeAttribute('data-print-href');
  }
}

if (ExecutionEnvironment.canUseDOM) window.addEventListener('beforeprint', markLinks);
