/**
 * The hostile files too big to commit (megabytes, 10,000 nested list items, a 100,000-character
 * line), written into a temp folder at test time. Each has its expected outcome here, like a
 * committed case's expected.txt: the exact validator lines, or none (then it must build and render).
 */
import fs from 'node:fs';
import path from 'node:path';
import {deflateSync} from 'node:zlib';
import {mulberry32} from '../../bench/lib/prng';

export interface GeneratedCase {
  name: string;
  /** File content; written as docs/praxis/<name>.md. */
  content?(): string;
  /** For cases that are not one entry file (symbolic links, odd file names, data files): writes them into `dir`. */
  write?(dir: string): void;
  /** Exact validator lines; empty: the file is valid and goes into the build. */
  expected: string[];
  /** Text that must be visible on the built page. */
  renders?: string[];
}

const SECTIONS = ['Worum es geht', 'Ausgangslage', 'Vorgehen', 'Beteiligte', 'Ergebnisse', 'Übertragbarkeit', 'Quellen'];

/** A valid praxis entry with `payload` as the text of „Vorgehen“ (body line 25, file line 29). */
function entry(name: string, title: string, payload: string, extraYaml = ''): string {
  const head = [
    '---',
    `id: ${name}`,
    'type: praxis',
    `title: ${title}`,
    'description: >-',
    `  Ein erzeugter Prüffall „${title}“, zu groß, um ihn als Datei im Repository abzulegen.`,
    'city: Dortmund',
    'fields: [steuerung]',
    'status: laufend',
    'sources:',
    '  - ref: certa-vernetzung',
    '    section: "3"',
    `${extraYaml}last_reviewed: 2026-11-20`,
    'key_points: [Ein erzeugter Prüffall für den Validator., Er liegt nicht als Datei im Repository.]',
    'questions: [Was prüft dieser erzeugte Fall?]',
    'evidence: beschrieben',
    '---',
    '',
  ];
  const body = SECTIONS.flatMap((s) => [`## ${s}`, '', s === 'Vorgehen' ? payload : 'Ein kurzer Absatz mit gewöhnlichem Text.', '']);
  return [...head, ...body].join('\n');
}

const words = (n: number) => Array.from({length: n}, (_, i) => ['Beratung', 'für', 'Neuzugewanderte', 'im', 'Quartier', 'Übergänge', 'gestalten'][i % 7]).join(' ');

const BODY_LINE = 'docs/praxis/%s.md:29:1 body: ';
const at = (name: string, rest: string) => BODY_LINE.replace('%s', name) + rest;
const MARKUP = 'Dieser Absatz enthält mehr als 200 Formatierungszeichen (*, _, ~, [, ] oder <). So viele machen Prüfung und Build sehr langsam: teilen Sie den Absatz auf oder entfernen Sie überzählige Zeichen.';
const TABLE_CELLS = 'So große Tabellen machen Prüfung und Build sehr langsam: teilen Sie die Tabelle auf oder nennen Sie nur die wichtigsten Zeilen und verweisen Sie für den Rest auf die Quelle.';

/** A GFM table of `rows` rows (the header row among them) × `columns` columns, every cell filled. */
const table = (columns: number, rows: number) => {
  const row = (r: number) => `| ${Array.from({length: columns}, (_, c) => `Zeile ${r} Spalte ${c + 1}`).join(' | ')} |`;
  return [row(0), `|${' --- |'.repeat(columns)}`, ...Array.from({length: rows - 1}, (_, r) => row(r + 1))].join('\n');
};
/** 200,000 different keywords in under 1 MB: a letter and three base-36 digits each. */
const manyKeywords = (n: number) => Array.from({length: n}, (_, i) => String.fromCharCode(97 + Math.floor(i / 36 ** 3)) + (i % 36 ** 3).toString(36).padStart(3, '0')).join(',');
const outcome = (i: number, value: number, unit: string) => `  - label: Gezählte Angabe ${i + 1}\n    value: ${value}\n    unit: ${unit}\n`;

