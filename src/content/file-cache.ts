/**
 * Results of the per-file checks, kept between runs, the way ESLint's `--cache` or TypeScript's
 * incremental builds do it. Reading YAML with positions and parsing Markdown costs milliseconds
 * per entry; an unchanged file costs a read and a hash instead. Only the checks of one file are
 * kept (checkEntry depends on nothing but the file's bytes, its path, "today" and this code);
 * the rules across files (ids, links, references, duplicates) run every time.
 *
 * A result is reused when path, content hash, "today" and the code version all match. The code
 * version hashes every source file of src/content/ and the lock file, so a new rule or a library
 * update empties the cache. A missing, unreadable or foreign cache file means: check everything.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {RawEntry} from './load.ts';
import type {MarkdownOutline} from './markdown.ts';
import type {Problem} from './problem.ts';
import type {EntryFrontmatter} from './schema.ts';

/** What checkEntry found for one file, in a form that survives JSON. */
export interface CachedFile {
  hash: string;
  /** The frontmatter as read (raw.data), when it could be read. */
  data?: Record<string, unknown>;
  bodyOffset: number;
  /** Problems of reading the file (raw.problems). */
  rawProblems: Problem[];
  /** Every problem of checkEntry (includes rawProblems). */
  problems: Problem[];
  /** The schema's output, when the file is a valid entry. */
  entry?: EntryFrontmatter;
  outline?: MarkdownOutline;
}

interface CacheFile {
  version: string;
  today: string;
  files: Record<string, CachedFile>;
}

const FILE = 'validation.json';

let codeVersion: string | undefined;

/** Hash of the validator's own code and the installed libraries (by the lock file). */
function version(root: string): string {
  if (!codeVersion) {
    const hash = createHash('sha256');
    const dir = __dirname;
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.[cm]?[jt]s$/.test(e.name)) hash.update(e.name).update(fs.readFileSync(full));
      }
    };
    walk(dir);
    codeVersion = hash.digest('hex');
  }
  const lock = path.join(root, 'package-lock.json');
  const lockHash = fs.existsSync(lock) ? createHash('sha256').update(fs.readFileSync(lock)).digest('hex') : 'none';
  return `${codeVersion}:${lockHash}`;
}

/**
 * Whether JSON gives the value back as it is: strings, finite numbers, booleans, null, arrays and
 * plain objects (a property that is undefined is left out, as if it were absent). YAML can give
 * more (`.inf`, `.nan`, `-0`).
 */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && survivesJson(v));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v) => v === undefined || survivesJson(v));
}

export class FileCache {
  private readonly file: string;
  private readonly version: string;
  private old: Record<string, CachedFile> = {};
  private readonly next: Record<string, CachedFile> = {};
  private changed = false;
  hits = 0;
  misses = 0;

  static hash(bytes: Uint8Array): string {
    return createHash('sha1').update(bytes).digest('hex');
  }

  constructor(
    readonly dir: string,
    root: string,
    private readonly today: string,
  ) {
    this.file = path.join(dir, FILE);
    this.version = version(root);
    try {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
      if (stored.version === this.version && stored.today === today && stored.files && typeof stored.files === 'object') this.old = stored.files;
    } catch {
      // No cache yet, or an unreadable one: every file is checked.
    }
  }

  /** The stored result for this file, if its content is unchanged. */
  get(relPath: string, hash: string): CachedFile | undefined {
    const found = Object.hasOwn(this.old, relPath) ? this.old[relPath] : undefined;
    if (found && found.hash === hash) {
      this.hits++;
      this.next[relPath] = found;
      return found;
    }
    this.misses++;
    return undefined;
  }

  set(relPath: string, hash: string, raw: RawEntry, result: {problems: Problem[]; entry?: {data: EntryFrontmatter}; outline?: MarkdownOutline}): void {
    const value: CachedFile = {hash, data: raw.data, bodyOffset: raw.bodyOffset, rawProblems: raw.problems, problems: result.problems, entry: result.entry?.data, outline: result.outline};
    // A value JSON would change (e.g. `.inf`) is checked again next time rather than read back wrong.
    if (!survivesJson(value)) return;
    this.next[relPath] = value;
    this.changed = true;
  }

  /** Write the results of this run (files no longer present drop out). Never fails the run. */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.old).length) return;
    try {
      fs.mkdirSync(this.dir, {recursive: true});
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({version: this.version, today: this.today, files: this.next} satisfies CacheFile));
      fs.renameSync(tmp, this.file);
    } catch {
      // A read-only checkout: the next run checks everything again.
    }
  }
}

/** The cache folder of a project: node_modules/.cache/praxisatlas, only where node_modules exists. */
export function defaultCacheDir(root: string): string | undefined {
  const modules = path.join(root, 'node_modules');
  return fs.existsSync(modules) ? path.join(modules, '.cache', 'praxisatlas') : undefined;
}
