/** Short forms of an entry's title and teaser for overviews. */

/**
 * The first sentence of a teaser. A sentence ends at `.`, `!` or `?` before a space and a capital
 * letter or opening quote; a period after an abbreviation („z. B.“, „u. a.“, „J.“) does not end it.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  for (const m of t.matchAll(/[.!?](?=\s+[\p{Lu}\d„"])/gu)) {
    const head = t.slice(0, m.index + 1);
    // „z. B.“, „u. a.“, „J.“ or an ordinal („2. Schritt“).
    if (m[0] === '.' && /(?:^|[\s(])(?:\p{Ll}{1,2}|\p{Lu}|\d+)\.$/u.test(head)) continue;
    return head;
  }
  return t;
}

/**
 * One line for an overview: the first sentence, and when that runs longer than `max` characters,
 * only its part before a colon or semicolon, closed with a full stop.
 */
export function teaserLine(text: string, max = 150): string {
  const sentence = firstSentence(text);
  if (sentence.length <= max) return sentence;
  const cut = sentence.search(/[:;] /);
  return cut > 0 ? `${sentence.slice(0, cut)}.` : sentence;
}

/** The part of a title before a colon: „Überörtlich vernetzen: Land, …“ → „Überörtlich vernetzen“. */
export function shortTitle(title: string): string {
  const i = title.indexOf(': ');
  return i > 0 ? title.slice(0, i) : title;
}

/** The title without a leading label such as „Gelingensbedingung: “. */
export function withoutPrefix(title: string, prefix: string): string {
  return title.startsWith(`${prefix}: `) ? title.slice(prefix.length + 2) : title;
}
