/**
 * The validator on one draft, in the browser: the entry assistant checks what a contributor types
 * with the same functions `npm run validate` runs (parse.ts, validate.ts, collection.ts), not with
 * a second rule set. What the browser cannot read from disk (the other entries' ids, titles and
 * headings, the bibliography keys, post URLs and assets) the build hands over as a DraftContext.
 *
 * Pure and browser-safe: no file system, no Node module.
 */
import {assetKind} from './assets.ts';
import {checkCollection, type ParsedFile} from './collection.ts';
import type {LoadResult} from './index.ts';
import type {MarkdownOutline} from './markdown.ts';
import {parseEntryBytes, type RawEntry} from './parse.ts';
import {RESERVED_NAMES, reservedNameMessage} from './paths.ts';
import {compareProblems, type Problem} from './problem.ts';
import type {Bibliography, EntryFrontmatter, GlossaryTerm} from './schema.ts';
import {checkEntry, type CheckedEntry} from './validate.ts';

/** What the rules across files need to know about the rest of the atlas. */
export interface DraftContext {
  entries: {path: string; id: string; title: string; description: string; headings: MarkdownOutline['headings']}[];
  /** Bibliography keys with the short citation, for the source picker. */
  sources: {key: string; cite: string}[];
  postUrls: string[];
  /** Asset paths with whether they may be shown as an image. */
  assets: [string, {image: boolean}][];
  glossary: string[];
}

/** The context from a validated load (build time). */
export function draftContext(content: LoadResult): DraftContext {
  return {
    entries: content.entries.map((e) => ({path: e.path, id: e.id, title: e.title, description: e.description, headings: e.headings.map((text) => ({depth: 2, text, line: 0}))})),
    sources: Object.entries(content.bibliography).map(([key, work]) => ({key, cite: work.cite})),
    postUrls: content.blogPosts.map((p) => p.url),
    assets: content.assets.map((a) => [a, {image: assetKind(a)?.image ?? false}]),
    glossary: content.glossary.map((t) => t.id),
  };
}

/**
 * Every problem `npm run validate` would report for this file if it were saved at `rel` next to
 * the atlas described by `context` (an entry already at `rel` is replaced, as when editing it).
 */
export function checkDraft(rel: string, text: string, context: DraftContext, today: string): Problem[] {
  const raw = parseEntryBytes(rel, new TextEncoder().encode(text));
  const problems: Problem[] = [];
  if (RESERVED_NAMES.has(raw.basename.toLowerCase())) problems.push({path: rel, line: 1, column: 1, field: 'file', severity: 'error', message: reservedNameMessage(`${raw.basename}.md`)});
  const own = checkEntry(raw, {today});
  problems.push(...own.problems);

  const others = context.entries.filter((e) => e.path !== rel).map((e) => {
    const otherRaw: RawEntry = {path: e.path, folder: e.path.split('/')[1] ?? '', basename: e.id, data: {id: e.id}, body: '', bodyOffset: 0, problems: []};
    const outline: MarkdownOutline = {headings: e.headings, links: [], text: ''};
    return {parsed: {raw: otherRaw, outline} satisfies ParsedFile, checked: {raw: otherRaw, data: {id: e.id, title: e.title, description: e.description} as EntryFrontmatter, outline} satisfies CheckedEntry};
  });
  const mine: ParsedFile[] = raw.data && own.outline ? [{raw, outline: own.outline}] : [];
  const across = checkCollection({
    raws: [raw, ...others.map((o) => o.parsed.raw)],
    parsed: [...mine, ...others.map((o) => o.parsed)],
    checked: [...(own.entry ? [own.entry] : []), ...others.map((o) => o.checked)],
    postUrls: context.postUrls,
    assets: new Map(context.assets),
    bibliography: Object.fromEntries(context.sources.map((s) => [s.key, {cite: s.cite}])) as Bibliography,
    glossary: {terms: context.glossary.map((id) => ({id}) as GlossaryTerm)},
  });
  // Only this file's problems: a duplicate warning also lands on the other entry, which the contributor does not edit.
  problems.push(...across.filter((p) => p.path === rel));
  return problems.sort(compareProblems);
}
