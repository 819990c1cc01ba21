/**
 * loadEntries(root): every entry read once, checked once, normalised once. The CLI, the
 * Docusaurus plugin, the search index and the tests all start here.
 */
import fs from 'node:fs';
import path from 'node:path';
import {checkCollection, type ParsedFile} from './collection.ts';
import {FileCache} from './file-cache.ts';
import {cachedEntry, listEntryFiles, parseEntryBytes, readDataFile, readEntryBytes, type RawEntry} from './load.ts';
import type {MarkdownOutline} from './markdown.ts';
import {normalizeEntries, type Entry} from './normalize.ts';
import {compareProblems, type Problem} from './problem.ts';
import {bibliographySchema, glossarySchema, type Bibliography, type GlossaryTerm} from './schema.ts';
import {issueMessage} from './messages.ts';
import {checkEntry, formatPath, problemAt, type CheckedEntry, type ValidationOptions} from './validate.ts';

export const BIBLIOGRAPHY_PATH = 'data/sources.yml';
export const GLOSSARY_PATH = 'data/glossary.yml';

export interface LoadResult {
  entries: Entry[];
  problems: Problem[];
  bibliography: Bibliography;
  glossary: GlossaryTerm[];
}

export class ValidatorSetupError extends Error {}

/** "Today" for date rules; PRAXISATLAS_TODAY fixes it so snapshot tests do not go stale. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.PRAXISATLAS_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}

/** Read and validate a YAML data file against a schema, with positions for every problem. */
function loadData<T>(root: string, relPath: string, schema: {safeParse(v: unknown): {success: true; data: T} | {success: false; error: {issues: import('zod').z.core.$ZodIssue[]}}}, optional: boolean): {value?: T; raw?: RawEntry; problems: Problem[]} {
  if (optional && !fs.existsSync(path.join(root, relPath))) return {problems: []};
  const read = readDataFile(root, relPath);
  if (read.value === undefined) return {problems: read.problems};
  const raw: RawEntry = {path: relPath, folder: 'data', basename: path.basename(relPath), yaml: read.yaml, data: read.value as Record<string, unknown>, body: '', bodyOffset: 0, problems: []};
  const result = schema.safeParse(read.value ?? {});
  if (result.success) return {value: result.data, raw, problems: []};
  const problems = result.error.issues.flatMap((issue) => {
    const p = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => problemAt(raw, [...p, k], `Unbekanntes Feld „${k}“.`, {key: true}));
    }
    let value: unknown = read.value;
    for (const seg of p) value = (value as Record<PropertyKey, unknown> | undefined)?.[seg];
    const message = value === undefined ? `Pflichtfeld fehlt. Ergänzen Sie „${String(p[p.length - 1])}: …“.` : issueMessage(issue, value);
    return [{...problemAt(raw, value === undefined ? p.slice(0, -1) : p, message), field: formatPath(p)}];
  });
  return {raw, problems};
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

  const bib = loadData(root, BIBLIOGRAPHY_PATH, bibliographySchema, false);
  const glossary = loadData(root, GLOSSARY_PATH, glossarySchema, true);
  problems.push(...bib.problems, ...glossary.problems);

  const raws: RawEntry[] = [];
  const checked: CheckedEntry[] = [];
  const parsed: ParsedFile[] = [];
  for (const rel of listEntryFiles(root)) {
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
  problems.push(...checkCollection({raws, parsed, checked, bibliography: bib.value, glossary: glossary.value ? {terms: glossary.value, raw: glossary.raw} : undefined}));

  // Entries with cross-entry errors stay out of the normalised set, like files with their own errors.
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path));
  const valid = checked.filter((c) => !broken.has(c.raw.path));
  return {
    entries: normalizeEntries(valid, bib.value ?? {}),
    problems: problems.sort(compareProblems),
    bibliography: bib.value ?? {},
    glossary: glossary.value ?? [],
  };
}

export type {Entry, Problem};
