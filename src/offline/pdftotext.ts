/** The text of a PDF, page by page, through poppler's pdftotext (installed by scripts/ensure-system-deps.sh). */
import {spawnSync} from 'node:child_process';

/**
 * One string per page; undefined when pdftotext is not installed. `layout` keeps columns side by
 * side (page numbers at line ends); without it, text comes in reading order (table cells whole).
 */
export function pdfPageTexts(pdf: Uint8Array | string, {layout = true}: {layout?: boolean} = {}): string[] | undefined {
  const fromFile = typeof pdf === 'string';
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', fromFile ? pdf : '-', '-'], {input: fromFile ? undefined : pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  if (r.status !== 0) throw new Error(`pdftotext ist fehlgeschlagen: ${r.stderr || r.error?.message}`);
  const pages = r.stdout.split('\f');
  // pdftotext ends every page with a form feed, so the last piece is empty.
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}
