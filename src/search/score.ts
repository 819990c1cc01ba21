/**
 * lunr's scoring over the prepared postings: one query vector (each term's summed boosts),
 * its dot product with every matching document's field vectors (prepared.ts holds the
 * per-term sums of those), divided by the query vector's length, exactly as
 * lunr.Index#query computes it when every clause searches all fields.
 * Also records which slots each document matched, for coverage ranking.
 */
import type {Slot} from './expand';
import type {PreparedIndex} from './prepared';

export interface SlotScores {
  scores: Float64Array;
  /** Bit i set: the document contains one of slot i's terms. */
  masks: Int32Array;
  /** Documents with any match, in order of first match. */
  touched: number[];
}

export function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Documents containing every term of a group: intersection of sorted postings. */
function docsWithAll(index: PreparedIndex, ids: readonly number[]): number[] {
  const lists = ids.map((id) => index.postings(id).docs).sort((a, b) => a.length - b.length);
  return Array.from(lists[0] ?? []).filter((doc) => lists.every((l) => indexOfDoc(l, doc) >= 0));
}

/** Position of doc in a sorted postings list, or -1. */
export function indexOfDoc(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] < doc) lo = mid + 1;
    else hi = mid;
  }
  return docs[lo] === doc ? lo : -1;
}

const known = (index: PreparedIndex, id: number) => id >= 0 && id < index.terms.length;

export function scoreSlots(index: PreparedIndex, slots: readonly Slot[]): SlotScores {
  const n = index.docCount;
  const scores = new Float64Array(n);
  const masks = new Int32Array(n);
  const touched: number[] = [];
  const seen = new Uint8Array(n);
  const mark = (doc: number, bit: number) => {
    if (!seen[doc]) {
      seen[doc] = 1;
      touched.push(doc);
    }
    masks[doc] |= bit;
  };
  const queryVector = new Map<number, number>();
  let groupNorm = 0;
  slots.forEach((slot, i) => {
    for (const [id, boost] of slot.alternatives) {
      // Like lunr, a term the index does not have adds nothing, not even to the query length.
      if (!known(index, id)) continue;
      queryVector.set(id, (queryVector.get(id) ?? 0) + boost);
      const {docs} = index.postings(id);
      for (let k = 0; k < docs.length; k++) mark(docs[k], 1 << i);
    }
    // Soft terms score like the others but cover nothing (see expand.ts addRelated).
    for (const [id, boost] of slot.soft) {
      if (!known(index, id)) continue;
      queryVector.set(id, (queryVector.get(id) ?? 0) + boost);
      const {docs} = index.postings(id);
      for (let k = 0; k < docs.length; k++) mark(docs[k], 0);
    }
    // A group scores like its terms would, but only in documents that have all of them.
    for (const group of slot.groups) {
      if (!group.ids.every((id) => known(index, id))) continue;
      groupNorm += group.ids.length * group.boost * group.boost;
      for (const doc of docsWithAll(index, group.ids)) {
        mark(doc, 1 << i);
        for (const id of group.ids) {
          const p = index.postings(id);
          scores[doc] += group.boost * p.weights[indexOfDoc(p.docs, doc)];
        }
      }
    }
  });
  let norm = groupNorm;
  for (const [id, q] of queryVector) {
    norm += q * q;
    const {docs, weights} = index.postings(id);
    for (let k = 0; k < docs.length; k++) scores[docs[k]] += q * weights[k];
  }
  norm = Math.sqrt(norm) || 1;
  for (const d of touched) scores[d] /= norm;
  return {scores, masks, touched};
}
