/**
 * One load of the content per build. Docusaurus asks for frontmatter file by file (through
 * `markdown.parseFrontMatter`) and runs our plugin's loadContent in parallel; both take the
 * normalised entries from here, so every entry is read, checked and normalised once.
 * In development the cache is dropped when any file under docs/ or data/ changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {defaultCacheDir} from '../content/file-cache.ts';
import {loadEntries, type LoadResult} from '../content/index.ts';
import {formatProblem} from '../content/problem.ts';

let cached: {root: string; signature: string; result: LoadResult} | undefined;

function signature(root: string): string {
  if (process.env.NODE_ENV === 'production') return 'build';
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const d of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else parts.push(`${full}:${fs.statSync(full).mtimeMs}`);
    }
  };
  walk(path.join(root, 'docs'));
  walk(path.join(root, 'data'));
  return parts.join('|');
}

/** Results of unchanged files come from node_modules/.cache/praxisatlas, as for `npm run validate`. */
function loadContent(root: string): LoadResult {
  return loadEntries(root, {cacheDir: process.env.PRAXISATLAS_NO_CACHE === '1' ? undefined : defaultCacheDir(root)});
}

export function getContent(root: string): LoadResult {
  const sig = signature(root);
  if (!cached || cached.root !== root || cached.signature !== sig) cached = {root, signature: sig, result: loadContent(root)};
  return cached.result;
}

export class ContentValidationError extends Error {
  constructor(readonly lines: string[]) {
    super(`Der Praxisatlas enthält ungültige Einträge (${lines.length} ${lines.length === 1 ? 'Problem' : 'Probleme'}). Prüfen Sie die Zeilen oben oder führen Sie „npm run validate“ aus.`);
    this.name = 'ContentValidationError';
  }
}

let reported = false;

/** Throw with the validator's lines when there is any error; print them once. */
export function getValidContent(root: string): LoadResult {
  const result = getContent(root);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const lines = result.problems.map(formatProblem);
    if (!reported) {
      console.error(lines.join('\n'));
      reported = true;
    }
    throw new ContentValidationError(lines);
  }
  return result;
}
