/**
 * `markdown.parseFrontMatter` for the whole site: the same YAML reader as the validator, and for
 * entries under docs/ the normalised data (labels, sources, related, backlinks) handed to the
 * entry's own page. Handing it over here keeps it in that page's chunk instead of in global data
 * that every page would download.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {CLIENT_KEY, toClientEntry} from '../content/client.ts';
import {decode, splitFrontmatter} from '../content/load.ts';
import {formatProblem} from '../content/problem.ts';
import {getValidContent} from './content-cache.ts';

export function createParseFrontMatter(siteDir: string): ParseFrontMatter {
  return async ({filePath, fileContent}) => {
    const rel = path.relative(siteDir, filePath).split(path.sep).join('/');
    if (rel.startsWith('docs/')) {
      const {entries} = getValidContent(siteDir);
      const entry = entries.find((e) => e.path === rel);
      const split = splitFrontmatter(fileContent.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), rel);
      if (!entry || !split.data) throw new Error(`${rel}: kein gültiger Eintrag.`);
      const order = entry.step ?? entry.scenario;
      return {
        frontMatter: {
          ...split.data,
          // Derived, never written by authors: the validator forbids both keys in files.
          ...(order === undefined ? {} : {sidebar_position: order}),
          ...(entry.type === 'praxis' ? {displayed_sidebar: 'atlas'} : {}),
          // Playbook steps have their own step navigation (StepNav); the sidebar's would repeat it.
          ...(entry.type === 'koordination' ? {pagination_prev: null, pagination_next: null} : {}),
          [CLIENT_KEY]: toClientEntry(entry),
        },
        content: split.body,
      };
    }
    const decoded = decode(new TextEncoder().encode(fileContent), rel);
    const text = decoded.text ?? fileContent;
    if (!/^---[ \t]*\n/.test(text)) return {frontMatter: {}, content: text};
    const split = splitFrontmatter(text, rel);
    if (split.problems.length) throw new Error(split.problems.map(formatProblem).join('\n'));
    return {frontMatter: split.data ?? {}, content: split.body};
  };
}
