/** Rules across files: ids, references, order numbers, links between entries. */
import {blogPostUrl} from './blog.ts';
import {duplicateProblems} from './duplicates.ts';
import {linkProblem, type LinkTargets} from './links.ts';
import type {RawEntry} from './load.ts';
import type {Problem} from './problem.ts';
import type {Bibliography, GlossaryTerm} from './schema.ts';
import {didYouMean} from './suggest.ts';
import {entryUrl} from './types.ts';
import {headingIds, type MarkdownOutline} from './markdown.ts';
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
  /** Blog posts with readable front matter: their links follow the entries' rules. */
  posts?: ParsedFile[];
  /** URLs of the valid posts, which entries and posts may link to. */
  postUrls?: string[];
  /** Assets that passed their checks (tree.ts). */
  assets?: LinkTargets['assets'];
  /** Files the tree listing refused. */
  refused?: ReadonlySet<string>;
  bibliography?: Bibliography;
  glossary?: {terms: GlossaryTerm[]; raw?: RawEntry};
}

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
  const targets: LinkTargets = {
    entryFiles: new Set(input.raws.filter((r) => FOLDER_TYPE.has(r.folder)).map((r) => r.path)),
    urls: new Set([...input.raws.flatMap((r) => (FOLDER_TYPE.has(r.folder) && declaredId(r) ? [entryUrl(FOLDER_TYPE.get(r.folder)!, declaredId(r)!)] : [])), ...(input.postUrls ?? [])]),
    assets: input.assets ?? new Map(),
    refused: input.refused,
    anchors: anchorsOf(input),
  };

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
  }
  for (const e of [...input.parsed, ...(input.posts ?? [])]) {
    for (const link of e.outline.links) {
      const message = linkProblem(e.raw.path, link, targets);
      if (message) problems.push({path: e.raw.path, line: link.line + e.raw.bodyOffset, column: link.column, field: 'body', severity: 'error', message});
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

/** Heading ids of every readable entry and post, by file path and by URL; glossary ids under /glossar. */
function anchorsOf(input: CollectionInput): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const e of input.parsed) {
    const ids = headingIds(e.outline.headings);
    anchors.set(e.raw.path, ids);
    const type = FOLDER_TYPE.get(e.raw.folder);
    const id = declaredId(e.raw);
    if (type && id) anchors.set(entryUrl(type, id), ids);
  }
  for (const p of input.posts ?? []) {
    const ids = headingIds(p.outline.headings);
    anchors.set(p.raw.path, ids);
    anchors.set(blogPostUrl(p.raw.path), ids);
  }
  if (input.glossary) anchors.set('/glossar', new Set(input.glossary.terms.map((t) => t.id)));
  return anchors;
}

