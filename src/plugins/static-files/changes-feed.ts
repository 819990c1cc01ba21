/**
 * /aenderungen.xml: an Atom feed of the most recently changed entries, so readers can follow the
 * atlas without visiting it. One item per entry with its latest change (which entries to read
 * again), not one per commit. Web build only: a feed needs web addresses, which the offline copy
 * (hash router, opened from disk) does not have — the same rule as for the blog's feeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import {getHistory} from '../../content/history.ts';
import type {EntryHistory} from '../../content/history-types.ts';
import type {Entry} from '../../content/normalize.ts';
import {webAddress} from '../../offline/site-options.ts';
import {xmlEscape as xml} from '../../opendata/xml.ts';
import type {StaticFileWriter} from './types.ts';

export const CHANGES_FEED_FILE = 'aenderungen.xml';
export const CHANGES_FEED_TITLE = 'Praxisatlas Neuzuwanderung – Änderungen an Einträgen';
export const MAX_FEED_ITEMS = 50;

export interface ChangesFeedInput {
  entries: readonly Entry[];
  /** By project path, as getHistory returns them. */
  histories: ReadonlyMap<string, EntryHistory>;
  /** Without a trailing slash. */
  siteUrl: string;
  /** Ends with `/`. */
  baseUrl: string;
}

const atomDate = (day: string) => `${day}T00:00:00Z`;

/**
 * The feed's text. Only entries whose last change Git knows: a review date is not a change. Newest
 * first, ties by title; every value escaped. Deterministic (no build time), so two builds agree.
 */
export function changesFeed({entries, histories, siteUrl, baseUrl}: ChangesFeedInput): string {
  const base = webAddress(siteUrl, baseUrl);
  const items = entries
    .flatMap((entry) => {
      const history = histories.get(entry.path);
      return history?.source === 'git' && history.changes.length ? [{entry, change: history.changes[0]}] : [];
    })
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.entry.title.localeCompare(b.entry.title, 'de') || a.entry.id.localeCompare(b.entry.id))
    .slice(0, MAX_FEED_ITEMS);
  // With no item, the newest review date: `updated` is required and must not be the build's clock.
  const updated = items[0]?.change.date ?? entries.map((e) => e.lastReviewed).sort().at(-1) ?? '1970-01-01';
  const self = `${base}${CHANGES_FEED_FILE}`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(CHANGES_FEED_TITLE)}</title>`,
    '  <subtitle>Die zuletzt geänderten Einträge, neueste zuerst, jeweils mit der letzten Änderung.</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${base}katalog?sort=geaendert`)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    '  <author><name>Redaktion Praxisatlas Neuzuwanderung</name></author>',
    '  <rights>Texte: CC BY 4.0</rights>',
  ];
  for (const {entry, change} of items) {
    const url = `${base}${entry.url.replace(/^\/+/, '')}`;
    lines.push(
      '  <entry>',
      `    <title>${xml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      // One id per entry and day of change: a reader shows a later change as a new item.
      `    <id>${xml(`${url}#stand-${change.date}`)}</id>`,
      `    <updated>${atomDate(change.date)}</updated>`,
      `    <category term="${xml(entry.type)}" label="${xml(entry.typeLabel)}"/>`,
      `    <summary type="text">${xml(`${change.subject} – ${entry.description}`)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export const writeChangesFeed: StaticFileWriter = ({content, outDir, siteDir, siteUrl, baseUrl, offline}) => {
  if (offline) return;
  const histories = getHistory(siteDir, content.entries);
  fs.writeFileSync(path.join(outDir, CHANGES_FEED_FILE), changesFeed({entries: content.entries, histories, siteUrl, baseUrl}));
};
