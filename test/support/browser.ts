/**
 * Headless Debian Chromium through playwright-core (no browser download). Collects console errors,
 * page errors and requests that leave the allowed origins, so tests can assert there were none.
 */
import {chromium, type Browser, type Page} from 'playwright-core';

export const CHROMIUM = process.env.PRAXISATLAS_CHROMIUM ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to anything but the allowed URL prefixes (e.g. the local server or file://). */
  foreignRequests: string[];
}

export function watch(page: Page, allowedPrefixes: string[]): PageWatch {
  const w: PageWatch = {consoleErrors: [], pageErrors: [], foreignRequests: []};
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && !allowedPrefixes.some((p) => u.startsWith(p))) w.foreignRequests.push(u);
  });
  return w;
}
