/**
 * The hostile files too big to commit (megabytes, 10,000 nested list items, a 100,000-character
 * line), written into a temp folder at test time. Each has its expected outcome here, like a
 * committed case's expected.txt: the exact validator lines, or none (then it must build and render).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface GeneratedCase {
  name: string;
  /** File content; written as docs/praxis/<name>.md. */
  content(): string;
  /** Exact validator lines; empty: the file is valid and goes into the build. */
  expected: string[];
  /** Text that must be visible on the built page. */
  renders?: string[];
}

const SECTIONS = ['Worum es geht', 'Ausgangslage', 'Vorgehen', 'Beteiligte', 'Ergebnisse', 'Übertragbarkeit', 'Quellen'];

/** A valid praxis entry with `payload` as the text of „Vorgehen“ (body line 25, file line 26). */
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
    '---',
    '',
  ];
  const body = SECTIONS.flatMap((s) => [`## ${s}`, '', s === 'Vorgehen' ? payload : 'Ein kurzer Absatz mit gewöhnlichem Text.', '']);
  return [...head, ...body].join('\n');
}

const words = (n: number) => Array.from({length: n}, (_, i) => ['Beratung', 'für', 'Neuzugewanderte', 'im', 'Quartier', 'Übergänge', 'gestalten'][i % 7]).join(' ');

const BODY_LINE = 'docs/praxis/%s.md:26:1 body: ';
const at = (name: string, rest: string) => BODY_LINE.replace('%s', name) + rest;
const MARKUP = 'Dieser Absatz enthält mehr als 200 Formatierungszeichen (*, _, ~, [ oder ]). So viele machen Prüfung und Build sehr langsam: teilen Sie den Absatz auf oder entfernen Sie überzählige Zeichen.';
const YAML_DEEP = 'frontmatter: Der YAML-Text ist zu tief verschachtelt (mehr als 32 Ebenen). Ein Kopfbereich braucht höchstens drei Ebenen, z. B. `outcomes:` → `- label: …`. Prüfen Sie Klammern und Einrückung.';

export const GENERATED: GeneratedCase[] = [
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
    expected: ['docs/praxis/list-items-10000.md:5015:1 body: Der Text hat 10.028 Zeilen, erlaubt sind höchstens 5.000. Teilen Sie ihn auf mehrere Einträge auf.'],
  },
  {
    // Seconds per thousand headings, growing with the square: a hang before the line limit.
    name: 'setext-headings-4000',
    content: () => entry('setext-headings-4000', 'Viertausend Überschriften', 'Titel\n=====\n'.repeat(4_000)),
    expected: ['docs/praxis/setext-headings-4000.md:5015:1 body: Der Text hat 8.029 Zeilen, erlaubt sind höchstens 5.000. Teilen Sie ihn auf mehrere Einträge auf.'],
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
];

/** Write a generated case as an overlay folder (`<dir>/docs/praxis/<name>.md`). */
export function writeGenerated(c: GeneratedCase, dir: string): string {
  const file = path.join(dir, 'docs/praxis', `${c.name}.md`);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, c.content());
  return dir;
}
