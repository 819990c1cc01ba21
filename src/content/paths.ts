import {TYPE_FOLDER} from './types.ts';

/** Where the gate finds the data files; each has a schema in schema.ts. */
export const BIBLIOGRAPHY_PATH = 'data/sources.yml';
export const GLOSSARY_PATH = 'data/glossary.yml';
export const SYNONYMS_PATH = 'data/synonyms.yml';
export const CONCEPTS_PATH = 'data/begriffe.yml';
/** Operator settings: the legal pages are generated from them (operator.ts). */
export const OPERATOR_PATH = 'data/betreiber.yml';
export const BLOG_AUTHORS_PATH = 'blog/authors.yml';
/** The only files allowed in data/. */
export const DATA_FILES: readonly string[] = [BIBLIOGRAPHY_PATH, GLOSSARY_PATH, SYNONYMS_PATH, CONCEPTS_PATH, OPERATOR_PATH];

/**
 * File names an entry cannot have: Docusaurus makes `index`, `readme` and a file named like its
 * folder the folder's own page, and the others are routes or folders of the site.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'index', 'readme', ...Object.values(TYPE_FOLDER),
  'katalog', 'suche', 'beitragen', 'glossar', 'felder', 'zahlen', 'selbstcheck', 'pruefung-faellig', 'lizenz', 'barrierefreiheit', 'evidenz', 'tischvorlage',
  'impressum', 'datenschutz', 'einfache-sprache', 'daten', 'aenderungen',
  'handlungsfelder', 'akteure', 'blog', 'admin', 'assets', 'img', 'schema', 'search', 'tags', 'category',
]);
export const BLOG_POST_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The gate's message for an entry file named like a page or folder of the site (tree.ts, the entry assistant). */
export function reservedNameMessage(fileName: string): string {
  return `Der Dateiname „${fileName}“ ist reserviert (eine Seite oder ein Ordner der Website heißt so). Wählen Sie eine andere Kennung und benennen Sie Datei und „id“ danach.`;
}
