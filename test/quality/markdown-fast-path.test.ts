/**
 * parseMarkdown skips GFM's literal autolinks for bodies that cannot contain one (no `www.`,
 * `://` or `@`). The tree must be the one remark-parse + remark-gfm give: checked on every real
 * entry, every validator and hostile fixture, and texts written to sit near the trigger.
 */
import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {parseMarkdown} from '../../src/content/markdown';
import {FIXTURES, REPO} from '../support/site';

const reference = unified().use(remarkParse).use(remarkGfm);

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : /\.mdx?$/.test(e.name) ? [full] : [];
  });
}

const SAMPLES = [
  'Siehe www.example.org, https://example.org/a_b und post@example.org.',
  'Kein Link: www example org, https:/ nur, Klammeraffe fehlt.',
  'WWW.EXAMPLE.ORG in Großbuchstaben und HTTP://EXAMPLE.ORG.',
  'Eine Tabelle | mit | Strichen\n|---|---|---|\n| ~~durch~~ | [^1] | - [x] |\n\n[^1]: Fußnote',
  '- [ ] Aufgabe\n- [x] erledigt mit xmpp:name@example.org und mailto:a@b.de',
];

describe('parseMarkdown without literal autolinks', () => {
  const files = [...markdownFiles(path.join(REPO, 'docs')), ...markdownFiles(FIXTURES)];

  it('gives the same tree as remark-gfm for every entry and fixture', () => {
    expect(files.length).toBeGreaterThan(100);
    const differing = files.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return JSON.stringify(parseMarkdown(text)) !== JSON.stringify(reference.parse(text));
    });
    expect(differing).toEqual([]);
  });

  it.each(SAMPLES)('gives the same tree for %j', (text) => {
    expect(parseMarkdown(text)).toEqual(reference.parse(text));
  });

  it('still finds literal autolinks', () => {
    const tree = JSON.stringify(parseMarkdown(SAMPLES[0]));
    for (const url of ['http://www.example.org', 'https://example.org/a_b', 'mailto:post@example.org']) expect(tree).toContain(`"url":"${url}"`);
  });
});
