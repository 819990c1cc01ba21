/**
 * A deterministic corpus of German-like entries built from compounds, with queries whose
 * correct answers come from the generator, not from any search engine: every document knows
 * which nouns ("concepts") it mentions, alone or inside a compound, and which compound is its
 * topic (unique in the corpus).
 */
import type {SearchDoc, SearchDocType} from '../../src/search/types';
import {ADJECTIVES, CONNECTORS, NOUNS, VERBS} from './lexicon';
import {int, mulberry32, pick, type Random} from './prng';

export interface Compound {
  modifier: number;
  head: number;
  text: string;
  plural: string;
}

export interface SyntheticCorpus {
  docs: SearchDoc[];
  /** Per document: indices of the nouns it mentions. */
  concepts: Set<number>[];
  /** Per document: its topic compound. */
  topics: Compound[];
  /** Every compound text used anywhere, for unique-prefix checks. */
  compoundTexts: string[];
}

export interface LabelledQuery {
  q: string;
  kind: string;
  expected: string[];
}

const TYPES: SearchDocType[] = ['kontext', 'koordination', 'szenario', 'praxis', 'lektion'];
const FIELDS = ['arbeit', 'bildung', 'sprache', 'gesundheit', 'wohnen', 'kinder-jugend', 'existenzsicherung', 'nachbarschaft', 'teilhabe', 'steuerung'];

function compound(modifier: number, head: number): Compound {
  const m = NOUNS[modifier].m;
  return {modifier, head, text: m + NOUNS[head].s.toLowerCase(), plural: m + NOUNS[head].p.toLowerCase()};
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class DocWriter {
  readonly concepts = new Set<number>();
  readonly compounds: Compound[] = [];
  constructor(private readonly rnd: Random) {}

  noun(): string {
    const i = int(this.rnd, 0, NOUNS.length - 1);
    this.concepts.add(i);
    return this.rnd() < 0.5 ? NOUNS[i].s : NOUNS[i].p;
  }

  compound(c: Compound, plural = this.rnd() < 0.3): string {
    this.concepts.add(c.modifier).add(c.head);
    return plural ? c.plural : c.text;
  }

  sentence(extra: string): string {
    const r = this.rnd;
    return `${pick(r, CONNECTORS)} ${pick(r, VERBS)} die ${pick(r, ADJECTIVES)} ${extra} ${this.noun()} und ${this.noun()} für ${this.noun()}.`;
  }
}

export function generateCorpus(count: number, seed = 42): SyntheticCorpus {
  const rnd = mulberry32(seed);
  const n = NOUNS.length;
  const pairs = new Set<string>();
  const topics: Compound[] = [];
  while (topics.length < count) {
    const m = int(rnd, 0, n - 1);
    const h = int(rnd, 0, n - 1);
    if (m === h || pairs.has(`${m}/${h}`)) continue;
    pairs.add(`${m}/${h}`);
    topics.push(compound(m, h));
  }
  const secondaryPair = (): Compound => {
    for (;;) {
      const m = int(rnd, 0, n - 1);
      const h = int(rnd, 0, n - 1);
      if (m !== h && !pairs.has(`${m}/${h}`)) return compound(m, h);
    }
  };

  const docs: SearchDoc[] = [];
  const concepts: Set<number>[] = [];
  const texts = new Set<string>(topics.map((t) => t.text));
  topics.forEach((topic, i) => {
    const w = new DocWriter(rnd);
    const seconds = [secondaryPair(), secondaryPair(), secondaryPair()];
    seconds.forEach((c) => texts.add(c.text));
    const title = `${w.compound(topic, false)}: ${capitalise(pick(rnd, ADJECTIVES))} ${w.compound(seconds[0], false)} für ${w.noun()}`;
    const description = `${w.compound(topic)} ${pick(rnd, VERBS)} ${w.noun()} und ${w.compound(seconds[1])} in der ${pick(rnd, ADJECTIVES)} ${w.noun()}. ${w.sentence(w.noun())}`;
    const body: string[] = [];
    const sentences = int(rnd, 6, 10);
    for (let k = 0; k < sentences; k++) {
      const extra = k === 2 ? w.compound(topic) : k === 4 ? w.compound(seconds[2]) : k === 6 ? w.compound(seconds[1]) : w.noun();
      body.push(w.sentence(extra));
    }
    docs.push({
      id: `doc-${i}`,
      type: TYPES[i % TYPES.length],
      title,
      description,
      url: `/praxis/doc-${i}`,
      headings: ['Ziele', `Ergebnisse ${w.noun()}`],
      body: body.join(' '),
      labels: [w.noun(), w.noun()],
      fields: [pick(rnd, FIELDS)],
    });
    concepts.push(w.concepts);
  });
  return {docs, concepts, topics, compoundTexts: [...texts]};
}

const TRANSLIT: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue'};

function typo(rnd: Random, word: string): string {
  const i = int(rnd, 2, word.length - 3);
  const kind = int(rnd, 0, 2);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
}

function uniquePrefix(text: string, others: readonly string[], minLength: number): string | undefined {
  const lower = text.toLowerCase();
  for (let len = minLength; len < lower.length - 1; len++) {
    const p = lower.slice(0, len);
    if (others.filter((o) => o.toLowerCase().startsWith(p)).length === 1) return text.slice(0, len);
  }
  return undefined;
}

/** Queries of six kinds, equally many of each; `expected` is derived from the generator. */
export function generateQueries(corpus: SyntheticCorpus, count: number, seed = 7): LabelledQuery[] {
  const rnd = mulberry32(seed);
  const out: LabelledQuery[] = [];
  const kinds = ['compound', 'plural', 'umlaut', 'typo', 'prefix', 'parts'] as const;
  let guard = 0;
  while (out.length < count && guard++ < count * 20) {
    const kind = kinds[out.length % kinds.length];
    const d = int(rnd, 0, corpus.docs.length - 1);
    const topic = corpus.topics[d];
    const id = corpus.docs[d].id;
    if (kind === 'compound') out.push({q: topic.text, kind, expected: [id]});
    else if (kind === 'plural') out.push({q: topic.plural, kind, expected: [id]});
    else if (kind === 'umlaut') {
      if (!/[äöüß]/i.test(topic.text)) continue;
      out.push({q: topic.text.replace(/[äöüßÄÖÜ]/g, (c) => TRANSLIT[c]), kind, expected: [id]});
    } else if (kind === 'typo') out.push({q: typo(rnd, topic.text), kind, expected: [id]});
    else if (kind === 'prefix') {
      const p = uniquePrefix(topic.text, corpus.compoundTexts, NOUNS[topic.modifier].m.length + 2);
      if (p) out.push({q: p, kind, expected: [id]});
    } else {
      const a = topic.head;
      const b = topic.modifier;
      const expected = corpus.docs.filter((_, k) => corpus.concepts[k].has(a) && corpus.concepts[k].has(b)).map((x) => x.id);
      out.push({q: `${NOUNS[a].s} ${NOUNS[b].s}`, kind, expected});
    }
  }
  return out;
}