const YAML_DEEP = 'frontmatter: Der YAML-Text ist zu tief verschachtelt (mehr als 32 Ebenen). Ein Kopfbereich braucht höchstens drei Ebenen, z. B. `outcomes:` → `- label: …`. Prüfen Sie Klammern und Einrückung.';

export const GENERATED_ENTRIES: GeneratedCase[] = [
  {
    name: 'five-megabytes',
    content: () => entry('five-megabytes', 'Fünf Megabyte Text', `${words(12)}\n\n`.repeat(49_000)),
    expected: ['docs/praxis/five-megabytes.md:1:1 file: Die Datei ist 5,0 MB groß, erlaubt ist höchstens 1 MB. Kürzen Sie den Text oder teilen Sie ihn auf mehrere Einträge auf.'],
  },
  {
    name: 'line-100000-chars',
    content: () => entry('line-100000-chars', 'Eine Zeile mit 100.000 Zeichen', words(14_300).slice(0, 100_000)),
    expected: [],
    renders: ['Beratung für Neuzugewanderte im Quartier Übergänge gestalten Beratung'],
  },
  {
    name: 'nested-list-10000',
    content: () => entry('nested-list-10000', 'Liste mit 10.000 Ebenen', `${'- '.repeat(10_000)}Punkt`),
    expected: [at('nested-list-10000', 'Zu tief verschachtelt: Listen und Zitate stehen hier mehr als 32 Ebenen tief (oder die Zeile ist sehr weit eingerückt). Ein Eintrag braucht höchstens drei Ebenen: rücken Sie die Zeile aus oder teilen Sie die Liste auf.')],
  },
  {
    name: 'nested-quotes-10000',
    content: () => entry('nested-quotes-10000', 'Zitat mit 10.000 Ebenen', `${'> '.repeat(10_000)}Zitat`),
    expected: [at('nested-quotes-10000', 'Zu tief verschachtelt: Listen und Zitate stehen hier mehr als 32 Ebenen tief (oder die Zeile ist sehr weit eingerückt). Ein Eintrag braucht höchstens drei Ebenen: rücken Sie die Zeile aus oder teilen Sie die Liste auf.')],
  },
  {
    name: 'list-items-10000',
    content: () => entry('list-items-10000', 'Liste mit 10.000 Punkten', Array.from({length: 10_000}, (_, i) => `- Punkt ${i + 1}`).join('\n')),
    expected: ['docs/praxis/list-items-10000.md:5018:1 body: Der Text hat 10.028 Zeilen, erlaubt sind höchstens 5.000. Teilen Sie ihn auf mehrere Einträge auf.'],
  },
  {
    // Seconds per thousand headings, growing with the square: a hang before the line limit.
    name: 'setext-headings-4000',
    content: () => entry('setext-headings-4000', 'Viertausend Überschriften', 'Titel\n=====\n'.repeat(4_000)),
    expected: ['docs/praxis/setext-headings-4000.md:5018:1 body: Der Text hat 8.029 Zeilen, erlaubt sind höchstens 5.000. Teilen Sie ihn auf mehrere Einträge auf.'],
  },
  {
    // 2,000 nested `**`: minutes in the Markdown parser before the markup limit.
    name: 'nested-emphasis',
    content: () => entry('nested-emphasis', 'Verschachtelte Hervorhebung', `${'**'.repeat(2_000)}fett${'**'.repeat(2_000)}`),
    expected: [at('nested-emphasis', MARKUP)],
  },
  {
    name: 'nested-links',
    content: () => entry('nested-links', 'Verschachtelte Links', `${'[!['.repeat(2_000)}Bild${'](https://example.org)](https://example.org)'.repeat(2_000)}`),
    expected: [at('nested-links', MARKUP)],
  },
  {
    // Unclosed `<!--` repeated in one paragraph: quadratic in the parser (88 s for 20,000) before `<` counted as markup.
    name: 'html-comment-flood',
    content: () => entry('html-comment-flood', 'Offene HTML-Kommentare', `a ${'<!-- x '.repeat(20_000)}`),
    expected: [at('html-comment-flood', MARKUP)],
  },
  // Two deep YAML files in one run crashed Node before the depth limit (see src/content/yaml.ts).
  // The column is that of the 32nd opening bracket after `keywords: ` (10 characters).
  {
    name: 'yaml-deep-flow',
    content: () => entry('yaml-deep-flow', 'Tief verschachtelte Liste im Kopfbereich', 'Text.', `keywords: ${'['.repeat(100_000)}\n`),
    expected: [`docs/praxis/yaml-deep-flow.md:13:${10 + 32} ${YAML_DEEP}`],
  },
  {
    name: 'yaml-deep-map',
    content: () => entry('yaml-deep-map', 'Tief verschachtelte Felder im Kopfbereich', 'Text.', `keywords: ${'{a: '.repeat(10_000)}b${'}'.repeat(10_000)}\n`),
    expected: [`docs/praxis/yaml-deep-map.md:13:${11 + 4 * 31} ${YAML_DEEP}`],
  },
  // Lists checked pairwise took minutes at this length (validate.ts now uses a Set); the list limit stops it first.
  {
    name: 'keywords-200000',
    content: () => entry('keywords-200000', '200.000 Suchbegriffe', 'Text.', `keywords: [${manyKeywords(200_000)}]\n`),
    expected: ['docs/praxis/keywords-200000.md:13:11 keywords: Die Liste darf höchstens 30 Einträge haben, hier sind es 200.000. Behalten Sie die Begriffe, unter denen man den Eintrag sucht; Wörter aus Titel und Text findet die Suche ohnehin.'],
  },
  {
    // 12 KB that GFM pads to 4 million cells: over a minute and 4 GB to compile without the limit.
    name: 'table-1000x4000',
    content: () => entry('table-1000x4000', 'Tabelle mit 1.000 Spalten und 4.000 Zeilen', [`|${'a|'.repeat(1_000)}`, `|${'-|'.repeat(1_000)}`, ...Array<string>(4_000).fill('|')].join('\n')),
    expected: ['docs/praxis/table-1000x4000.md:30:1 body: Diese Tabelle hat 1.000 Spalten, erlaubt sind höchstens 20. Jede Zeile wird auf die Spaltenzahl der Kopfzeile aufgefüllt, so dass breite Tabellen Prüfung und Build sehr langsam machen: teilen Sie die Tabelle auf oder schreiben Sie die Angaben als Liste.'],
  },
  {
    name: 'table-too-many-cells',
    content: () => entry('table-too-many-cells', 'Tabelle mit 3.020 Zellen', table(20, 151)),
    expected: [at('table-too-many-cells', `Diese Tabelle hat 151 Zeilen × 20 Spalten = 3.020 Zellen, erlaubt sind höchstens 2.000. ${TABLE_CELLS}`)],
  },
  {
    // Three tables at the limit of one; the third one (file line 29 + 2 × 102) breaks the total.
    name: 'tables-too-many-cells-total',
    content: () => entry('tables-too-many-cells-total', 'Drei Tabellen mit je 2.000 Zellen', Array<string>(3).fill(table(20, 100)).join('\n\n')),
    expected: ['docs/praxis/tables-too-many-cells-total.md:233:1 body: Mit dieser Tabelle haben die Tabellen des Eintrags zusammen 6.000 Zellen (Zeilen × Spalten), erlaubt sind höchstens 5.000. Kürzen Sie die Tabellen oder teilen Sie den Text auf mehrere Einträge auf.'],
  },
  // Valid worst cases, exactly at each limit: they must validate, build and render.
  {
    name: 'table-at-limit',
    content: () => entry('table-at-limit', 'Tabelle mit 20 Spalten und 100 Zeilen', table(20, 100)),
    expected: [],
    renders: ['Zeile 99 Spalte 20'],
  },
  {
    name: 'keywords-at-limit',
    content: () => entry('keywords-at-limit', 'Dreißig Suchbegriffe mit je sechzig Zeichen', 'Dreißig Suchbegriffe stehen im Kopfbereich.', `keywords:\n${Array.from({length: 30}, (_, i) => `  - ${`Suchbegriff ${i + 1} `.padEnd(60, 'x')}\n`).join('')}`),
    expected: [],
    renders: ['Dreißig Suchbegriffe stehen im Kopfbereich.'],
  },
  {
    name: 'outcomes-at-limit',
    content: () => entry('outcomes-at-limit', 'Zwanzig Zahlen, die größte und die kleinste', 'Text.', `outcomes:\n${Array.from({length: 20}, (_, i) => i % 2 ? outcome(i, 0, 'Euro') : outcome(i, 1_000_000_000, 'Personen')).join('')}`),
    expected: [],
    renders: ['1.000.000.000 Personen', '0 Euro'],
  },
];

