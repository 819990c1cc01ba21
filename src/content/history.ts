/**
 * When each entry last changed and how, from Git, for its page, the catalogue's sort and the
 * changes feed. One `git log` over docs/ per build: one call per file would take minutes at
 * 2,000 entries. Where Git cannot tell (a shallow clone, no Git, no repository, a file not yet
 * committed) the entry's `last_reviewed` stands in, marked as such, and the page says so.
 *
 * Renames inside docs/ are followed (`-M`): a renamed entry keeps the history of its old path.
 * A file moved into docs/ from elsewhere, or copied, starts its history there.
 *
 * Commit subjects come from outside contributors: they are cleaned here, once (no control or
 * direction characters, one line, at most MAX_SUBJECT_CHARS), and rendered only as escaped text.
 */
import {spawnSync} from 'node:child_process';
import type {EntryChange, EntryHistory} from './history-types.ts';
import type {Entry} from './normalize.ts';
import {INVISIBLE} from './validate.ts';

export type {EntryChange, EntryHistory};

/** Changes kept per entry: the page lists them; the full history is in Git. */
export const MAX_CHANGES = 5;
export const MAX_SUBJECT_CHARS = 120;
/** Shown for a commit whose subject is empty once cleaned. */
export const NO_SUBJECT = '(ohne Beschreibung)';

/** Why the history came from Git or not; anything but `ok` means every entry falls back. */
export type GitLogStatus = 'ok' | 'shallow' | 'no-git' | 'not-a-repository' | 'failed';

export interface GitLog {
  status: GitLogStatus;
  /** Git's own first line when it failed, for the build's message. */
  detail?: string;
  /** Project path (`docs/praxis/x.md`) → its changes, newest first, at most MAX_CHANGES. Empty unless `ok`. */
  files: Map<string, EntryChange[]>;
}

// Starts each commit's header; the subject is the header's last field, so a separator inside it is harmless.
const COMMIT = '\x1e';
const FIELD = '\x1f';
const HEADER = /^\n?\x1e([0-9a-f]{40,64})\x1f(\d{4}-\d{2}-\d{2})T[^\x1f]*\x1f([\s\S]*)$/;
const STATUS = /^\n?([ACDMRTUXB])\d*$/;

const GIT_TIMEOUT_MS = 120_000;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * A commit subject as it may be shown: whitespace of any kind (tabs, line breaks) as one space,
 * control and direction characters removed, cut at MAX_SUBJECT_CHARS characters with „…“.
 */
export function cleanSubject(subject: string): string {
  const text = subject.replace(/\s+/gu, ' ').replace(INVISIBLE_ALL, '').replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length <= MAX_SUBJECT_CHARS ? text : `${chars.slice(0, MAX_SUBJECT_CHARS - 1).join('').trimEnd()}…`;
}

