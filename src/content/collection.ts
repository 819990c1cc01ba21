/** Rules across files: ids, references, order numbers, links between entries. */
import path from 'node:path';
import {duplicateProblems} from './duplicates.ts';
import type {RawEntry} from './load.ts';
import type {Problem} from './problem.ts';
import type {Bibliography, GlossaryTerm} from './schema.ts';
import {closest, didYouMean} from './suggest.ts';
import {entryUrl} from './types.ts';
import type {MarkdownOutline} from './markdown.ts';
import {FOLDER_TYPE} from './types.ts';
import {problemAt, type CheckedEntry} from './validate.ts';

/** A file whose frontmatter could be read, valid or not: references are checked on all of them. */
export interface ParsedFile {
  raw: RawEntry;
  outline: MarkdownOutline;
}

export interface CollectionInput {
  raws: RawEntry[];
  /** Files with readable frontmatter, so a file with one wrong field still gets its links checked. */
  parsed: ParsedFile[];
  checked: CheckedEntry[];
  bibliography?: Bibliography;
  glossary?: {terms: GlossaryTerm[]; raw?: RawEntry};
}

/** Pages of the site that entries may link to besides entries. */
export const SITE_PAGES = ['/', '/katalog', '/suche', '/glossar', '/felder', '/zahlen', '/selbstcheck', '/pruefung-faellig', '/lizenz', '/barrierefreiheit', '/blog'];

/** The string items of a list value with their index; anything else is the schema's business. */
function strings(value: unknown): [string, number][] {
  return Array.isArray(value) ? value.flatMap((v, i): [string, number][] => (typeof v === 'string' ? [[v, i]] : [])) : [];
}

function declaredId(raw: RawEntry): string | undefined {
  const id = raw.data?.id;
  return typeof id === 'string' ? id : undefined;
}

