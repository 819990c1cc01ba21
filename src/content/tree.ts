/**
 * The content tree as the gate sees it: every file under the folders the build reads (docs/,
 * blog/, data/, static/, i18n/), listed without following links. A contributor may touch any of
 * them, so the layout is an allowlist: entries directly in the five type folders, posts directly
 * in blog/, the known data files, assets in the asset folders. Anything else is a problem at the
 * file, and a symbolic link is refused before anything reads its target.
 */
import fs from 'node:fs';
import path from 'node:path';
import {ALLOWED_EXTENSIONS, ASSET_FOLDERS, assetKind, svgProblem} from './assets.ts';
import {BLOG_AUTHORS_PATH, BLOG_POST_NAME, DATA_FILES, RESERVED_NAMES, reservedNameMessage} from './paths.ts';

export {BLOG_POST_NAME, RESERVED_NAMES};
import type {Problem} from './problem.ts';
import {TYPE_FOLDER} from './types.ts';

export interface ContentTree {
  /** `docs/<folder>/<name>.md` (and misplaced `.md`/`.mdx` files, which the entry rules refuse). */
  entries: string[];
  /** `blog/<YYYY-MM-DD>-<slug>.md`. */
  blogPosts: string[];
  /** Assets that passed their checks: project path → whether it may be shown as an image. */
  assets: Map<string, {image: boolean}>;
  /** Every plain file the listing accepted; the gate reads no other file. */
  files: Set<string>;
  problems: Problem[];
}

/** Files systems and editors leave behind; never read by the build. */
const IGNORED = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** Site files in static/ besides the asset folder (generated files). */
const STATIC_FILES = new Set(['static/schema/entry.schema.json']);

const fileProblem = (rel: string, message: string): Problem => ({path: rel, line: 1, column: 1, field: 'file', message, severity: 'error'});

interface Node {
  rel: string;
  name: string;
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
}

/** Children of a folder, by lstat: a symbolic link is reported as a link, never followed. */
function children(root: string, relDir: string): Node[] {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, relDir)).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => !IGNORED.has(name))
    .map((name) => {
      const rel = `${relDir}/${name}`;
      const st = fs.lstatSync(path.join(root, rel));
      const kind = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      return {rel, name, kind, size: st.size};
    });
}

const LINK_MESSAGE = 'ist eine symbolische Verknüpfung. Verknüpfungen sind im Praxisatlas nicht erlaubt (sie könnten auf Dateien außerhalb zeigen): legen Sie die Datei selbst ab.';

