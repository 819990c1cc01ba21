/**
 * /aenderungen.xml (src/plugins/static-files/changes-feed.ts): well-formed Atom, every value
 * escaped, the entries' web addresses, newest first and at most MAX_FEED_ITEMS; the offline copy
 * gets no feed. The project has no XML parser, so a strict little one below checks what matters
 * for well-formedness (tags balanced, attributes quoted, no raw `<` or stray `&`, one root).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {loadEntries} from '../../src/content/index';
import type {EntryHistory} from '../../src/content/history-types';
import type {Entry} from '../../src/content/normalize';
import {CHANGES_FEED_FILE, changesFeed, MAX_FEED_ITEMS, writeChangesFeed} from '../../src/plugins/static-files/changes-feed';
import type {StaticFileContext} from '../../src/plugins/static-files/types';
import {REPO, removeSite, TODAY} from '../support/site';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function unescape(s: string, where: string): string {
  if (s.includes('<')) throw new Error(`raw < in ${where}`);
  return s.replace(/&([^;]*);?/g, (all, name: string) => {
    if (!all.endsWith(';')) throw new Error(`& without ; in ${where}`);
    if (name in ENTITIES) return ENTITIES[name];
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
    if (num) return String.fromCodePoint(parseInt(num[1] ?? num[2], num[1] ? 16 : 10));
    throw new Error(`unknown entity &${name}; in ${where}`);
  });
}

/** Parses well-formed XML without DTD, comments or CDATA (the feed uses none); throws on anything else. */
function parseXml(source: string): XmlElement {
  const NAME = '[A-Za-z_][\\w.:-]*';
  const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  let rest = source.replace(/^<\?xml[^?]*\?>/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text) {
      if (!stack.length) {
        if (text.trim()) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      } else stack.at(-1)!.text += unescape(text, stack.at(-1)!.name);
    }
    if (lt === -1) break;
    rest = rest.slice(lt);
    const m = TAG.exec(rest);
    if (!m) throw new Error(`malformed tag at: ${rest.slice(0, 60)}`);
    rest = rest.slice(m[0].length);
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const el: XmlElement = {name, attrs: {}, children: [], text: ''};
    for (const a of attrText.matchAll(ATTR)) {
      if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      el.attrs[a[1]] = unescape(a[2] ?? a[3], `${name}@${a[1]}`);
    }
    if (stack.length) stack.at(-1)!.children.push(el);
    else if (root) throw new Error('second root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

const real = loadEntries(REPO, {today: TODAY}).entries;
const SITE = {siteUrl: 'https://example.org', baseUrl: '/atlas/'};

function gitHistory(date: string, subject: string): EntryHistory {
  return {lastChanged: date, source: 'git', changes: [{date, subject}, {date: '2020-01-01', subject: 'älter'}]};
}

describe('changesFeed', () => {
  it('rejects what is not well-formed (the checker can fail)', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a href=x/>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
  });

  it('is Atom with the entries’ web addresses, newest first, only entries whose change Git knows', () => {
    const [a, b, c] = real;
    const histories = new Map<string, EntryHistory>([
      [a.path, gitHistory('2026-10-01', 'Zahlen ergänzt')],
      [b.path, gitHistory('2026-12-07', 'Quelle korrigiert')],
      [c.path, {lastChanged: '2026-12-31', source: 'last_reviewed', changes: []}],
    ]);
    const feed = parseXml(changesFeed({entries: real, histories, ...SITE}));
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(child(feed, 'updated')!.text).toBe('2026-12-07T00:00:00Z');
    expect(children(feed, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe(`https://example.org/atlas/${CHANGES_FEED_FILE}`);
    const items = children(feed, 'entry');
    expect(items.map((i) => child(i, 'link')!.attrs.href)).toEqual([`https://example.org/atlas${b.url}`, `https://example.org/atlas${a.url}`]);
    expect(items.map((i) => child(i, 'updated')!.text)).toEqual(['2026-12-07T00:00:00Z', '2026-10-01T00:00:00Z']);
    expect(child(items[0], 'title')!.text).toBe(b.title);
    expect(child(items[0], 'summary')!.text).toBe(`Quelle korrigiert – ${b.description}`);
    expect(new Set(items.map((i) => child(i, 'id')!.text)).size).toBe(2);
  });

  it('escapes titles, descriptions and subjects, and drops characters XML cannot carry', () => {
    const hostile: Entry = {...real[0], title: 'A & B <script>alert(1)</script> "x"', description: 'Beschreibung </summary><x>\uffff'};
    const subject = '<img src=x onerror=alert(1)> & „Zitat“';
    const text = changesFeed({entries: [hostile], histories: new Map([[hostile.path, gitHistory('2026-12-07', subject)]]), ...SITE});
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('A &amp; B &lt;script&gt;');
    const item = child(parseXml(text), 'entry')!;
    expect(child(item, 'title')!.text).toBe(hostile.title);
    expect(child(item, 'summary')!.text).toBe(`${subject} – Beschreibung </summary><x>`);
  });

  it(`lists at most ${MAX_FEED_ITEMS} entries`, () => {
    const many = Array.from({length: MAX_FEED_ITEMS + 10}, (_, i): Entry => ({...real[0], id: `e-${i}`, path: `docs/praxis/e-${i}.md`, url: `/praxis/e-${i}`, title: `Eintrag ${i}`}));
    const histories = new Map(many.map((e, i) => [e.path, gitHistory(`2026-01-${String((i % 28) + 1).padStart(2, '0')}`, `Änderung ${i}`)]));
    const items = children(parseXml(changesFeed({entries: many, histories, ...SITE})), 'entry');
    expect(items).toHaveLength(MAX_FEED_ITEMS);
    const dates = items.map((i) => child(i, 'updated')!.text);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('is valid without any history (a shallow clone): no items, the newest review date', () => {
    const feed = parseXml(changesFeed({entries: real, histories: new Map(), ...SITE}));
    expect(children(feed, 'entry')).toEqual([]);
    expect(child(feed, 'updated')!.text).toBe(`${real.map((e) => e.lastReviewed).sort().at(-1)}T00:00:00Z`);
  });
});

describe('writeChangesFeed', () => {
  const made: string[] = [];
  afterAll(() => made.forEach(removeSite));

  function context(offline: boolean): StaticFileContext {
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-feed-'));
    made.push(siteDir);
    fs.mkdirSync(path.join(siteDir, 'build'));
    return {content: loadEntries(REPO, {today: TODAY}), outDir: path.join(siteDir, 'build'), siteDir, offline, ...SITE};
  }

  it('writes the feed into the web build, not into the offline copy', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const web = context(false);
      await writeChangesFeed(web);
      expect(parseXml(fs.readFileSync(path.join(web.outDir, CHANGES_FEED_FILE), 'utf8')).name).toBe('feed');
      const offline = context(true);
      await writeChangesFeed(offline);
      expect(fs.existsSync(path.join(offline.outDir, CHANGES_FEED_FILE))).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
