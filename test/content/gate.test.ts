/**
 * The gate's pure parts (assets, link targets, printable output) and the build's half of it: the
 * front matter a page gets comes from the validated result, and a file or link the gate did not
 * pass stops the build. The hostile cases themselves are in test/fixtures/hostile/.
 */
import fs from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterAll, describe, expect, it} from 'vitest';
import {ASSET_KINDS, svgProblem} from '../../src/content/assets';
import {loadEntries} from '../../src/content/index';
import {scaffold, UsageError} from '../../src/content/scaffold';
import {linkProblem, resolveLink, type LinkTargets} from '../../src/content/links';
import {formatAnnotation, formatProblem, printable, type Problem} from '../../src/content/problem';
import {createParseFrontMatter, UnvalidatedFileError} from '../../src/plugins/frontmatter';
import {getContent} from '../../src/plugins/content-cache';
import {PROBLEMS_KEY} from '../../src/content/client';
import remarkSafeHtml from '../../src/plugins/remark-safe-html';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

describe('SVG assets', () => {
  it('accepts drawings, also the site’s own logo and favicon', () => {
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="4" height="4"/><use href="#g"/></svg>')).toBeUndefined();
    for (const f of ['favicon.svg', 'logo.svg']) expect(svgProblem(fs.readFileSync(path.join(REPO, 'static/img', f), 'utf8')), f).toBeUndefined();
  });

  it.each([
    ['script', '<svg><script>alert(1)</script></svg>'],
    ['script hidden by a comment', '<svg><scr<!-- x -->ipt>alert(1)</script></svg>'],
    ['namespaced script', '<svg><svg:script>alert(1)</svg:script></svg>'],
    ['event handler', '<svg onLoad="alert(1)"></svg>'],
    ['foreignObject', '<svg><foreignObject><iframe/></foreignObject></svg>'],
    ['outside href', '<svg><use xlink:href="https://example.org/a.svg#x"/></svg>'],
    ['url() to the outside', '<svg><rect style="fill:url(https://example.org/x)"/></svg>'],
    ['style element', '<svg><style>@import url(x.css)</style></svg>'],
    ['entity', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>'],
    ['animation that sets href', '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>'],
    ['handler behind a quoted `>`', '<svg data-x=">" onload="alert(1)"><rect/></svg>'],
    ['url() spelt with an entity', '<svg><rect style="fill:&#117;rl(https://example.org/x)"/></svg>'],
    ['url() spelt with a CSS escape', '<svg><rect style="fill:u\\72l(https://example.org/x)"/></svg>'],
    ['unquoted attribute', '<svg onload=alert(1)><rect/></svg>'],
    ['a tag cut off at the end', '<svg><rect/><script'],
  ])('refuses %s', (_name, svg) => {
    expect(svgProblem(svg)).toBeDefined();
  });

  it('checks that content matches the extension', () => {
    expect(ASSET_KINDS.png.matches(Buffer.from('<html>'))).toBe(false);
    expect(ASSET_KINDS.pdf.matches(Buffer.from('%PDF-1.7'))).toBe(true);
    expect(ASSET_KINDS.svg.matches(Buffer.from('<?xml version="1.0"?>\n<!-- x --><svg></svg>'))).toBe(true);
    expect(ASSET_KINDS.svg.matches(Buffer.from('<html><svg></svg>'))).toBe(false);
  });
});

describe('link targets', () => {
  const targets: LinkTargets = {
    entryFiles: new Set(['docs/praxis/a.md']),
    urls: new Set(['/praxis/a', '/blog/2026/01/01/x']),
    assets: new Map([['docs/assets/bild.png', {image: true}], ['docs/assets/flyer.pdf', {image: false}], ['static/img/logo.svg', {image: true}]]),
  };
  const ok = (from: string, url: string, image = false) => expect(linkProblem(from, {url, image}, targets), url).toBeUndefined();
  const refused = (from: string, url: string, image = false) => expect(linkProblem(from, {url, image}, targets), url).toBeDefined();

  it('allows entries, site pages, accepted assets and https links', () => {
    ok('docs/praxis/b.md', './a.md');
    ok('docs/szenarien/b.md', '../praxis/a.md#ziel');
    ok('blog/2026-01-02-y.md', '../docs/praxis/a.md');
    ok('docs/praxis/b.md', '/praxis/a');
    ok('docs/praxis/b.md', '/blog/2026/01/01/x');
    ok('docs/praxis/b.md', '/katalog');
    ok('docs/praxis/b.md', '#abschnitt');
    ok('docs/praxis/b.md', 'https://www.dortmund.de');
    ok('docs/praxis/b.md', '../assets/bild.png', true);
    ok('docs/praxis/b.md', '../assets/flyer.pdf');
    ok('docs/praxis/b.md', '/img/logo.svg', true);
  });

  it('refuses everything else, also disguised', () => {
    refused('docs/praxis/b.md', '../../package.json');
    refused('docs/praxis/b.md', '@site/package.json');
    refused('docs/praxis/b.md', '../assets/%2e%2e/%2e%2e/package.json');
    refused('docs/praxis/b.md', '/../../etc/passwd', true);
    refused('docs/praxis/b.md', '/img/../../.git/config', true);
    refused('docs/praxis/b.md', 'https://example.org/x.png', true);
    refused('docs/praxis/b.md', '//example.org/x');
    refused('docs/praxis/b.md', 'pathname:///etc/passwd');
    refused('docs/praxis/b.md', 'file:///etc/passwd');
    refused('docs/praxis/b.md', '../assets/flyer.pdf', true);
    refused('docs/praxis/b.md', '../praxis/fehlt.md');
    refused('docs/praxis/b.md', '../../README.md');
    refused('docs/praxis/b.md', '/praxis/fehlt');
    refused('docs/praxis/b.md', '/etc/passwd');
  });

  it('resolves relative paths from the linking file', () => {
    expect(resolveLink('docs/praxis/b.md', '../assets/x.png?v=1#top')).toEqual({kind: 'file', path: 'docs/assets/x.png'});
    expect(resolveLink('docs/praxis/b.md', '../../../etc/passwd')).toEqual({kind: 'file', path: '../etc/passwd'});
  });

  it('never says whether a refused file exists on the machine', () => {
    const a = linkProblem('docs/praxis/b.md', {url: '../../../../etc/passwd', image: true}, targets)!;
    const b = linkProblem('docs/praxis/b.md', {url: '../../../../etc/gibt-es-nicht', image: true}, targets)!;
    expect(a.replace('passwd', 'X')).toEqual(b.replace('gibt-es-nicht', 'X'));
  });
});

describe('printed problems', () => {
  const forged: Problem = {path: 'docs/praxis/a\nb.md', line: 3, column: 1, field: 'title', message: 'Wert „x\r\n::error file=README.md::y\u001b[2J\u2028\u202e“\tEnde', severity: 'error'};

  it('stay on one line whatever the values contain', () => {
    const line = formatProblem(forged);
    expect(line.split(/[\n\r\u2028\u2029\u0085]/)).toHaveLength(1);
    expect(line).toBe('docs/praxis/a\\nb.md:3:1 title: Wert „x\\r\\n::error file=README.md::y\\u{1b}[2J\\u{2028}\\u{202e}“\tEnde');
    expect(printable('Ä ü ß – „ok“')).toBe('Ä ü ß – „ok“');
  });

  it('escape GitHub annotation properties and data as the toolkit does', () => {
    const annotation = formatAnnotation({...forged, path: 'docs/praxis/a,b:c.md', message: '100 % sicher\n::warning::x'});
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).toBe('::error file=docs/praxis/a%2Cb%3Ac.md,line=3,col=1,title=title::100 %25 sicher\\n::warning::x');
  });
});

