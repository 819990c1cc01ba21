/**
 * Synonym and abbreviation groups (data/synonyms.yml) are analysed at build time and shipped
 * in the index, so the browser needs neither the YAML file nor a YAML parser.
 * Every member of a group stands for every other member at query time.
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