/** Write a generated case as an overlay folder (`<dir>/docs/praxis/<name>.md`). */
export function writeGenerated(c: GeneratedCase, dir: string): string {
  if (c.write) {
    c.write(dir);
    return dir;
  }
  const file = path.join(dir, 'docs/praxis', `${c.name}.md`);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, c.content!());
  return dir;
}

/** Write `content` (or a symbolic link to `target`) at `rel` below `dir`. */
function put(dir: string, rel: string, content: string | Buffer | {link: string}): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  if (typeof content === 'object' && 'link' in content) fs.symlinkSync(content.link, file);
  else fs.writeFileSync(file, content);
}

const LINK = 'ist eine symbolische Verknüpfung. Verknüpfungen sind im Praxisatlas nicht erlaubt (sie könnten auf Dateien außerhalb zeigen): legen Sie die Datei selbst ab.';
/** A system file every Debian machine has; the gate must refuse the link without reading it. */
const SYSTEM_FILE = '/etc/passwd';

/** Symbolic links and file names that try to fool the listing, the reader or the output. */
export const GENERATED_TREE: GeneratedCase[] = [
  {
    name: 'symlink-entry',
    write: (dir) => put(dir, 'docs/praxis/symlink-entry.md', {link: SYSTEM_FILE}),
    expected: [`docs/praxis/symlink-entry.md:1:1 file: symlink-entry.md ${LINK}`],
  },
  {
    name: 'symlink-folder',
    write: (dir) => put(dir, 'docs/praxis/verknuepft', {link: '/etc'}),
    expected: [`docs/praxis/verknuepft:1:1 file: verknuepft ${LINK}`],
  },
  {
    // The error message of a YAML reader would quote the target's first characters.
    name: 'symlink-data',
    write: (dir) => put(dir, 'data/glossary.yml', {link: SYSTEM_FILE}),
    expected: [`data/glossary.yml:1:1 file: glossary.yml ${LINK}`],
  },
  {
    name: 'symlink-asset',
    write: (dir) => {
      put(dir, 'docs/assets/verknuepft.png', {link: SYSTEM_FILE});
      put(dir, 'docs/praxis/symlink-asset.md', entry('symlink-asset', 'Verknüpftes Bild', '![Bild](../assets/verknuepft.png)'));
    },
    expected: [
      `docs/assets/verknuepft.png:1:1 file: verknuepft.png ${LINK}`,
      'docs/praxis/symlink-asset.md:29:1 body: Das Bild „../assets/verknuepft.png“ zeigt auf docs/assets/verknuepft.png, und diese Datei wurde abgelehnt (siehe die Meldung zu ihr). Beheben Sie zuerst das Problem der Datei.',
    ],
  },
  {
    // A newline in a file name must not start a line of its own in the validator's output.
    name: 'forge-file-name',
    write: (dir) => put(dir, 'docs/praxis/x\n::error file=README.md::gefälscht\n\u001b[2J✓ 0 Fehler.md', entry('forge-file-name', 'Zeilenumbruch im Dateinamen', 'Text.')),
    expected: [
      'docs/praxis/x\\n::error file=README.md::gefälscht\\n\\u{1b}[2J✓ 0 Fehler.md:2:5 id: Die Kennung „forge-file-name“ muss dem Dateinamen entsprechen („x\\n::error file=README.md::gefälscht\\n\\u{1b}[2J✓ 0 Fehler“). Benennen Sie die Datei in „forge-file-name.md“ um oder ändern Sie die Kennung.',
    ],
  },
  {
    name: 'asset-too-big',
    write: (dir) => {
      const png = Buffer.alloc(1024 * 1024 + 1);
      Buffer.from('89504e470d0a1a0a', 'hex').copy(png);
      put(dir, 'docs/assets/zu-gross.png', png);
    },
    expected: ['docs/assets/zu-gross.png:1:1 file: zu-gross.png ist 1.024 KB groß, erlaubt sind höchstens 1.024 KB (PNG-Bild). Verkleinern Sie die Datei.'],
  },
  {
    // One group of 6,000 words froze the search box for 20 s.
    name: 'synonyms-group-6000',
    write: (dir) => put(dir, 'data/synonyms.yml', `- [${Array.from({length: 6_000}, (_, i) => `wort${i}`).join(', ')}]\n`),
    expected: ['data/synonyms.yml:1:3 [0]: Die Liste darf höchstens 12 Einträge haben, hier sind es 6000. Kürzen Sie die Liste.'],
  },
];

