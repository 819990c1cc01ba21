/**
 * A deliberately short stop list: articles, conjunctions, particles and the most frequent
 * prepositions and auxiliaries. Words that carry meaning in this domain stay searchable:
 * "für", "gegen", "ohne", "nicht", "kein", "muss", "kann", "soll", "über", "unter".
 * Stored folded, because lookup happens after folding.
 */
import {fold} from './fold';

const STOP_WORDS = [
  'der', 'die', 'das', 'den', 'dem', 'des',
  'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'und', 'oder', 'sowie', 'aber', 'doch', 'dass', 'daß', 'ob', 'wenn', 'weil', 'als', 'auch', 'so',
  'zu', 'zum', 'zur', 'im', 'in', 'ins', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'vom', 'von', 'mit', 'nach', 'vor',
  'es', 'er', 'sie', 'wir', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem', 'sich', 'man',
  'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'hatten',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem',
];

const STOP = new Set(STOP_WORDS.map(fold));

/** Expects a folded word. */
export function isStopWord(folded: string): boolean {
  return STOP.has(folded);
}

/**
 * Words that are indexed and scored but never required of a result: a page about Roma
 * counselling should not be dropped for a query "Beratung für Roma" because it lacks "für".
 */
const WEAK_WORDS = new Set(
  ['für', 'gegen', 'ohne', 'nicht', 'kein', 'keine', 'muss', 'müssen', 'kann', 'können', 'soll', 'sollen', 'über', 'unter', 'wie', 'was', 'wer', 'wo', 'wann', 'warum', 'welche', 'gibt'].map(fold),
);

export function isWeakWord(folded: string): boolean {
  return WEAK_WORDS.has(folded);
}

/**
 * Words of a question or a request that say how someone asks, not what about: "wie fange ich
 * an", "was tun bei …", "wer hilft mir". Dropped from a query that has other words; a query made
 * only of them keeps them (a reader may look for the word itself).
 */
const QUESTION_WORDS = new Set(
  [
    'wie', 'was', 'wer', 'wen', 'wem', 'wo', 'wann', 'warum', 'wieso', 'weshalb', 'welche', 'welcher', 'welches', 'welchen', 'womit', 'wozu', 'woran', 'wobei',
    'ich', 'mir', 'mich', 'mein', 'meine', 'meinen', 'meiner', 'du', 'dir', 'dich', 'uns', 'unser', 'unsere', 'unseren', 'euch',
    'tun', 'tut', 'mache', 'machen', 'macht', 'gibt', 'geht', 'kriege', 'kriegen', 'kriegt', 'bekomme', 'bekommen', 'bitte', 'eigentlich', 'denn', 'eine', 'man',
    'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'braucht', 'brauche', 'brauchen',
  ].map(fold),
);

export function isQuestionWord(folded: string): boolean {
  return QUESTION_WORDS.has(folded);
}

/**
 * Particles of separable verbs at the end of a question ("wie fange ich an" = anfangen, "wer
 * nimmt sie auf" = aufnehmen): the query side joins them to the verb when the index knows the
 * joined word.
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(['an', 'auf', 'aus', 'ein', 'mit', 'vor', 'zu', 'ab', 'los', 'nach', 'bei', 'weg', 'zurück', 'fest', 'her', 'hin', 'um'].map(fold));
