/**
 * Who publishes the open data and what a reuser credits: the operator of data/betreiber.yml as far
 * as it is filled in (a placeholder is never published), and the article the atlas rests on, as
 * the bibliography records it. Build-time only (reads the validated settings).
 */
import {DEFAULT_SOURCE} from '../content/entry-file.ts';
import {filled} from '../content/operator.ts';
import type {Bibliography, Operator} from '../content/schema.ts';
import {ATLAS_TITLE, LICENCE} from './atlas.ts';

/** The article every entry rests on, as the bibliography records it. */
export interface SourceArticle {
  author?: string;
  title?: string;
  year?: number;
  /** `Christiane Certa, „Möglichkeiten …“`, as the footer and /lizenz cite it. */
  citation: string;
}

export function sourceArticle(bibliography: Bibliography): SourceArticle {
  const work = bibliography[DEFAULT_SOURCE];
  if (!work) return {citation: DEFAULT_SOURCE};
  const who = work.author ?? work.organisation;
  const title = work.title ? `„${work.title}“` : work.cite;
  return {author: work.author, title: work.title, year: work.year, citation: [who, title].filter(Boolean).join(', ') + (work.year ? ` (${work.year})` : '')};
}

/** Shown as publisher while data/betreiber.yml still holds placeholders: nothing is invented. */
export const PUBLISHER_FALLBACK = 'Praxisatlas Neuzuwanderung (Betreiber noch nicht eingetragen)';

/** Who publishes the data: the operator as far as the settings are filled in. */
export interface Publisher {
  name: string;
  /** False while the operator's name is still a placeholder. */
  known: boolean;
  email?: string;
}

export function publisherOf(operator: Operator | undefined): Publisher {
  const name = filled(operator?.betreiber?.name);
  return {
    name: name ?? PUBLISHER_FALLBACK,
    known: name !== undefined,
    email: filled(operator?.kontakt?.email),
  };
}

/** How to credit the data (the licence's attribution), for the JSON header, the catalogue and /daten. */
export function attributionText(publisher: Publisher, article: SourceArticle): string {
  const by = publisher.known ? `${ATLAS_TITLE} (${publisher.name})` : ATLAS_TITLE;
  return `${by}, ${LICENCE.short}; auf Grundlage von ${article.citation}`;
}
