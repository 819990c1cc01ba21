/**
 * Where a link or image in an entry or post may point. Docusaurus turns a relative or `@site`
 * path into a published file (images inlined, other files copied to assets/files), and resolves
 * `/…` images in static/: so a path is allowed only to an entry (`.md` in a type folder) or to an
 * asset that passed its checks (assets.ts). Images load only from the atlas itself; links may
 * leave it only with https:// or http://. Whether a refused path exists is never said: the
 * message must not tell a pull request what lies on the build machine.
 */
import path from 'node:path';
import {ASSET_FOLDERS} from './assets.ts';
import {isUnsafeUrl} from './body.ts';
import {closest} from './suggest.ts';
import {TYPE_FOLDER} from './types.ts';

/** Pages of the site that entries may link to besides entries. */
export const SITE_PAGES = ['/', '/katalog', '/suche', '/glossar', '/felder', '/zahlen', '/selbstcheck', '/pruefung-faellig', '/lizenz', '/barrierefreiheit', '/blog', '/evidenz', '/tischvorlage', '/beitragen', '/beitragen/eintrag', '/impressum', '/datenschutz', '/einfache-sprache', '/daten'];

export type Resolved =
  | {kind: 'skip'}
  | {kind: 'external'; scheme: string}
  | {kind: 'url'; path: string}
  | {kind: 'file'; path: string}
  | {kind: 'invalid'; reason: string};

const ENTRY_URL = new RegExp(`^/(${Object.values(TYPE_FOLDER).join('|')})/[^/]+$`);

/** What a link's URL names, resolved from the file that contains it. */
export function resolveLink(fromPath: string, url: string): Resolved {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || isUnsafeUrl(trimmed)) return {kind: 'skip'}; // unsafe ones: body.ts
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme) return {kind: 'external', scheme: scheme[1].toLowerCase()};
  if (trimmed.startsWith('//')) return {kind: 'invalid', reason: 'Adressen ohne Protokoll (`//…`) sind nicht erlaubt: schreiben Sie `https://…`.'};
  const bare = trimmed.split('#')[0].split('?')[0];
  let clean: string;
  try {
    clean = decodeURIComponent(bare);
  } catch {
    return {kind: 'invalid', reason: 'Der Pfad enthält ungültige %-Zeichen.'};
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f]/.test(clean)) return {kind: 'invalid', reason: 'Der Pfad enthält einen Rückstrich (\\) oder ein Steuerzeichen: schreiben Sie Pfade mit `/`.'};
  if (clean === '') return {kind: 'skip'};
  if (clean.startsWith('@site/')) return {kind: 'file', path: path.posix.normalize(clean.slice('@site/'.length))};
  if (clean.startsWith('/')) {
    // Docusaurus joins `/…` onto static/ without stopping at the root: `/../../x` leaves the project.
    if (clean.split('/').some((seg) => seg === '..' || seg === '.')) return {kind: 'invalid', reason: 'Pfade, die mit „/“ beginnen, dürfen kein „..“ oder „.“ enthalten.'};
    const p = path.posix.normalize(clean).replace(/\/$/, '') || '/';
    // `/img/x.png` is static/img/x.png to Docusaurus' image loader.
    return /\.[a-z0-9]+$/i.test(p) && !/\.mdx?$/i.test(p) ? {kind: 'file', path: `static${p}`} : {kind: 'url', path: p};
  }
  return {kind: 'file', path: path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), clean))};
}

/** Links that point at an entry, by file or by URL (for backlinks); undefined for anything else. */
export function linkTarget(fromPath: string, url: string): {kind: 'file' | 'url'; path: string} | undefined {
  const r = resolveLink(fromPath, url);
  if (r.kind === 'url' && (ENTRY_URL.test(r.path) || SITE_PAGES.includes(r.path))) return r;
  if (r.kind === 'file' && /\.mdx?$/.test(r.path)) return r;
  return undefined;
}

export interface LinkTargets {
  /** Project paths of entry files. */
  entryFiles: ReadonlySet<string>;
  /** URLs of entries and blog posts. */
  urls: ReadonlySet<string>;
  /** Project paths of assets that passed their checks, with their kind's `image` flag. */
  assets: ReadonlyMap<string, {image: boolean}>;
  /** Files the gate refused (they have a message of their own). */
  refused?: ReadonlySet<string>;
  /** Heading ids by entry or post (file path and URL) and glossary anchors under /glossar; without it anchors are not checked. */
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LinkUse {
  url: string;
  /** `image` for `![…](…)`, else a link or link definition. */
  image: boolean;
}

const ALLOWED_PLACES = `Einträge (z. B. \`../praxis/kennung.md\` oder \`/praxis/kennung\`), Seiten des Atlas oder Dateien in ${ASSET_FOLDERS.map((f) => `${f}/`).join(' und ')}`;

/** The German reason a link or image is refused, or undefined when it is allowed. */
export function linkProblem(fromPath: string, link: LinkUse, targets: LinkTargets): string | undefined {
  const r = resolveLink(fromPath, link.url);
  return targetProblem(fromPath, link, targets, r) ?? anchorProblem(fromPath, link, targets, r);
}

/** `#abschnitt` must name a heading of the target page (Docusaurus would stop the build otherwise). */
function anchorProblem(fromPath: string, link: LinkUse, targets: LinkTargets, r: Resolved): string | undefined {
  const hash = link.url.trim().split('#')[1];
  if (hash === undefined || hash === '' || !targets.anchors || link.image) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash);
  } catch {
    id = hash;
  }
  const page = link.url.trim().startsWith('#') ? fromPath : r.kind === 'file' || r.kind === 'url' ? r.path : undefined;
  if (page === undefined || (r.kind !== 'skip' && r.kind !== 'file' && r.kind !== 'url')) return undefined;
  const ids = targets.anchors.get(page);
  if (ids?.has(id)) return undefined;
  const shown = `„${link.url.length > 60 ? `${link.url.slice(0, 60)}…` : link.url}“`;
  if (!ids) return `Der Link ${shown} springt zu „#${id}“, aber diese Seite hat keine Sprungziele. Lassen Sie „#${id}“ weg.`;
  return `Der Link ${shown} springt zu „#${id}“, aber diese Seite hat keine Überschrift mit dieser Kennung.${suggest(id, ids)} Die Kennung ist die Überschrift in Kleinbuchstaben mit Bindestrichen, z. B. „#übertragbarkeit“.`;
}

