/**
 * General German synonym groups from OpenThesaurus (LGPL-2.1-or-later, see THESAURUS-LICENSE.md),
 * reduced to the groups that touch the words of the atlas. Regenerate with
 * `npx tsx scripts/thesaurus.ts`.
 *
 * These groups are broad and not reviewed: a word appears in every group of each of its senses
 * ("Spitze" as peak, lace and jibe). They should weigh less than the curated groups of
 * data/synonyms.yml, which state what the atlas means by a word and always take precedence.
 */
import data from './thesaurus-de.json';

/** The OpenThesaurus groups, terms as spelled there ("wohnungslos", "ohne festen Wohnsitz"). */
export function thesaurusGroups(): string[][] {
  return data.groups.map((group) => [...group]);
}

/** Where the groups come from, e.g. "OpenThesaurus (Debian package openthesaurus-de-text 20160424-4)". */
export const THESAURUS_SOURCE: string = data.source;