export function listContentTree(root: string): ContentTree {
  const tree: ContentTree = {entries: [], blogPosts: [], assets: new Map(), files: new Set(), problems: []};
  const refuse = (node: Node, message: string) => tree.problems.push(fileProblem(node.rel, message));

  /** Report links, special files and (unless allowed) sub-folders; return the plain files and folders. */
  const walk = (relDir: string, allowDirs: boolean): {files: Node[]; dirs: Node[]} => {
    const files: Node[] = [];
    const dirs: Node[] = [];
    for (const node of children(root, relDir)) {
      if (node.kind === 'link') refuse(node, `${node.name} ${LINK_MESSAGE}`);
      else if (node.kind === 'other') refuse(node, `${node.name} ist keine gewöhnliche Datei. Entfernen Sie sie.`);
      else if (node.kind === 'dir' && !allowDirs) refuse(node, `Unterordner sind hier nicht erlaubt: ${relDir}/ enthält nur Dateien. Verschieben Sie die Dateien aus ${node.name}/ nach ${relDir}/ und löschen Sie den Ordner.`);
      else (node.kind === 'dir' ? dirs : files).push(node);
    }
    return {files, dirs};
  };

  // A top folder that is itself a link would lead the whole walk elsewhere.
  for (const top of ['docs', 'blog', 'data', 'static', 'i18n']) {
    if (isLink(path.join(root, top))) tree.problems.push(fileProblem(top, `${top} ${LINK_MESSAGE}`));
  }
  const topOk = (top: string) => fs.existsSync(path.join(root, top)) && !isLink(path.join(root, top));

  const typeFolders = new Set(Object.values(TYPE_FOLDER));
  if (topOk('docs')) {
    const docs = walk('docs', true);
    for (const f of docs.files) {
      // Misplaced entries get the entry rules' message about the right folder.
      if (/\.mdx?$/i.test(f.name)) tree.entries.push(f.rel);
      else refuse(f, `${f.name} gehört nicht nach docs/. Einträge liegen in ${[...typeFolders].map((t) => `docs/${t}/`).join(', ')}; Bilder und PDFs in docs/assets/.`);
    }
    for (const dir of docs.dirs) {
      if (dir.rel === 'docs/assets') continue;
      for (const f of walk(dir.rel, false).files) {
        if (!typeFolders.has(dir.name)) {
          // Entries in a folder of their own get the entry rules' message about the right folder.
          if (/\.mdx?$/i.test(f.name)) tree.entries.push(f.rel);
          else refuse(f, `${f.name} gehört nicht nach ${dir.rel}/. Erlaubt sind nur die Ordner ${[...typeFolders].map((t) => `docs/${t}/`).join(', ')} und docs/assets/.`);
          continue;
        }
        const base = f.name.replace(/\.mdx?$/i, '');
        if (base !== f.name && RESERVED_NAMES.has(base.toLowerCase())) refuse(f, reservedNameMessage(f.name));
        else if (/\.mdx?$/i.test(f.name)) tree.entries.push(f.rel);
        else refuse(f, `${f.name}: in ${dir.rel}/ liegen nur Einträge als .md-Datei. Bilder und PDFs gehören nach docs/assets/; andere Dateien (z. B. _category_.json) sind nicht erlaubt.`);
      }
    }
  }
  for (const folder of ASSET_FOLDERS) {
    if (!topOk(folder.split('/')[0]) || isLink(path.join(root, folder))) continue;
    for (const f of walk(folder, false).files) checkAsset(root, f, tree);
  }
  if (topOk('blog')) {
    for (const f of walk('blog', false).files) {
      if (BLOG_POST_NAME.test(f.name)) tree.blogPosts.push(f.rel);
      else if (f.rel === BLOG_AUTHORS_PATH) tree.files.add(f.rel);
      else {
        refuse(f, /\.mdx$/i.test(f.name)
          ? 'MDX-Dateien sind nicht erlaubt: Blogbeiträge sind reines Markdown. Benennen Sie die Datei in „.md“ um und entfernen Sie JSX und import/export.'
          : `${f.name}: in blog/ liegen nur Beiträge mit Namen der Form „JJJJ-MM-TT-titel-in-kleinbuchstaben.md“ und die Datei authors.yml.`);
      }
    }
  }
  if (topOk('data')) {
    for (const f of walk('data', false).files) {
      if (DATA_FILES.includes(f.rel)) tree.files.add(f.rel);
      else refuse(f, `Unbekannte Datei ${f.name} in data/. Erlaubt sind ${DATA_FILES.map((d) => path.posix.basename(d)).join(', ')}; jede Datei hier braucht ein Schema im Prüfprogramm.`);
    }
  }
  if (topOk('static')) {
    const visit = (relDir: string) => {
      const {files, dirs} = walk(relDir, true);
      for (const f of files) {
        if (!STATIC_FILES.has(f.rel) && !(ASSET_FOLDERS as readonly string[]).includes(relDir)) {
          refuse(f, `${f.rel} ist keine bekannte Datei der Website. Bilder für Einträge gehören nach docs/assets/ oder static/img/; andere Dateien in static/ würden ungeprüft veröffentlicht.`);
        }
      }
      for (const d of dirs) if (!(ASSET_FOLDERS as readonly string[]).includes(d.rel)) visit(d.rel);
    };
    visit('static');
  }
  if (topOk('i18n')) {
    // The theme's labels only: a plugin's translation file would replace entries, and the footer's
    // copyright translation is rendered as HTML on every page.
    const visit = (relDir: string) => {
      const {files, dirs} = walk(relDir, true);
      for (const f of files) {
        if (f.rel !== TRANSLATIONS_PATH) refuse(f, `${f.rel}: in i18n/ gibt es nur ${TRANSLATIONS_PATH} (Beschriftungen der Website). Einträge gehören nach docs/.`);
        else {
          const problem = translationsProblem(fs.readFileSync(path.join(root, f.rel), 'utf8'));
          if (problem) refuse(f, problem);
        }
      }
      dirs.forEach((d) => visit(d.rel));
    };
    visit('i18n');
  }
  for (const f of [...tree.entries, ...tree.blogPosts, ...tree.assets.keys()]) tree.files.add(f);
  return tree;
}

