/** An entry's history as its page and the data files show it (built from Git in history.ts). */

export interface EntryChange {
  /** `YYYY-MM-DD`, the commit's author date. */
  date: string;
  /** The commit message's first line, cleaned and shortened for display. */
  subject: string;
}

export interface EntryHistory {
  /** `YYYY-MM-DD`: the newest change, or `last_reviewed` when Git has no history for the file. */
  lastChanged: string;
  /** Where lastChanged comes from: a shallow clone or a file outside Git falls back to last_reviewed. */
  source: 'git' | 'last_reviewed';
  /** Newest first, at most a few. */
  changes: EntryChange[];
}
