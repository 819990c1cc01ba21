/**
 * The one Markdown reader: body → mdast, shared by validation, normalisation (plain text,
 * headings, links for backlinks) and the search index. Nothing downstream re-parses Markdown.
 */
import type {Heading, Link, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}

export interface MarkdownOutline {
  headings: {depth: number; text: string; line: number}[];
  links: {url: string; line: number; column: number}[];
  /** Plain text of the body, paragraphs separated by blank lines; code blocks (diagrams) left out. */
  text: string;
}

export function outline(tree: Root): MarkdownOutline {
  const headings: MarkdownOutline['headings'] = [];
  const links: MarkdownOutline['links'] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const h = node as Heading;
      headings.push({depth: h.depth, text: toString(h), line: h.position?.start.line ?? 1});
    } else if (node.type === 'link' || node.type === 'definition') {
      const l = node as Link;
      links.push({url: l.url, line: l.position?.start.line ?? 1, column: l.position?.start.column ?? 1});
    }
  });
  const blocks = tree.children.filter((n: RootContent) => n.type !== 'code' && n.type !== 'html').map((n) => toString(n).trim());
  return {headings, links, text: blocks.filter(Boolean).join('\n\n')};
}
