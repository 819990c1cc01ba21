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
import v8 from 'node:v8';
import type {RawEntry} from './load.ts';
import type {MarkdownOutline} from './markdown.ts';
import type {Problem} from './problem.ts';
import type {EntryFrontmatter} from './schema.ts';

/** What checkEntry found for one file, as plain data. */
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

/** V8's structured-clone format: faster to read than JSON at thousands of entries, and it keeps every value YAML can give (`.inf`, `-0`). */
const FILE = 'validation.v8';

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
  return `${codeVersion}:${lockVersion(path.join(root, 'package-lock.json'))}`;
}

const lockHashes = new Map<string, string>();

/** The lock file's hash, computed once per process and lock file state. */
function lockVersion(file: string): string {
  let key: string;
  try {
    const stat = fs.statSync(file);
    key = `${file}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'none';
  }
  let hash = lockHashes.get(key);
  if (!hash) lockHashes.set(key, (hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex')));
  return hash;
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
      const stored = v8.deserialize(fs.readFileSync(this.file)) as CacheFile;
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
    this.next[relPath] = {hash, data: raw.data, bodyOffset: raw.bodyOffset, rawProblems: raw.problems, problems: result.problems, entry: result.entry?.data, outline: result.outline};
    this.changed = true;
  }

  /** Write the results of this run (files no longer present drop out). Never fails the run. */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.old).length) return;
    try {
      fs.mkdirSync(this.dir, {recursive: true});
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, v8.serialize({version: this.version, today: this.today, files: this.next} satisfies CacheFile));
      fs.renameSync(tmp, this.file);
    } catch {
      // A read-only checkout, or a value that cannot be stored: the next run checks everything again.
    }
  }
}

/** The cache folder of a project: node_modules/.cache/praxisatlas, only where node_modules exists. */
export function defaultCacheDir(root: string): string | undefined {
  const modules = path.join(root, 'node_modules');
  return fs.existsSync(modules) ? path.join(modules, '.cache', 'praxisatlas') : undefined;
}