export const TRANSLATIONS_PATH = 'i18n/de/code.json';

/** code.json: `{"key": {"message": "…", "description"?: "…"}}`, messages as plain text (React shows them as text; keep it that way). */
function translationsProblem(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'Die Datei ist kein gültiges JSON. Prüfen Sie Kommas, Klammern und Anführungszeichen.';
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'Erwartet wird ein JSON-Objekt der Form {"schlüssel": {"message": "…"}}.';
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length > 1_000) return 'Die Datei hat mehr als 1.000 Beschriftungen.';
  for (const [key, value] of entries) {
    const v = value as {message?: unknown; description?: unknown} | null;
    if (!v || typeof v !== 'object' || typeof v.message !== 'string' || Object.keys(v).some((k) => k !== 'message' && k !== 'description')) return `„${key.slice(0, 60)}“: erwartet wird {"message": "…"} mit optionaler "description".`;
    if (/[<&]/.test(v.message) || v.message.length > 500) return `„${key.slice(0, 60)}“: Beschriftungen sind reiner Text bis 500 Zeichen, ohne < und &.`;
  }
  return undefined;
}

function isLink(full: string): boolean {
  try {
    return fs.lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

function checkAsset(root: string, f: Node, tree: ContentTree): void {
  const kind = assetKind(f.name);
  const refuse = (message: string): void => void tree.problems.push(fileProblem(f.rel, message));
  if (!kind) return refuse(`${f.name}: dieser Dateityp ist nicht erlaubt. Erlaubt sind ${ALLOWED_EXTENSIONS} (Dateiendung in Kleinbuchstaben).`);
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+$/.test(f.name)) {
    return refuse(`Der Dateiname „${f.name}“ ist nicht erlaubt: verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „ablauf-clearingstelle.png“.`);
  }
  // An SVG opened on its own is a document on the site's origin: only the site's own drawings.
  if (f.name.endsWith('.svg') && !f.rel.startsWith('static/img/')) return refuse(`${f.name}: SVG-Grafiken sind in Beiträgen nicht erlaubt, weil sie Skripte enthalten können. Speichern Sie das Bild als PNG.`);
  if (f.size > kind.maxBytes) {
    return refuse(`${f.name} ist ${(f.size / 1024).toLocaleString('de-DE', {maximumFractionDigits: 0})} KB groß, erlaubt sind höchstens ${(kind.maxBytes / 1024).toLocaleString('de-DE')} KB (${kind.label}). Verkleinern Sie die Datei.`);
  }
  const bytes = fs.readFileSync(path.join(root, f.rel));
  if (!kind.matches(bytes)) return refuse(`${f.name} ist kein ${kind.label}, obwohl die Endung das sagt. Speichern Sie die Datei im richtigen Format.`);
  if (f.name.endsWith('.svg')) {
    const problem = svgProblem(new TextDecoder().decode(bytes));
    if (problem) return refuse(`Die SVG-Grafik ${problem}. SVG-Grafiken dürfen nur zeichnen; speichern Sie das Bild sonst als PNG.`);
  }
  tree.assets.set(f.rel, {image: kind.image});
}
