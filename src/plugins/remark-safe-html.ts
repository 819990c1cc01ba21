/**
 * Contributed Markdown is untrusted. The validator rejects HTML and unsafe links, and this
 * remark plugin makes sure nothing slips through to the page anyway: raw HTML is shown as text
 * (comments dropped), and links or images with `javascript:`/`data:`/`vbscript:` lose their target.
 * It runs before Docusaurus' own plugins, so rehype-raw never sees HTML.
 */
import type {Html, Image, Link, Parent, Root, RootContent} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import {isUnsafeUrl} from '../content/body.ts';

export default function remarkSafeHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        const value = (node as Html).value;
        if (/^\s*<!--/.test(value)) parent.children.splice(index, 1);
        else parent.children.splice(index, 1, {type: 'text', value} as RootContent);
        return [SKIP, index];
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafeUrl((node as Link).url)) {
        if (node.type === 'link') parent.children.splice(index, 1, ...((node as Link).children as RootContent[]));
        else if (node.type === 'image') parent.children.splice(index, 1, {type: 'text', value: (node as Image).alt ?? ''} as RootContent);
        else parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
