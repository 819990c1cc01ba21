/**
 * `markdown.parseFrontMatter` for the whole site, and the build's half of the gate: a file under
 * docs/ or blog/ gets its front matter only from the validated result (src/content), never from
 * its own text, and a file the gate did not pass stops the build with the validator's lines.
 * For entries the normalised data (labels, sources, related, backlinks) goes to the entry's own
 * page here, which keeps it in that page's chunk instead of in global data every page downloads.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {CLIENT_KEY, PROBLEMS_KEY, toClientEntry} from '../content/client.ts';
import {getHistory} from '../content/history.ts';
import {bodyAfterFrontmatter, decode, splitFrontmatter} from '../content/load.ts';
import {formatProblem} from '../content/problem.ts';
import {getValidContent, isPreview, validatedFiles} from './content-cache.ts';

/** Thrown for a file the gate did not pass; its message is the validator's lines for that file. */
export class UnvalidatedFileError extends Error {
  override name = 'UnvalidatedFileError';
}

export function createParseFrontMatter(siteDir: string): ParseFrontMatter {
  return async ({filePath, fileContent}) => {
    const rel = path.relative(siteDir, filePath).split(path.sep).join('/');
    if (rel.startsWith('docs/') || rel.startsWith('blog/')) {
      const content = getValidContent(siteDir);
      const file = validatedFiles(content).get(rel);
      // The body as the validator split it; the values come from the validated result, not from here.
      const body = bodyAfterFrontmatter(fileContent);
      if (!file || body === undefined) {
        const lines = content.problems.filter((p) => p.path === rel).map(formatProblem);
        const shown = lines.length ? lines : [`${rel}:1:1 file: Die Datei wurde vom Prüfprogramm nicht angenommen und wird nicht veröffentlicht.`];
        // The preview goes on: the page shows the lines instead of the text, and every other page
        // works (a throw here would become an English "Module build failed" with a stack trace).
        if (isPreview()) return {frontMatter: {title: `Ungültig: ${rel}`, [PROBLEMS_KEY]: shown}, content: ''};
        throw new UnvalidatedFileError(shown.join('\n'));
      }
      if (file.kind === 'post') return {frontMatter: {...file.post.data}, content: body};
      const entry = file.entry;
      const order = entry.step ?? entry.scenario;
      return {
        frontMatter: {
          // What Docusaurus reads (page title, meta description, meta keywords), from the validated entry.
          id: entry.id,
          title: entry.title,
          description: entry.description,
          ...(entry.keywords.length ? {keywords: entry.keywords} : {}),
          // Derived, never written by authors: the validator forbids both keys in files.
          ...(order === undefined ? {} : {sidebar_position: order}),
          ...(entry.type === 'praxis' ? {displayed_sidebar: 'atlas'} : {}),
          // Playbook steps have their own step navigation (StepNav); the sidebar's would repeat it.
          ...(entry.type === 'koordination' ? {pagination_prev: null, pagination_next: null} : {}),
          // The history comes from one `git log` per build (history.ts), looked up here per page.
          [CLIENT_KEY]: toClientEntry(entry, getHistory(siteDir, content.entries).get(entry.path)),
        },
        content: body,
      };
    }
    // The site's own pages (src/pages/*.md): maintainers' code, read with the same YAML reader.
    const decoded = decode(new TextEncoder().encode(fileContent), rel);
    const text = decoded.text ?? fileContent;
    if (!/^---[ \t]*\n/.test(text)) return {frontMatter: {}, content: text};
    const split = splitFrontmatter(text, rel);
    if (split.problems.length) throw new Error(split.problems.map(formatProblem).join('\n'));
    return {frontMatter: split.data ?? {}, content: split.body};
  };
}
