/**
 * Regenerates src/search/thesaurus-de.json: the part of OpenThesaurus that touches the words
 * of the Praxisatlas (docs/, data/glossary.yml, data/synonyms.yml).
 *
 *   npx tsx scripts/thesaurus.ts [pfad/zu/openthesaurus.txt]
 *
 * Source: Debian package openthesaurus-de-text (`apt-get install openthesaurus-de-text`), which
 * installs the text file at /usr/share/openthesaurus-de/openthesaurus.txt. Without installing:
 *
 *   apt-get download openthesaurus-de-text && dpkg-deb -x openthesaurus-de-text_*.deb x
 *   OPENTHESAURUS_VERSION=20160424-4 npx tsx scripts/thesaurus.ts x/usr/share/openthesaurus-de/openthesaurus.txt
 *
 * (the version is otherwise read from the dpkg database). Licence and origin:
 * src/search/THESAURUS-LICENSE.md.
 *
 * Text format: one synset per line, terms separated by ";", comment lines start with "#". Terms
 * carry annotations in parentheses, "abdüsen (ugs.)", "(von etwas) fortfahren". Terms marked
 * veraltet/derb/vulgär/abwertend are dropped, all other parenthesised parts are removed.
 *
 * A synset is kept when (a) one of its single-word terms is a word of the atlas, or a noun that
 * heads a compound of the atlas ("problemimmobilie" → "Immobilie", see MIN_SUFFIX), and (b) it
 * still has 2–12 terms after cleaning.
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const DEFAULT_SOURCE = '/usr/share/openthesaurus-de/openthesaurus.txt';
const DEBIAN_PACKAGE = 'openthesaurus-de-text';
const OUT = 'src/search/thesaurus-de.json';

/** Annotations that disqualify a term. */
const DROP_LABELS = new Set(['veraltet', 'derb', 'vulgär', 'abwertend']);
const MIN_TERMS = 2;
const MAX_TERMS = 12;
/** Multi-word terms with more words are dropped. */
const MAX_WORDS = 3;
/** Atlas words shorter than this are ignored. */
const MIN_WORD = 4;
/**
 * A term may also match the end of an atlas word, as the head of a compound ("Immobilie" in
 * "problemimmobilie"). Only for nouns (capitalised terms) of at least MIN_SUFFIX letters, and only
 * when the part in front is itself a noun of OpenThesaurus (at least MIN_PREFIX letters,
 * optionally with a linking element: "wohnung-s-markt"). Without these limits verbs and
 * adjectives match prefixed words with another meaning ("reiben" in "beschreiben", "mäßig" in
 * "regelmäßig") and short terms random endings ("Kern" in "verankern", "Ruppe" in "teilgruppe",
 * "Samen" in "gemeinsamen").
 */
const MIN_SUFFIX = 6;
const MIN_PREFIX = 3;
const LINKING = ['s', 'es', 'n', 'en', 'e', 'er'];

const root = process.cwd();