/** A valid PNG of noise (it does not compress): `side` × `side` pixels, RGB. */
export function noisePng(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const random = mulberry32(42);
  const rows = Buffer.alloc(side * (side * 3 + 1));
  for (let i = 0; i < rows.length; i++) rows[i] = i % (side * 3 + 1) === 0 ? 0 : Math.floor(random() * 256);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** Valid input at the gate's other limits: these must validate and build quickly. */
export const GENERATED_AT_LIMITS: GeneratedCase[] = [
  {
    name: 'mermaid-at-limit',
    content: () => {
      const diagram = (d: number) => ['```mermaid', 'flowchart TD', ...Array.from({length: 99}, (_, i) => `  N${d}x${i}["Schritt ${i + 1}"] --> N${d}x${i + 1}`), '```'].join('\n');
      return entry('mermaid-at-limit', 'Zehn Diagramme mit je hundert Zeilen', Array.from({length: 10}, (_, d) => diagram(d)).join('\n\n'));
    },
    expected: [],
    renders: ['Zehn Diagramme mit je hundert Zeilen'],
  },
  {
    // 5,000 body lines: 28 of the seven sections, the rest one-line paragraphs.
    name: 'body-lines-at-limit',
    content: () => entry('body-lines-at-limit', 'Fünftausend Zeilen Text', Array.from({length: 2_486}, (_, i) => `Absatz ${i + 1}: ${words(12)}.`).join('\n\n')),
    expected: [],
    renders: ['Absatz 2486: Beratung für Neuzugewanderte'],
  },
  {
    name: 'image-at-limit',
    write: (dir) => {
      put(dir, 'docs/assets/rauschen-gross.png', noisePng(578));
      put(dir, 'docs/praxis/image-at-limit.md', entry('image-at-limit', 'Ein Bild von fast einem Megabyte', '![Rauschen als Platzhalterbild](../assets/rauschen-gross.png)\n\nUnter dem Bild steht Text.'));
    },
    expected: [],
    renders: ['Unter dem Bild steht Text.'],
  },
  {
    name: 'synonyms-at-limit',
    write: (dir) => {
      const word = (g: number, w: number) => `Begriff${g}v${w}`.padEnd(60, 'abcdefghij');
      put(dir, 'data/synonyms.yml', Array.from({length: 500}, (_, g) => `- [${Array.from({length: 12}, (_, w) => word(g, w)).join(', ')}]\n`).join(''));
      put(dir, 'docs/praxis/synonyms-at-limit.md', entry('synonyms-at-limit', 'Fünfhundert Synonymgruppen', 'Die Suche kennt 500 Gruppen mit je zwölf Wörtern.'));
    },
    expected: [],
    renders: ['Die Suche kennt 500 Gruppen mit je zwölf Wörtern.'],
  },
];

export const GENERATED: GeneratedCase[] = [...GENERATED_ENTRIES, ...GENERATED_TREE, ...GENERATED_AT_LIMITS];
