/**
 * loadEntries(root): every entry read once, checked once, normalised once. The CLI, the
 * Docusaurus plugin, the search index and the tests all start here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {blogAuthorsSchema, checkBlogPost, type BlogAuthors, type BlogPost} from './blog.ts';
import {checkCollection, type ParsedFile} from './collection.ts';
import {FileCache} from './file-cache.ts';
import {cachedEntry, parseEntryBytes, readDataFile, readEntryBytes, readEntryFile, type RawEntry} from './load.ts';
import type {MarkdownOutline} from './markdown.ts';
import {normalizeEntries, type Entry} from './normalize.ts';
import {compareProblems, type Problem} from './problem.ts';
import {operatorKeysAt, operatorPlaceholderProblems, PLACEHOLDER_OPERATOR} from './operator.ts';
import {BIBLIOGRAPHY_PATH, BLOG_AUTHORS_PATH, CONCEPTS_PATH, GLOSSARY_PATH, OPERATOR_PATH, SYNONYMS_PATH} from './paths.ts';
import {bibliographySchema, conceptsSchema, glossarySchema, operatorSchema, synonymsSchema, type Bibliography, type Concept, type GlossaryTerm, type Operator} from './schema.ts';
import {closest} from './suggest.ts';
import {listContentTree, type ContentTree} from './tree.ts';
import {checkEntry, invisibleCharacterProblems, schemaIssueProblems, type CheckedEntry, type ValidationOptions} from './validate.ts';

export {BIBLIOGRAPHY_PATH, GLOSSARY_PATH, OPERATOR_PATH, SYNONYMS_PATH};

/** Everything the build may consume: what passed the gate, and the problems of what did not. */
export interface LoadResult {
  entries: Entry[];
  problems: Problem[];
  bibliography: Bibliography;
  glossary: GlossaryTerm[];
  /** Groups of data/synonyms.yml for the search index. */
  synonyms: string[][];
  /** Related words of data/begriffe.yml for the search index (one direction). */
  concepts: Concept[];
  /**
   * Operator settings of data/betreiber.yml for the legal pages; the all-placeholder value of
   * operator.ts when the file is missing or invalid, so the pages always render.
   */
  operator: Operator;
  blogPosts: BlogPost[];
  blogAuthors: BlogAuthors;
  /** Project paths of the assets entries and posts may link to (docs/assets/, static/img/). */
  assets: string[];
}

export class ValidatorSetupError extends Error {}

/** "Today" for date rules; PRAXISATLAS_TODAY fixes it so snapshot tests do not go stale. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.PRAXISATLAS_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}

/**
 * Read and validate a YAML data file against a schema, with positions for every problem. Only a
 * plain file the tree listing accepted is read: a link to a system file is never opened.
 */
function loadData<T>(
  root: string,
  tree: ContentTree,
  relPath: string,
  schema: {safeParse(v: unknown): {success: true; data: T} | {success: false; error: {issues: z.core.$ZodIssue[]}}},
  optional: boolean,
  /** Keys allowed where an unknown key was found, for „Meinten Sie …?“. */
  allowedKeys?: (path: PropertyKey[]) => string[] | undefined,
): {value?: T; raw?: RawEntry; problems: Problem[]} {
  if (!tree.files.has(relPath)) {
    const refused = tree.problems.some((p) => p.path === relPath);
    return {problems: optional || refused ? [] : [{path: relPath, line: 1, column: 1, field: 'file', message: 'Die Datei fehlt.', severity: 'error'}]};
  }
  const read = readDataFile(root, relPath);
  if (read.value === undefined) return {problems: read.problems};
  const raw: RawEntry = {path: relPath, folder: 'data', basename: path.basename(relPath), yaml: read.yaml, data: read.value as Record<string, unknown>, body: '', bodyOffset: 0, problems: []};
  const invisible = invisibleCharacterProblems(raw, read.value);
  const result = schema.safeParse(read.value ?? {});
  if (result.success && invisible.length === 0) return {value: result.data, raw, problems: []};
  if (result.success) return {raw, problems: invisible};
  const issues = allowedKeys
    ? withoutMisspeltFields(result.error.issues, allowedKeys).flatMap((issue) => schemaIssueProblems(raw, read.value, [issue], allowedKeys(issue.path)))
    : schemaIssueProblems(raw, read.value, result.error.issues);
  return {raw, problems: [...invisible, ...issues]};
}

/** A misspelt required key is one mistake: its „Unbekanntes Feld … Meinten Sie“ stays, the „Pflichtfeld fehlt“ of the meant key goes. */
function withoutMisspeltFields(issues: z.core.$ZodIssue[], allowedKeys: (path: PropertyKey[]) => string[] | undefined): z.core.$ZodIssue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const m = closest(key, allowedKeys(issue.path) ?? []);
      if (m) meant.add([...issue.path, m].join('.'));
    }
  }
  return issues.filter((i) => i.code !== 'invalid_type' || !meant.has(i.path.join('.')));
}