/** The cleaned terms of one synset line. */
function parseLine(line: string): string[] {
  const terms: string[] = [];
  for (const raw of line.trim().split(';')) {
    const term = cleanTerm(raw);
    if (term !== null && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** "abdüsen (ugs.)" → "abdüsen"; null for terms to drop. */
function cleanTerm(raw: string): string | null {
  const groups = [...raw.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  for (const group of groups) {
    const labels = group.split(',').map((l) => l.trim().toLowerCase());
    if (labels.some((l) => DROP_LABELS.has(l))) return null;
  }
  const term = raw.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (term === '' || /[()]/.test(term)) return null;
  // Word fragments such as "Deputat..." or "Anfangs..." are not search terms.
  if (term.includes('...') || term.includes('…')) return null;
  if (term.split(' ').length > MAX_WORDS) return null;
  return term;
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (/\.mdx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Lower-case words (letters only, ≥ MIN_WORD letters) of the atlas texts. */
function atlasVocabulary(base: string): Set<string> {
  const files = [
    ...markdownFiles(path.join(base, 'docs')),
    path.join(base, 'data/glossary.yml'),
    path.join(base, 'data/synonyms.yml'),
  ];
  const words = new Set<string>();
  for (const file of files) {
    for (const word of fs.readFileSync(file, 'utf8').toLowerCase().split(/[^\p{L}]+/u)) {
      if ([...word].length >= MIN_WORD) words.add(word);
    }
  }
  return words;
}

/** Endings of the atlas words that head a compound: the part in front is a known noun. */
function compoundHeads(words: Set<string>, nouns: Set<string>): Set<string> {
  const isWord = (prefix: string): boolean =>
    nouns.has(prefix) ||
    LINKING.some(
      (l) => prefix.endsWith(l) && prefix.length - l.length >= MIN_PREFIX && nouns.has(prefix.slice(0, -l.length)),
    );
  const out = new Set<string>();
  for (const word of words) {
    const chars = [...word];
    for (let i = MIN_PREFIX; i + MIN_SUFFIX <= chars.length; i++) {
      if (isWord(chars.slice(0, i).join(''))) out.add(chars.slice(i).join(''));
    }
  }
  return out;
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'de') || (a < b ? -1 : a > b ? 1 : 0);
}

/** OPENTHESAURUS_VERSION, else the version of the installed Debian package. */
function debianVersion(): string {
  if (process.env.OPENTHESAURUS_VERSION) return process.env.OPENTHESAURUS_VERSION;
  try {
    const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8');
    const block = status.split(/\n\n/).find((b) => b.startsWith(`Package: ${DEBIAN_PACKAGE}\n`));
    const version = block?.match(/^Version: (.+)$/m)?.[1];
    if (version) return version;
  } catch {
    // not a Debian system
  }
  return 'unbekannte Version';
}

function serialize(data: {source: string; license: string; generated: string; groups: string[][]}): string {
  const head = [
    `  "source": ${JSON.stringify(data.source)}`,
    `  "license": ${JSON.stringify(data.license)}`,
    `  "generated": ${JSON.stringify(data.generated)}`,
  ];
  const groups = data.groups.map((g) => `    ${JSON.stringify(g)}`).join(',\n');
  return `{\n${head.join(',\n')},\n  "groups": [\n${groups}\n  ]\n}\n`;
}

function main(): void {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  if (!fs.existsSync(source)) {
    console.error(
      `✗ ${source} fehlt. Debian/Ubuntu: apt-get install ${DEBIAN_PACKAGE}, ` +
        'oder den Pfad zur openthesaurus.txt angeben: npx tsx scripts/thesaurus.ts PFAD',
    );
    process.exit(1);
  }
  const synsets = fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map(parseLine);
  const vocabulary = atlasVocabulary(root);
  const isNoun = (term: string): boolean => !term.includes(' ') && term[0] !== term[0].toLowerCase();
  const nouns = new Set(synsets.flat().filter(isNoun).map((t) => t.toLowerCase()));
  const heads = compoundHeads(vocabulary, nouns);
  const matches = (term: string): boolean => {
    if (term.includes(' ')) return false;
    const lower = term.toLowerCase();
    return vocabulary.has(lower) || (isNoun(term) && heads.has(lower));
  };

  const kept = new Map<string, string[]>();
  for (const terms of synsets) {
    if (terms.length < MIN_TERMS || terms.length > MAX_TERMS) continue;
    if (!terms.some(matches)) continue;
    const group = [...terms].sort(compare);
    kept.set(JSON.stringify(group), group);
  }
  const groups = [...kept.values()].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  });

  const version = debianVersion();
  const text = serialize({
    source: `OpenThesaurus (Debian package ${DEBIAN_PACKAGE} ${version})`,
    license: 'LGPL-2.1-or-later',
    generated: new Date().toISOString().slice(0, 10),
    groups,
  });
  const out = path.join(root, OUT);
  fs.writeFileSync(out, text);
  console.log(`Atlas-Wortschatz: ${vocabulary.size} Wörter`);
  console.log(`Synsets gelesen: ${synsets.length}, behalten: ${groups.length}`);
  console.log(`✓ ${OUT} geschrieben, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}

main();
