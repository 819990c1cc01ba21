/**
 * The client shape of an entry for catalog cards, filters and facet pages: values only (labels
 * come from the vocabularies in the browser), serialisable, without the text.
 */
import type {EntryType} from '../content/schema.ts';
import type {actors, fields, funding, levels, statuses} from '../content/vocabularies.ts';

export type FieldValue = keyof typeof fields;
export type ActorValue = keyof typeof actors;
export type LevelValue = keyof typeof levels;
export type StatusValue = keyof typeof statuses;
export type FundingValue = keyof typeof funding;

export interface CatalogEntry {
  id: string;
  type: EntryType;
  url: string;
  title: string;
  description: string;
  city: string;
  fields: FieldValue[];
  actors: ActorValue[];
  levels: LevelValue[];
  status?: StatusValue;
  funding: FundingValue[];
  since?: number;
  until?: number;
  /** ISO date `YYYY-MM-DD`. */
  lastReviewed: string;
  /**
   * ISO date `YYYY-MM-DD` of the last change, from Git (src/content/history.ts; `lastReviewed`
   * where Git cannot tell). Only the catalogue page's data has it; elsewhere the sort uses `lastReviewed`.
   */
  lastChanged?: string;
  /** Extra search words from the frontmatter, for the text filter. */
  keywords: string[];
}