function git(siteDir: string, args: string[]) {
  return spawnSync('git', args, {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: GIT_TIMEOUT_MS,
    // A partial clone must not fetch from the network in the middle of a build; no prompt either.
    env: {...process.env, GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0'},
  });
}

const firstLine = (s: string | undefined) => (s ?? '').split('\n').find((l) => l.trim())?.trim();

/** The history of every file under `folder` (relative to siteDir), from one `git log`. */
export function readGitLog(siteDir: string, folder = 'docs'): GitLog {
  const files = new Map<string, EntryChange[]>();
  const check = git(siteDir, ['rev-parse', '--is-shallow-repository']);
  if (check.error) {
    return (check.error as NodeJS.ErrnoException).code === 'ENOENT' ? {status: 'no-git', files} : {status: 'failed', detail: check.error.message, files};
  }
  if (check.status !== 0) {
    const detail = firstLine(check.stderr);
    return /not a git repository/i.test(check.stderr) ? {status: 'not-a-repository', detail, files} : {status: 'failed', detail, files};
  }
  const shallow = check.stdout.trim();
  if (shallow === 'true') return {status: 'shallow', files};
  if (shallow !== 'false') return {status: 'failed', detail: firstLine(check.stdout), files};

  const log = git(siteDir, [
    // Settings of the machine must not change the output's shape (signatures, colours, external diffs).
    '-c', 'log.showSignature=false',
    'log', '-z', '--no-color', '--no-ext-diff', '--no-textconv', '--encoding=UTF-8',
    '--name-status', '-M', '--relative',
    `--format=${COMMIT}%H${FIELD}%aI${FIELD}%s`,
    '--', folder,
  ]);
  if (log.error || log.status !== 0) return {status: 'failed', detail: log.error?.message ?? firstLine(log.stderr), files};
  return {status: 'ok', files: parseGitLog(log.stdout)};
}

/**
 * Parses `git log -z --name-status -M --format=<COMMIT>%H<FIELD>%aI<FIELD>%s`, newest commit first.
 * Tokens are NUL-separated: a commit header, then per file a status (`M`, `A`, `D`, `R100`, …)
 * followed by one path, or two for a rename or copy. Older commits of a renamed file count for
 * its current path; a path that was added, deleted or renamed away starts a different file.
 */
export function parseGitLog(output: string, limit = MAX_CHANGES): Map<string, EntryChange[]> {
  const files = new Map<string, EntryChange[]>();
  // Path in an older commit → the path the same file has now; null: that file no longer exists.
  const later = new Map<string, string | null>();
  const current = (p: string) => (later.has(p) ? later.get(p)! : p);
  const record = (p: string | null, change: EntryChange) => {
    if (p === null) return;
    const list = files.get(p) ?? [];
    if (list.length < limit) list.push(change);
    files.set(p, list);
  };
  const tokens = output.split('\0');
  let change: EntryChange | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const header = HEADER.exec(token);
    if (header) {
      change = {date: header[2], subject: cleanSubject(header[3]) || NO_SUBJECT};
      continue;
    }
    const status = STATUS.exec(token);
    if (!status || !change) continue;
    const kind = status[1];
    if (kind === 'R' || kind === 'C') {
      const [from, to] = [tokens[++i], tokens[++i]];
      if (from === undefined || to === undefined) break;
      const now = current(to);
      record(now, change);
      // Before this commit there was no file at `to`; a rename's source becomes the renamed file.
      later.set(to, null);
      if (kind === 'R') later.set(from, now);
      continue;
    }
    const file = tokens[++i];
    if (file === undefined) break;
    if (kind === 'D') {
      // Deleted here: whatever had this path before is not a file of the checkout (unless re-added later, see 'A').
      if (!later.has(file)) later.set(file, null);
      continue;
    }
    record(current(file), change);
    if (kind === 'A') later.set(file, null);
  }
  return files;
}

/** Each entry's history by project path: from Git where it has commits, else its `last_reviewed`. */
export function entryHistories(entries: readonly Entry[], log: GitLog): Map<string, EntryHistory> {
  const out = new Map<string, EntryHistory>();
  for (const entry of entries) {
    const changes = log.status === 'ok' ? log.files.get(entry.path) : undefined;
    out.set(entry.path, changes?.length ? {lastChanged: changes[0].date, source: 'git', changes} : {lastChanged: entry.lastReviewed, source: 'last_reviewed', changes: []});
  }
  return out;
}

/** The build's one line when Git gives no history at all; nothing when it does. */
export function historyNotice(log: GitLog): string | undefined {
  const then = '„Zuletzt geändert“ zeigt das Prüfdatum.';
  switch (log.status) {
    case 'ok':
      return undefined;
    case 'shallow':
      return `Die Versionsgeschichte ist nicht vollständig (flacher Klon): ${then}`;
    case 'no-git':
      return `Git ist nicht installiert, die Versionsgeschichte fehlt: ${then}`;
    case 'not-a-repository':
      return `Der Ordner ist kein Git-Repository, die Versionsgeschichte fehlt: ${then}`;
    case 'failed':
      return `Die Versionsgeschichte ließ sich nicht lesen${log.detail ? ` (git: ${cleanSubject(log.detail)})` : ''}: ${then}`;
  }
}

let cached: {siteDir: string; entries: readonly Entry[]; histories: Map<string, EntryHistory>} | undefined;

/**
 * The histories for this build, read once: the entry pages, the catalogue and the feed all ask.
 * Keyed like getValidContent: a new load of the content (the preview after an edit) reads Git again.
 */
export function getHistory(siteDir: string, entries: readonly Entry[]): Map<string, EntryHistory> {
  if (cached?.siteDir === siteDir && cached.entries === entries) return cached.histories;
  const log = readGitLog(siteDir);
  const notice = historyNotice(log);
  if (notice && cached?.siteDir !== siteDir) console.warn(notice);
  cached = {siteDir, entries, histories: entryHistories(entries, log)};
  return cached.histories;
}
