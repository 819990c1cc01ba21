/**
 * Synonym and abbreviation groups (data/synonyms.yml) and related words (data/begriffe.yml) are
 * analysed at build time and shipped in the index, so the browser needs neither the YAML files
 * nor a YAML parser. Every member of a synonym group stands for every other member at query
 * time; a related word only leads from the reader's word to the atlas's words.
 */
import {wordTerms} from './analyze';

/** Each group → each member → its terms ("Europäischer Sozialfonds" → two terms). */
export function analyzeSynonymGroups(groups: readonly (readonly string[])[]): string[][][] {
  const out: string[][][] = [];
  for (const group of groups) {
    const members = group.map((m) => wordTerms(m)).filter((terms) => terms.length > 0);
    const unique = [...new Map(members.map((m) => [m.join(' '), m])).values()];
    if (unique.length > 1) out.push(unique);
  }
  return out;
}

/** Each reader's word → its analysed terms and those of each related word; entries without terms are dropped. */
export function analyzeConcepts(concepts: readonly {wort: string; verwandt: readonly string[]}[]): [string[], string[][]][] {
  const out: [string[], string[][]][] = [];
  for (const {wort, verwandt} of concepts) {
    const key = wordTerms(wort);
    const targets = [...new Map(verwandt.map((v) => wordTerms(v)).filter((t) => t.length > 0 && t.join(' ') !== key.join(' ')).map((t) => [t.join(' '), t])).values()];
    if (key.length > 0 && targets.length > 0) out.push([key, targets]);
  }
  return out;
}

export interface SynonymLookup {
  /** Other members of every group that contains this term sequence (joined by spaces). */
  alternatives(key: string): string[][];
  /** Longest member, in terms: limits the n-grams a query has to try. */
  maxLength: number;
}

export function synonymLookup(groups: readonly (readonly (readonly string[])[])[]): SynonymLookup {
  const byKey = new Map<string, string[][]>();
  let maxLength = 1;
  for (const group of groups) {
    for (const member of group) {
      const key = member.join(' ');
      maxLength = Math.max(maxLength, member.length);
      const others = group.filter((m) => m !== member).map((m) => [...m]);
      byKey.set(key, [...(byKey.get(key) ?? []), ...others]);
    }
  }
  return {alternatives: (key) => byKey.get(key) ?? [], maxLength};
}

/** Related words in their one direction: the reader's word's terms → the atlas's words. */
export function conceptLookup(pairs: readonly (readonly [readonly string[], readonly (readonly string[])[]])[]): SynonymLookup {
  const byKey = new Map<string, string[][]>();
  let maxLength = 1;
  for (const [key, targets] of pairs) {
    maxLength = Math.max(maxLength, key.length);
    const k = key.join(' ');
    byKey.set(k, [...(byKey.get(k) ?? []), ...targets.map((t) => [...t])]);
  }
  return {alternatives: (key) => byKey.get(key) ?? [], maxLength};
}
