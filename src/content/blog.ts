/**
 * Blog posts (`blog/JJJJ-MM-TT-titel.md`) and their authors (`blog/authors.yml`) pass the same
 * gate as entries: a small typed schema, the same body rules, the same link rules. Docusaurus'
 * other blog front matter (`slug`, `image`, `draft`, …) is refused: a post is text, nothing else.
 */
import * as z from 'zod';
import type {RawEntry} from './load.ts';
import {outline, parseMarkdown, type MarkdownOutline} from './markdown.ts';
import {checkBody} from './body.ts';
import {checkMarkupLimits} from './markup-limits.ts';
import type {Problem} from './problem.ts';
import {ID_PATTERN} from './schema.ts';
import {BLOG_POST_NAME} from './paths.ts';
import {invisibleCharacterProblems, isRealDate, problemAt, schemaIssueProblems} from './validate.ts';

const key = z.string().regex(ID_PATTERN);
const TRUNCATE = /^<!--\s*truncate\s*-->[ \t]*$/m;

/** The front matter of a post. */
export const blogPostSchema = z.strictObject({
  /** Headline of the post. */
  title: z.string().min(3).max(120).meta({description: 'Überschrift des Beitrags, 3 bis 120 Zeichen.'}),
  /** Teaser for the list, feeds and previews. */
  description: z.string().min(40).max(400).meta({description: 'Kurzbeschreibung als reiner Text, 40 bis 400 Zeichen.'}),
  /** Keys of blog/authors.yml. */
  authors: z.array(key).min(1).max(5).meta({description: 'Schlüssel aus blog/authors.yml, 1 bis 5.', examples: [['redaktion']]}),
  /** Topic words. */
  tags: z.array(key.max(40)).min(1).max(8).meta({description: 'Themen in Kleinbuchstaben mit Bindestrichen, 1 bis 8.', examples: [['anleitung']]}),
  /** Publication date; the file name's date when omitted. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().meta({description: 'Erscheinungsdatum JJJJ-MM-TT; muss dem Datum im Dateinamen entsprechen.'}),
});
export type BlogPostFrontmatter = z.output<typeof blogPostSchema>;

/** `blog/authors.yml`: names and roles of the editors, no pictures (they would load from elsewhere), no contact data. */
export const blogAuthorSchema = z.strictObject({
  name: z.string().min(2).max(80).meta({description: 'Name der Person oder der Redaktion.'}),
  title: z.string().min(2).max(80).optional().meta({description: 'Rolle, z. B. „Redaktion“.'}),
  url: z.url({protocol: /^https$/}).optional().meta({description: 'Webseite der Organisation, mit `https://`.'}),
});
export const blogAuthorsSchema = z.record(key, blogAuthorSchema).refine((r) => Object.keys(r).length <= 50, {message: 'Höchstens 50 Autorinnen und Autoren.'});
export type BlogAuthors = z.output<typeof blogAuthorsSchema>;

/** A post that passed the gate. */
export interface BlogPost {
  path: string;
  /** From the file name. */
  date: string;
  slug: string;
  /** Docusaurus' default permalink: /blog/JJJJ/MM/TT/slug. */
  url: string;
  data: BlogPostFrontmatter;
}

export function blogPostUrl(relPath: string): string {
  const [, date, slug] = BLOG_POST_NAME.exec(relPath.split('/').pop()!) ?? [];
  return `/blog/${date.replaceAll('-', '/')}/${slug}`;
}

/** Per-file rules for a post; the post only when nothing was an error. */
export function checkBlogPost(raw: RawEntry, authors: BlogAuthors | undefined): {problems: Problem[]; post?: BlogPost; outline?: MarkdownOutline} {
  const problems = [...raw.problems];
  if (!raw.data) return {problems};
  problems.push(...invisibleCharacterProblems(raw, raw.data));
  const tooMuch = checkMarkupLimits(raw.body, {path: raw.path, offset: raw.bodyOffset});
  if (tooMuch) return {problems: [...problems, tooMuch]};
  const tree = parseMarkdown(raw.body);
  problems.push(...checkBody(tree, {path: raw.path, offset: raw.bodyOffset}));
  const out = outline(tree);
  const result = blogPostSchema.safeParse(raw.data);
  if (!result.success) return {problems: [...problems, ...schemaIssueProblems(raw, raw.data, result.error.issues, Object.keys(blogPostSchema.shape))], outline: out};
  const data = result.data;
  const [, fileDate, slug] = BLOG_POST_NAME.exec(raw.path.split('/').pop()!)!;
  if (!isRealDate(fileDate)) problems.push({path: raw.path, line: 1, column: 1, field: 'file', severity: 'error', message: `Das Datum ${fileDate} im Dateinamen ist kein gültiges Kalenderdatum. Benennen Sie die Datei nach dem Muster JJJJ-MM-TT-titel.md.`});
  if (data.date !== undefined && data.date !== fileDate) problems.push(problemAt(raw, ['date'], `Das Datum ${data.date} passt nicht zum Dateinamen (${fileDate}). Lassen Sie „date“ weg oder benennen Sie die Datei um.`));
  data.authors.forEach((a, i) => {
    if (authors && !Object.hasOwn(authors, a)) problems.push(problemAt(raw, ['authors', i], `„${a}“ steht nicht in blog/authors.yml. Verwenden Sie einen der Schlüssel ${Object.keys(authors).join(', ')} oder ergänzen Sie die Person dort.`));
  });
  // Docusaurus stops the build on a post without it (onUntruncatedBlogPosts): the list shows the part above.
  if (!TRUNCATE.test(raw.body)) problems.push({path: raw.path, line: raw.bodyOffset + 1, column: 1, field: 'body', severity: 'error', message: 'Die Zeile `<!-- truncate -->` fehlt. Setzen Sie sie nach dem ersten Absatz: was darüber steht, zeigt die Beitragsliste als Anriss.'});
  const ok = !problems.some((p) => p.severity === 'error');
  return {problems, outline: out, post: ok ? {path: raw.path, date: fileDate, slug, url: blogPostUrl(raw.path), data} : undefined};
}

