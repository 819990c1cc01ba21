/**
 * Contributed Markdown is untrusted. The validator rejects HTML, unsafe links and links out of
 * the allowed places; this remark plugin is the second wall in the build itself: raw HTML is
 * shown as text (comments dropped), links or images with `javascript:`/`data:`/`vbscript:` lose
 * their target, and a link or image that the validator's link rules refuse stops the build before
 * Docusaurus can inline or copy its target. It runs before Docusaurus' own plugins, so rehype-raw
 * never sees HTML and the asset loaders never see a refused path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Html, Image, Link, Parent, Root, RootContent} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {isUnsafeUrl} from '../content/body.ts';
import {linkProblem} from '../content/links.ts';
import {formatProblem} from '../content/problem.ts';
import {isPreview, linkTargets, loadedSite} from './content-cache.ts';

/** A link to an entry file that exists under docs/ (valid or not): `../praxis/x.md` or `/praxis/x`. */
function pointsToExistingEntry(root: string, rel: string, url: string): boolean {
  const target = url.split('#')[0];
  if (/^[a-z]+:/i.test(target)) return false;
  // Entry URLs are their file's path under docs/ without `.md` (types.ts).
  if (/^\/[a-z]+\/[a-z0-9-]+$/.test(target)) return fs.existsSync(path.join(root, `docs${target}.md`));
  if (!target.endsWith('.md') || target.startsWith('/')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return false;
  }
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(rel), decoded));
  return file.startsWith('docs/') && fs.existsSync(path.join(root, file));
}

export default function remarkSafeHtml() {
  return (tree: Root, file: VFile) => {
    // Not an option: plugin options are serialised into the client bundle, and a path would make
    // two checkouts build different files.
    const {root, content} = loadedSite();
    const rel = path.relative(root, file.path).split(path.sep).join('/');
    const targets = linkTargets(content);
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        const value = (node as Html).value;
        if (/^\s*<!--/.test(value)) parent.children.splice(index, 1);
        else parent.children.splice(index, 1, {type: 'text', value} as RootContent);
        return [SKIP, index];
      }
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
      const url = (node as Link).url;
      if (isUnsafeUrl(url)) {
        if (node.type === 'link') parent.children.splice(index, 1, ...((node as Link).children as RootContent[]));
        else if (node.type === 'image') parent.children.splice(index, 1, {type: 'text', value: (node as Image).alt ?? ''} as RootContent);
        else parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const message = linkProblem(rel, {url, image: node.type === 'image'}, targets);
      // In the preview a link to an entry that is invalid for the moment stays a link: the
      // overlay already names the invalid file, and its page shows why (content-problems.ts).
      if (message && isPreview() && pointsToExistingEntry(root, rel, url)) return undefined;
      if (message) {
        const at = node.position?.start ?? {line: 1, column: 1};
        throw new Error(formatProblem({path: rel, line: at.line, column: at.column, field: 'body', message, severity: 'error'}));
      }
      return undefined;
    });
  };
}
