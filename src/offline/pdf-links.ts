/**
 * Links inside the PDF: a link to another chapter of the PDF becomes a jump inside the document;
 * every other link points to the web version and prints its address, because `#/praxis/x` means
 * nothing once the pages are paper.
 */
import {chapterAnchor} from './chapters.ts';
import {printHref} from './print-href.ts';

export interface PdfLinkContext {
  webAddress: string;
  /** Route → chapter id, for the pages the PDF contains. */
  chapterByRoute: ReadonlyMap<string, string>;
  /** The chapter the link is in (for anchors on the same page). */
  currentChapter: string;
}

export interface PdfLink {
  href: string;
  /** The address printed after the link text, when the link leaves the document. */
  printed?: string;
}

/** An element id inside a chapter, unique in the whole document. */
export function chapterElementId(chapterId: string, id: string): string {
  return `${chapterAnchor(chapterId)}--${id}`;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function pdfLink(href: string, ctx: PdfLinkContext): PdfLink {
  const inside = internalTarget(href, ctx);
  if (inside) return {href: inside};
  const printed = printHref(href, {webAddress: ctx.webAddress, hashRouter: true});
  return printed ? {href: /^mailto:/i.test(href) ? href : printed, printed} : {href};
}

function internalTarget(href: string, ctx: PdfLinkContext): string | undefined {
  if (href.startsWith('#') && !href.startsWith('#/')) {
    return href.length > 1 ? `#${chapterElementId(ctx.currentChapter, decode(href.slice(1)))}` : undefined;
  }
  if (!href.startsWith('#/')) return undefined;
  const [route, anchor] = splitOnce(href.slice(1), '#');
  const chapter = ctx.chapterByRoute.get(route.replace(/\/$/, '') || '/');
  if (!chapter) return undefined;
  return anchor ? `#${chapterElementId(chapter, decode(anchor))}` : `#${chapterAnchor(chapter)}`;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
