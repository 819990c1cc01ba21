/**
 * One load of the content per build. Docusaurus asks for frontmatter file by file (through
 * `markdown.parseFrontMatter`) and runs our plugin's loadContent in parallel; both take the
 * normalised entries from here, so every entry is read, checked and normalised once.
 * In development the cache is dropped when any file under docs/ or data/ changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {defaultCacheDir} from '../content/file-cache.ts';
import type {BlogPost} from '../content/blog.ts';
import {assetKind} from '../content/assets.ts';
import {loadEntries, type Entry, type LoadResult} from '../content/index.ts';
import type {LinkTargets} from '../content/links.ts';
import {formatProblem} from '../content/problem.ts';

let cached: {root: string; signature: string; result: LoadResult} | undefined;

function signature(root: string): string {
  if (process.env.NODE_ENV === 'production') return 'build';
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const d of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, d.name);
      // lstat: a link is part of the signature, never followed (the gate refuses it).
      if (d.isDirectory()) walk(full);
      else parts.push(`${full}:${fs.lstatSync(full).mtimeMs}`);
    }
  };
  for (const dir of ['docs', 'blog', 'data', 'static/img']) walk(path.join(root, dir));
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

let reported = false;

/** The sentence under the validator's lines, in the build's output and the preview's overlay. */
export function invalidContentSentence(errors: number): string {
  return `Der Praxisatlas enthält ungültige Einträge (${errors} ${errors === 1 ? 'Problem' : 'Probleme'}). Prüfen Sie die Zeilen oben oder führen Sie „npm run validate“ aus.`;
}

/** The validator's lines and the number of errors among them; no lines when there is no error. */
export function contentErrors(root: string, {problems}: LoadResult = getContent(root)): {lines: string[]; errors: number} {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {lines: errors ? problems.map(formatProblem) : [], errors};
}

/**
 * The content, in a build only when it is valid. `docusaurus build` prints the validator's lines
 * and one German sentence and exits 1 (wrapping an error would add Docusaurus' stack traces).
 * The preview (`npm start`) keeps going with the entries that passed: the files that did not
 * show their lines on their own page, and ContentProblemsPlugin puts the lines into the
 * browser's error overlay and, once per change, into the terminal.
 */
export function getValidContent(root: string): LoadResult {
  const result = getContent(root);
  if (isPreview()) return result;
  const {lines, errors} = contentErrors(root, result);
  if (errors) {
    if (!reported) {
      console.error(lines.join('\n'));
      reported = true;
    }
    if (process.env.NODE_ENV === 'production') {
      console.error(`\n${invalidContentSentence(errors)}`);
      process.exit(1);
    }
    throw new Error(invalidContentSentence(errors));
  }
  return result;
}

/** `npm start` (Docusaurus sets NODE_ENV=development): the preview goes on past invalid content. */
export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * The site this process has loaded (the plugin's loadContent runs before any Markdown compiles).
 * For the remark plugin: its options end up in the client config, so they cannot carry the path.
 */
export function loadedSite(): {root: string; content: LoadResult} {
  if (!cached) throw new Error('Der Praxisatlas-Inhalt ist noch nicht geladen: das Prüfprogramm muss vor dem Markdown laufen.');
  return {root: cached.root, content: getValidContent(cached.root)};
}

export type ValidatedFile = {kind: 'entry'; entry: Entry} | {kind: 'post'; post: BlogPost};
const byPath = new WeakMap<LoadResult, Map<string, ValidatedFile>>();

/** The files under docs/ and blog/ that passed the gate, by project path. */
export function validatedFiles(content: LoadResult): Map<string, ValidatedFile> {
  let map = byPath.get(content);
  if (!map) {
    map = new Map<string, ValidatedFile>([
      ...content.entries.map((entry): [string, ValidatedFile] => [entry.path, {kind: 'entry', entry}]),
      ...content.blogPosts.map((post): [string, ValidatedFile] => [post.path, {kind: 'post', post}]),
    ]);
    byPath.set(content, map);
  }
  return map;
}

const targetsOf = new WeakMap<LoadResult, LinkTargets>();

/** What links in validated files may point to: the same targets the validator allowed. */
export function linkTargets(content: LoadResult): LinkTargets {
  let t = targetsOf.get(content);
  if (!t) {
    t = {
      entryFiles: new Set(content.entries.map((e) => e.path)),
      urls: new Set([...content.entries.map((e) => e.url), ...content.blogPosts.map((p) => p.url)]),
      assets: new Map(content.assets.map((a) => [a, {image: assetKind(a)?.image ?? false}])),
    };
    targetsOf.set(content, t);
  }
  return t;
}
