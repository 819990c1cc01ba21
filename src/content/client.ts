/** The part of an entry a page needs: serialisable, without the full text. */
import type {EntryHistory} from './history-types.ts';
import type {Entry} from './normalize.ts';

export type ClientEntry = Omit<Entry, 'text' | 'headings' | 'path'> & {
  /** From Git at build time (history.ts); absent where no history was attached. */
  history?: EntryHistory;
};

export function toClientEntry(entry: Entry, history?: EntryHistory): ClientEntry {
  const {text: _text, headings: _headings, path: _path, ...client} = entry;
  return history ? {...client, history} : client;
}

/** The key under which the site hands an entry's normalised data to its page (see frontmatter.ts). */
export const CLIENT_KEY = 'praxisatlas';

/** In the preview (`npm start`) only: the validator's lines for a file that did not pass, shown on its page. */
export const PROBLEMS_KEY = 'praxisatlas_problems';