export function checkCollection(input: CollectionInput): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, RawEntry[]>();
  for (const raw of input.raws) {
    const id = declaredId(raw);
    if (id) byId.set(id, [...(byId.get(id) ?? []), raw]);
  }
  for (const [id, raws] of byId) {
    if (raws.length < 2) continue;
    for (const raw of raws) {
      const others = raws.filter((r) => r !== raw).map((r) => r.path).join(', ');
      problems.push(problemAt(raw, ['id'], `Die Kennung „${id}“ ist schon vergeben in ${others}. Jede Kennung darf nur einmal vorkommen: wählen Sie eine andere.`));
    }
  }
  const ids = [...byId.keys()];
  const urls = new Set(input.raws.flatMap((r) => (FOLDER_TYPE.has(r.folder) && declaredId(r) ? [entryUrl(FOLDER_TYPE.get(r.folder)!, declaredId(r)!)] : [])));
  const files = new Set(input.raws.map((r) => r.path));

  const uniqueNumber = (key: 'scenario' | 'step', label: string) => {
    const seen = new Map<number, ParsedFile>();
    for (const e of input.parsed) {
      const n = e.raw.data?.[key];
      if (typeof n !== 'number' || !Number.isInteger(n)) continue;
      const first = seen.get(n);
      if (first) {
        problems.push(problemAt(e.raw, [key], `${label} ${n} ist schon vergeben an ${first.raw.path}. Jede Nummer darf nur einmal vorkommen.`));
        problems.push(problemAt(first.raw, [key], `${label} ${n} ist auch vergeben an ${e.raw.path}. Jede Nummer darf nur einmal vorkommen.`));
      } else seen.set(n, e);
    }
  };
  uniqueNumber('scenario', 'Szenario-Nummer');
  uniqueNumber('step', 'Schritt');

  const refs = Object.keys(input.bibliography ?? {});
  for (const e of input.parsed) {
    const data = e.raw.data ?? {};
    const self = declaredId(e.raw);
    strings(data.related).forEach(([rel, i]) => {
      if (rel === self) problems.push(problemAt(e.raw, ['related', i], 'Ein Eintrag kann nicht mit sich selbst verwandt sein. Entfernen Sie die eigene Kennung aus „related“.'));
      else if (!byId.has(rel)) problems.push(problemAt(e.raw, ['related', i], `Es gibt keinen Eintrag „${rel}“.${didYouMean(rel, ids) || ' Prüfen Sie die Schreibweise oder legen Sie den Eintrag an.'}`));
    });
    if (input.bibliography) {
      (Array.isArray(data.sources) ? data.sources : []).forEach((s: unknown, i: number) => {
        for (const key of ['ref', 'via'] as const) {
          const value = s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
          if (typeof value === 'string' && value && !Object.hasOwn(input.bibliography!, value)) {
            problems.push(problemAt(e.raw, ['sources', i, key], `„${value}“ steht nicht in der Bibliografie data/sources.yml.${didYouMean(value, refs) || ' Ergänzen Sie das Werk dort oder prüfen Sie die Schreibweise.'}`));
          }
        }
      });
    }
    for (const link of e.outline.links) {
      const target = linkTarget(e.raw.path, link.url);
      if (!target) continue;
      const ok = target.kind === 'file' ? files.has(target.path) : urls.has(target.path) || SITE_PAGES.includes(target.path);
      if (!ok) {
        problems.push({
          path: e.raw.path, line: link.line + e.raw.bodyOffset, column: link.column, field: 'body', severity: 'error',
          message: `Der Link „${link.url}“ führt ins Leere: ${target.kind === 'file' ? `die Datei ${target.path} gibt es nicht` : `die Seite ${target.path} gibt es nicht`}.${suggestTarget(target.path, target.kind === 'file' ? files : urls)} Prüfen Sie das Linkziel.`,
        });
      }
    }
  }
  if (input.glossary) {
    const seen = new Set<string>();
    input.glossary.terms.forEach((t, i) => {
      const raw = input.glossary!.raw;
      if (seen.has(t.id) && raw) problems.push(problemAt(raw, [i, 'id'], `Der Begriff „${t.id}“ steht doppelt im Glossar.`));
      seen.add(t.id);
      t.related?.forEach((rel, j) => {
        if (!byId.has(rel) && raw) problems.push(problemAt(raw, [i, 'related', j], `Es gibt keinen Eintrag „${rel}“.${didYouMean(rel, ids)}`));
      });
    });
  }
  // A loop, not push(...): a corpus of many look-alikes can yield more warnings than the call stack takes arguments.
  for (const p of duplicateProblems(input.checked)) problems.push(p);
  return problems;
}

/** "Did you mean" on the last path segment, so long common prefixes do not make everything look close. */
function suggestTarget(target: string, candidates: Iterable<string>): string {
  const last = (p: string) => p.split('/').pop()!.replace(/\.mdx?$/, '');
  const byLast = new Map([...candidates].map((c) => [last(c), c]));
  const hit = closest(last(target), byLast.keys());
  return hit ? ` Meinten Sie „${byLast.get(hit)}“?` : '';
}

/** Links that point into the site: a relative `.md` file or an absolute path under an entry folder. */
export function linkTarget(fromPath: string, url: string): {kind: 'file' | 'url'; path: string} | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const bare = url.split('#')[0].split('?')[0];
  let clean = bare;
  try {
    clean = decodeURI(bare);
  } catch {
    /* malformed escapes: check the link as written */
  }
  if (!clean) return undefined;
  if (clean.startsWith('/')) {
    const p = clean.replace(/\/$/, '') || '/';
    return /^\/(kontext|koordination|szenarien|praxis|lektionen)\//.test(p) || SITE_PAGES.includes(p) ? {kind: 'url', path: p} : undefined;
  }
  if (/\.mdx?$/.test(clean)) return {kind: 'file', path: path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), clean))};
  return undefined;
}
