/**
 * Which address a printed link shows. On paper a link is only its text, so print shows the
 * address after it, and always the web address: `#/praxis/x` (offline copy) or a path served
 * from localhost mean nothing to someone holding a printout.
 */

export interface PrintHrefContext {
  /** The web address of the current version, ending with `/` (SITE_URL plus base URL). */
  webAddress: string;
  /** True in the offline copy, where routes follow the `#`. */
  hashRouter: boolean;
}

/** The address to print after a link, or undefined when there is none worth printing. */
export function printHref(href: string | null | undefined, ctx: PrintHrefContext): string | undefined {
  if (!href) return undefined;
  if (/^mailto:/i.test(href)) return href.slice('mailto:'.length);
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return /^https?:/i.test(href) ? href : undefined;
  if (href.startsWith('#')) {
    // `#/praxis/x` is a page of the offline copy; `#abschnitt` an anchor on the same page.
    return ctx.hashRouter && href.startsWith('#/') ? new URL(href.slice(2), ctx.webAddress).href : undefined;
  }
  if (href.startsWith('/')) return new URL(href, ctx.webAddress).href;
  // Relative to the document: next to index.html in the offline copy, below the base URL on the web.
  return new URL(href.replace(/^\.\//, ''), ctx.webAddress).href;
}