export interface LoadOptions extends Partial<ValidationOptions> {
  /**
   * Folder for the results of unchanged files between runs (see file-cache.ts), e.g. from
   * defaultCacheDir(root). Without it every file is checked; with it the result is the same.
   */
  cacheDir?: string;
  /** Filled with the cache's hits and misses of this run. */
  stats?: {hits: number; misses: number};
}

/** One file read and checked, or taken from the cache when its bytes are unchanged. */
function checkFile(root: string, rel: string, options: ValidationOptions, cache: FileCache | undefined): {raw: RawEntry; problems: Problem[]; entry?: CheckedEntry; outline?: MarkdownOutline} {
  const read = readEntryBytes(root, rel);
  if ('unreadable' in read) return {raw: read.unreadable, ...checkEntry(read.unreadable, options)};
  if (!cache) {
    const raw = parseEntryBytes(rel, read.bytes);
    return {raw, ...checkEntry(raw, options)};
  }
  const hash = FileCache.hash(read.bytes);
  const hit = cache.get(rel, hash);
  if (hit) {
    const raw = cachedEntry(rel, read.bytes, hit);
    return {raw, problems: hit.problems, entry: hit.entry && hit.outline ? {raw, data: hit.entry, outline: hit.outline} : undefined, outline: hit.outline};
  }
  const raw = parseEntryBytes(rel, read.bytes);
  const result = checkEntry(raw, options);
  cache.set(rel, hash, raw, result);
  return {raw, ...result};
}

export function loadEntries(root: string, opts: LoadOptions = {}): LoadResult {
  if (!fs.existsSync(path.join(root, 'docs'))) throw new ValidatorSetupError(`Kein Ordner docs/ in ${root}: hier liegt kein Praxisatlas.`);
  const options: ValidationOptions = {today: opts.today ?? today()};
  const cache = opts.cacheDir ? new FileCache(opts.cacheDir, root, options.today) : undefined;
  const problems: Problem[] = [];

  const tree = listContentTree(root);
  problems.push(...tree.problems);

  const bib = loadData(root, tree, BIBLIOGRAPHY_PATH, bibliographySchema, false);
  const glossary = loadData(root, tree, GLOSSARY_PATH, glossarySchema, true);
  const synonyms = loadData(root, tree, SYNONYMS_PATH, synonymsSchema, true);
  const concepts = loadData(root, tree, CONCEPTS_PATH, conceptsSchema, true);
  const authors = loadData(root, tree, BLOG_AUTHORS_PATH, blogAuthorsSchema, tree.blogPosts.length === 0);
  const operator = loadData(root, tree, OPERATOR_PATH, operatorSchema, true, operatorKeysAt);
  problems.push(...bib.problems, ...glossary.problems, ...synonyms.problems, ...concepts.problems, ...authors.problems, ...operator.problems);
  if (operator.value && operator.raw) problems.push(...operatorPlaceholderProblems(operator.raw, operator.value));

  const raws: RawEntry[] = [];
  const checked: CheckedEntry[] = [];
  const parsed: ParsedFile[] = [];
  for (const rel of tree.entries) {
    const {raw, ...result} = checkFile(root, rel, options, cache);
    raws.push(raw);
    problems.push(...result.problems);
    if (result.entry) checked.push(result.entry);
    if (raw.data && result.outline) parsed.push({raw, outline: result.outline});
  }
  if (cache) {
    cache.save();
    if (opts.stats) Object.assign(opts.stats, {hits: cache.hits, misses: cache.misses});
  }
  const posts: BlogPost[] = [];
  const postFiles: ParsedFile[] = [];
  for (const rel of tree.blogPosts) {
    const raw = readEntryFile(root, rel);
    const result = checkBlogPost(raw, authors.value);
    problems.push(...result.problems);
    if (result.post) posts.push(result.post);
    if (raw.data && result.outline) postFiles.push({raw, outline: result.outline});
  }
  problems.push(
    ...checkCollection({raws, parsed, checked, posts: postFiles, postUrls: posts.map((p) => p.url), assets: tree.assets, refused: new Set(tree.problems.map((p) => p.path)), bibliography: bib.value, glossary: glossary.value ? {terms: glossary.value, raw: glossary.raw} : undefined}),
  );

  // Files with cross-file errors stay out of what the build gets, like files with their own errors.
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path));
  const valid = checked.filter((c) => !broken.has(c.raw.path));
  return {
    entries: normalizeEntries(valid, bib.value ?? {}),
    problems: problems.sort(compareProblems),
    bibliography: bib.value ?? {},
    glossary: glossary.value ?? [],
    synonyms: synonyms.value ?? [],
    concepts: concepts.value ?? [],
    operator: operator.value ?? PLACEHOLDER_OPERATOR,
    blogPosts: posts.filter((p) => !broken.has(p.path)),
    blogAuthors: authors.value ?? {},
    assets: [...tree.assets.keys()].filter((a) => !broken.has(a)),
  };
}

export type {Entry, Problem};
