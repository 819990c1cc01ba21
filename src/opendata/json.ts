/**
 * daten/eintraege.json: all entries for programs — every frontmatter field, the German labels, the
 * page address and the plain text — behind a small header that says what the file is, under which
 * licence and from which article. The bibliography travels along, so `sources[].ref` resolves
 * without a second download. Pure; the build writes the string (plugins/static-files/open-data.ts).
 */
import type {Entry} from '../content/normalize.ts';
import type {Bibliography} from '../content/schema.ts';
import {ATLAS_DESCRIPTION, ATLAS_TITLE, LICENCE, openDataUrl} from './atlas.ts';
import {attributionText, type Publisher, type SourceArticle} from './publisher.ts';
import {entryRecord, type FrontmatterRecord, type LabelsRecord} from './record.ts';

export interface OpenDataContext {
  /** The web site's address, ending with `/` (also in the offline copy: data files name web addresses). */
  webAddress: string;
  /** `YYYY-MM-DD` of the build. */
  generated: string;
  /** `YYYY-MM-DD`: the newest change (or review) among the entries. */
  modified: string;
  publisher: Publisher;
  article: SourceArticle;
}

export interface EntriesJsonHeader {
  title: string;
  description: string;
  license: {name: string; url: string; attribution: string};
  source: {citation: string; author?: string; title?: string};
  publisher: string;
  url: string;
  generated: string;
  modified: string;
  count: number;
}

export type JsonEntry = FrontmatterRecord & {labels: LabelsRecord; page_url: string; text: string};

export interface EntriesJson {
  meta: EntriesJsonHeader;
  /** `data/sources.yml`: the works `sources[].ref` and `sources[].via` name. */
  bibliography: Bibliography;
  entries: JsonEntry[];
}

export function entriesJson(entries: readonly Entry[], bibliography: Bibliography, ctx: OpenDataContext): EntriesJson {
  return {
    meta: {
      title: `${ATLAS_TITLE}: alle Einträge`,
      description: ATLAS_DESCRIPTION,
      license: {name: `${LICENCE.name} (${LICENCE.short})`, url: LICENCE.url, attribution: attributionText(ctx.publisher, ctx.article)},
      source: {citation: ctx.article.citation, author: ctx.article.author, title: ctx.article.title},
      publisher: ctx.publisher.name,
      url: openDataUrl('json', ctx.webAddress),
      generated: ctx.generated,
      modified: ctx.modified,
      count: entries.length,
    },
    bibliography,
    entries: entries.map((entry) => {
      const {frontmatter, labels, page_url, text} = entryRecord(entry, ctx.webAddress);
      return {...frontmatter, labels, page_url, text};
    }),
  };
}

/** The file's text: indented (people open it too), one trailing newline. */
export function entriesJsonText(data: EntriesJson): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