describe('the build takes only what passed the gate', () => {
  const site = tempSite(path.join(FIXTURES, 'site'));
  made.push(site);
  const parse = createParseFrontMatter(site);
  const file = path.join(site, 'docs/praxis/basis-praxis.md');

  it('front matter comes from the validated entry, not from the text the build is handed', async () => {
    const text = fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Untergeschobener Titel');
    const {frontMatter} = await parse({filePath: file, fileContent: text, defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})});
    expect(frontMatter.title).toBe(loadEntries(site, {today: TODAY}).entries.find((e) => e.id === 'basis-praxis')!.title);
    expect(frontMatter.title).not.toBe('Untergeschobener Titel');
  });

  it.each(['docs/praxis/nicht-geprueft.md', 'blog/2026-01-01-nicht-geprueft.md'])('refuses %s, which the gate never passed', async (rel) => {
    const call = parse({filePath: path.join(site, rel), fileContent: '---\ntitle: x\n---\n\nText\n', defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})});
    await expect(call).rejects.toBeInstanceOf(UnvalidatedFileError);
    await expect(call).rejects.toThrow(`${rel}:1:1 file: Die Datei wurde vom Prüfprogramm nicht angenommen und wird nicht veröffentlicht.`);
  });

  it('in the preview (npm start) shows the lines of such a file on its page instead of its text', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const rel = 'docs/praxis/nicht-geprueft.md';
      const {frontMatter, content} = await parse({filePath: path.join(site, rel), fileContent: '---\ntitle: Untergeschoben\n---\n\n<script>x</script>\n', defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})});
      expect(content).toBe('');
      expect(frontMatter).toEqual({title: `Ungültig: ${rel}`, [PROBLEMS_KEY]: [`${rel}:1:1 file: Die Datei wurde vom Prüfprogramm nicht angenommen und wird nicht veröffentlicht.`]});
    } finally {
      process.env.NODE_ENV = env;
    }
  });

  it('the Markdown pipeline stops at a link the gate refuses, before Docusaurus could copy its target', () => {
    getContent(site);
    const run = (markdown: string) => {
      const tree = unified().use(remarkParse).parse(markdown);
      remarkSafeHtml()(tree, new VFile({path: file}));
    };
    expect(() => run('[Schritt](../koordination/basis-schritt.md) und [Web](https://www.dortmund.de)')).not.toThrow();
    expect(() => run('Text\n\n![Grafik](../../../../etc/passwd)')).toThrow(/^docs\/praxis\/basis-praxis\.md:3:1 body: Das Bild „\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd“ zeigt aus dem Praxisatlas hinaus\./);
    expect(() => run('[Liste](../../package.json)')).toThrow(/zeigt auf eine Datei, die nicht veröffentlicht werden darf/);
  });
});

describe('blog authors', () => {
  it('may not bring pictures or contact data', () => {
    const site = tempSite(path.join(FIXTURES, 'site'), path.join(FIXTURES, 'hostile/blog-allowed'));
    made.push(site);
    fs.writeFileSync(path.join(site, 'blog/authors.yml'), 'redaktion:\n  name: Redaktion\n  image_url: https://example.org/foto.jpg\n  email: redaktion@example.org\n');
    const lines = loadEntries(site, {today: TODAY}).problems.map(formatProblem);
    expect(lines).toContain('blog/authors.yml:3:3 redaktion.image_url: Unbekanntes Feld „image_url“.');
    expect(lines).toContain('blog/authors.yml:4:3 redaktion.email: Unbekanntes Feld „email“.');
  });
});

describe('npm run new', () => {
  it('refuses an id the site reserves, before writing anything', () => {
    const site = tempSite(path.join(FIXTURES, 'site'));
    made.push(site);
    expect(() => scaffold(site, 'praxis', 'katalog')).toThrow(UsageError);
    expect(() => scaffold(site, 'praxis', 'index')).toThrow(/„index“ ist reserviert/);
    expect(fs.existsSync(path.join(site, 'docs/praxis/katalog.md'))).toBe(false);
  });
});
