/**
 * schema.org JSON-LD for an entry's page: an `Article` about the measure or topic, so search
 * engines and linked-data tools read title, Handlungsfelder, city, date, licence and sources
 * without parsing the page. Pure, for components/EntryJsonLd and the tests.
 *
 * The JSON goes into a <script> element as raw text, and entries are contributor content: a title
 * with „</script>“ must not end the element. scriptJson() escapes `<`, `>`, `&` and the two line
 * separators JavaScript once refused, as \uXXXX; JSON.parse reads them back unchanged.
 */
import type {ClientEntry} from '../content/client.ts';
import {ATLAS_TITLE, LICENCE, pageUrl} from './atlas.ts';

export type JsonLdEntry = Pick<ClientEntry, 'title' | 'description' | 'url' | 'city' | 'fields' | 'sources' | 'lastReviewed' | 'history' | 'keywords'>;

type Json = string | number | boolean | null | Json[] | {[key: string]: Json};

function citation(source: ClientEntry['sources'][number]): {[key: string]: Json} {
  const author = source.author ? {'@type': 'Person', name: source.author} : source.organisation ? {'@type': 'Organization', name: source.organisation} : undefined;
  return {
    '@type': 'CreativeWork',
    name: source.title ?? source.cite,
    ...(author ? {author} : {}),
    ...(source.year ? {datePublished: String(source.year)} : {}),
    ...(source.publisher ? {publisher: {'@type': 'Organization', name: source.publisher}} : {}),
    ...(source.url ? {url: source.url} : {}),
  };
}

/** The page's Article; `webAddress` is the web site's address ending with `/`. */
export function entryJsonLd(entry: JsonLdEntry, webAddress: string): {[key: string]: Json} {
  const url = pageUrl(webAddress, entry.url);
  // One citation per work: an entry may cite the same article for several sections.
  const works = [...new Map(entry.sources.map((s) => [s.ref, s])).values()];
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: entry.title,
    description: entry.description,
    inLanguage: 'de',
    about: entry.fields.map((f) => ({
      '@type': 'DefinedTerm',
      name: f.label,
      termCode: f.value,
      url: pageUrl(webAddress, `/handlungsfelder/${f.value}`),
      inDefinedTermSet: {'@type': 'DefinedTermSet', name: 'Handlungsfelder', url: pageUrl(webAddress, '/felder')},
    })),
    ...(entry.keywords.length ? {keywords: entry.keywords.join(', ')} : {}),
    spatialCoverage: {'@type': 'Place', name: entry.city},
    dateModified: entry.history?.lastChanged ?? entry.lastReviewed,
    license: LICENCE.url,
    citation: works.map(citation),
    isPartOf: {'@type': 'WebSite', name: ATLAS_TITLE, url: webAddress},
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON for the text of a <script type="application/ld+json">: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
