/**
 * The one Markdown reader: body → mdast, shared by validation, normalisation (plain text,
 * headings, links for backlinks) and the search index. Nothing downstream re-parses Markdown.
 */
import type {Definition, Heading, ImageReference, Link, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified, type Plugin} from 'unified';
import GithubSlugger from 'github-slugger';
import {visit} from 'unist-util-visit';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * GFM's literal autolinks (`www.…`, `https://…`, `name@host`) double the parser's work: it tries
 * them at every `w`, `h` and `@`. A body without `www.`, `://` or `@` cannot contain one, so it is
 * parsed without them, with the same tree (test/quality/markdown-fast-path.test.ts) in ~20 % less time.
 */
const disableLiteralAutolinks: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({disable: {null: ['wwwAutolink', 'protocolAutolink', 'emailAutolink']}});
};
const withoutAutolinks = unified().use(remarkParse).use(remarkGfm).use(disableLiteralAutolinks);
const AUTOLINK_TRIGGER = /www\.|:\/\/|@/i;

export function parseMarkdown(body: string): Root {
  return (AUTOLINK_TRIGGER.test(body) ? processor : withoutAutolinks).parse(body);
}

export interface MarkdownOutline {
  headings: {depth: number; text: string; line: number}[];
  /** Links, link definitions and images (`image: true`, also through a reference), in document order. */
  links: {url: string; line: number; column: number; image: boolean}[];
  /** Plain text of the body, paragraphs separated by blank lines; code blocks (diagrams) left out. */
  text: string;
}

export function outline(tree: Root): MarkdownOutline {
  const headings: MarkdownOutline['headings'] = [];
  const links: MarkdownOutline['links'] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d: Definition) => {
    if (!definitions.has(d.identifier)) definitions.set(d.identifier, d.url);
  });
  const at = (node: RootContent) => ({line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1});
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const h = node as Heading;
      headings.push({depth: h.depth, text: toString(h), line: h.position?.start.line ?? 1});
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      links.push({url: (node as Link).url, ...at(node), image: node.type === 'image'});
    } else if (node.type === 'imageReference') {
      const url = definitions.get((node as ImageReference).identifier);
      if (url !== undefined) links.push({url, ...at(node), image: true});
    }
  });
  const blocks = tree.children.filter((n: RootContent) => n.type !== 'code' && n.type !== 'html').map((n) => toString(n).trim());
  return {headings, links, text: blocks.filter(Boolean).join('\n\n')};
}

/**
 * The ids Docusaurus gives the headings of a page: an explicit `{#id}` at the end of the heading,
 * else github-slugger over the text, numbered on repeats (as @docusaurus/utils' createSlugger).
 */
export function headingIds(headings: MarkdownOutline['headings']): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headings.map((h) => /\s*\{#([\w-]+)\}\s*$/.exec(h.text)?.[1] ?? slugger.slug(h.text)));
}