function targetProblem(fromPath: string, link: LinkUse, targets: LinkTargets, r: Resolved): string | undefined {
  const shown = `„${link.url.length > 60 ? `${link.url.slice(0, 60)}…` : link.url}“`;
  const what = link.image ? 'Das Bild' : 'Der Link';
  switch (r.kind) {
    case 'skip':
      // `![x](#a)`, `![x](?a)`, `![x]( )`: Docusaurus would try to load the folder as an image.
      if (link.image && !isUnsafeUrl(link.url.trim())) return `Das Bild ${shown} nennt keine Datei. Binden Sie eine Bilddatei ein, z. B. \`![Beschreibung](../assets/name.png)\`.`;
      return undefined;
    case 'invalid':
      return `${what} ${shown} ist nicht erlaubt: ${r.reason}`;
    case 'external':
      if (link.image) return `Das Bild ${shown} würde von einer fremden Adresse geladen. Bilder müssen im Atlas liegen: legen Sie die Datei in docs/assets/ ab und binden Sie sie mit \`![Beschreibung](../assets/name.png)\` ein.`;
      if (r.scheme !== 'https' && r.scheme !== 'http') return `Der Link ${shown} ist nicht erlaubt: Links nach außen beginnen mit \`https://\` (Adressen mit „${r.scheme}:“ sind nicht vorgesehen; keine persönlichen Kontaktdaten).`;
      return undefined;
    case 'url': {
      if (link.image) return `Das Bild ${shown} ist keine Bilddatei. Bilder liegen in docs/assets/ und werden mit Dateiendung eingebunden, z. B. \`![Beschreibung](../assets/name.png)\`.`;
      if (targets.urls.has(r.path) || SITE_PAGES.includes(r.path)) return undefined;
      if (ENTRY_URL.test(r.path) || r.path.startsWith('/blog/')) return `Der Link ${shown} führt ins Leere: die Seite ${r.path} gibt es nicht.${suggest(r.path, targets.urls)} Prüfen Sie das Linkziel.`;
      return `Der Link ${shown} führt auf keine Seite des Atlas. Erlaubt sind ${ALLOWED_PLACES}.`;
    }
    case 'file': {
      if (r.path.startsWith('../') || r.path === '..' || path.posix.isAbsolute(r.path)) return `${what} ${shown} zeigt aus dem Praxisatlas hinaus. Erlaubt sind ${ALLOWED_PLACES}.`;
      if (/\.mdx?$/i.test(r.path)) {
        if (link.image) return `Das Bild ${shown} ist keine Bilddatei. Erlaubt sind Bilder in ${ASSET_FOLDERS.map((f) => `${f}/`).join(' und ')}.`;
        if (targets.entryFiles.has(r.path)) return undefined;
        if (/^docs\/[^/]+\/[^/]+\.md$/.test(r.path)) return `Der Link ${shown} führt ins Leere: die Datei ${r.path} gibt es nicht.${suggest(r.path, targets.entryFiles)} Prüfen Sie das Linkziel.`;
        return `Der Link ${shown} zeigt auf keinen Eintrag. Erlaubt sind ${ALLOWED_PLACES}.`;
      }
      const asset = targets.assets.get(r.path);
      // An SVG opened on its own runs as a document: only as an image.
      if (asset && !link.image && r.path.endsWith('.svg')) return `Der Link ${shown} öffnet eine SVG-Grafik als eigene Seite. Binden Sie sie als Bild ein: \`![Beschreibung](…)\`.`;
      if (asset && (asset.image || !link.image)) return undefined;
      if (asset) return `Das Bild ${shown} ist kein Bild (nur PNG, JPEG, GIF, WebP oder SVG). Verlinken Sie die Datei mit \`[Titel](…)\` statt \`![…](…)\`.`;
      if (targets.refused?.has(r.path)) return `${what} ${shown} zeigt auf ${r.path}, und diese Datei wurde abgelehnt (siehe die Meldung zu ihr). Beheben Sie zuerst das Problem der Datei.`;
      if ((ASSET_FOLDERS as readonly string[]).includes(path.posix.dirname(r.path))) return `${what} ${shown} führt ins Leere: die Datei ${r.path} gibt es nicht.${suggest(r.path, targets.assets.keys())} Prüfen Sie das Linkziel.`;
      return `${what} ${shown} zeigt auf eine Datei, die nicht veröffentlicht werden darf. Erlaubt sind ${ALLOWED_PLACES}.`;
    }
  }
}

/** "Did you mean" on the last path segment, so long common prefixes do not make everything look close. */
function suggest(target: string, candidates: Iterable<string>): string {
  const last = (p: string) => p.split('/').pop()!.replace(/\.mdx?$/, '');
  const byLast = new Map([...candidates].map((c) => [last(c), c]));
  const hit = closest(last(target), byLast.keys());
  return hit ? ` Meinten Sie „${byLast.get(hit)}“?` : '';
}
