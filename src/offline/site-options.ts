/**
 * What differs between the web build and the offline copy, as plain data for docusaurus.config.ts:
 * the banner and the download links. Both are HTML strings on purpose: Docusaurus renders them
 * as-is, so neither its <Link> (which rewrites `./x` to `/x` under the hash router) nor its
 * broken-link checker (which would fail a plain `npm run build`, where the zip and the PDF do not
 * exist yet) touches them.
 */
import {germanDate} from './date.ts';
import {BRIEF_PDF, OFFLINE_ZIP, PLAYBOOK_PDF} from './names.ts';

export interface SiteVariant {
  offline: boolean;
  /** The web address of the current version: SITE_URL plus the base URL, ending with `/`. */
  webAddress: string;
  /** `YYYY-MM-DD` of the build. */
  date: string;
  /** The web build's base URL, ending with `/`. */
  baseUrl: string;
}

export function webAddress(siteUrl: string, baseUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${baseUrl.replace(/^\/+/, '')}`.replace(/([^/])$/, '$1/');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The banner of the offline copy: when it was made and where the current version lives. */
export function offlineBannerHtml(v: SiteVariant): string {
  const url = escapeHtml(v.webAddress);
  return `Offline-Kopie vom ${germanDate(v.date)} – aktuelle Fassung: <a href="${url}" rel="noopener">${url}</a>`;
}

export interface FooterHtmlItem {
  html: string;
}

const footerLink = (href: string, text: string, extra = '') => ({html: `<a class="footer__link-item" href="${escapeHtml(href)}"${extra}>${text}</a>`});

/**
 * The footer column for taking the atlas along. On the web the files sit next to the site (see
 * `npm run build:offline -- --copy-to build`); in the offline copy the PDF sits next to
 * index.html, so a path relative to the document works from file://.
 */
export function downloadFooterItems(v: SiteVariant): FooterHtmlItem[] {
  if (v.offline) {
    return [
      footerLink(`./${PLAYBOOK_PDF}`, 'Playbook als PDF'),
      footerLink(`./${BRIEF_PDF}`, 'Tischvorlage als PDF'),
      footerLink(v.webAddress, 'Aktuelle Fassung im Web', ' rel="noopener"'),
    ];
  }
  return [
    footerLink(`${v.baseUrl}${PLAYBOOK_PDF}`, 'Playbook als PDF'),
    footerLink(`${v.baseUrl}${BRIEF_PDF}`, 'Tischvorlage als PDF'),
    footerLink(`${v.baseUrl}${OFFLINE_ZIP}`, 'Offline-Kopie (ZIP)'),
  ];
}

/** Where the /tischvorlage page links its PDF: next to index.html offline, at the base URL on the web. */
export function briefPdfHref(v: SiteVariant): string {
  return v.offline ? `./${BRIEF_PDF}` : `${v.baseUrl}${BRIEF_PDF}`;
}
