/**
 * daten/katalog.rdf: a DCAT-AP.de 2.0 catalogue in RDF/XML, so a Land portal or GovData can
 * harvest the atlas like any other open dataset. One catalogue, one dataset (the atlas), one
 * distribution per data file. Checked in test/opendata/dcat.test.ts against the official SHACL
 * shapes of DCAT-AP.de 2.0 (test/fixtures/dcat-ap-de/). Every value is escaped (xml.ts).
 *
 * Vocabulary IRIs are the ones DCAT-AP.de requires: EU data themes and file types, the licence list
 * of dcat-ap.de, the political geocoding of dcat-ap.de (Konventionen 8, 9, 11, 31, 32).
 */
import type {Entry} from '../content/normalize.ts';
import {ATLAS_DESCRIPTION, ATLAS_TITLE, LICENCE, OPEN_DATA_FOLDER, openDataUrl, pageUrl, type OpenDataFormat} from './atlas.ts';
import {attributionText, type Publisher, type SourceArticle} from './publisher.ts';
import {xmlEscape} from './xml.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EU = 'http://publications.europa.eu/resource/authority/';
const GEOCODING = 'http://dcat-ap.de/def/politicalGeocoding/';

/** EU data themes: the atlas describes social policy („Bevölkerung und Gesellschaft“) of a city government („Regierung und öffentlicher Sektor“). */
export const THEMES = [`${EU}data-theme/SOCI`, `${EU}data-theme/GOVE`];
export const LANGUAGE = `${EU}language/DEU`;

/** Terms that find the atlas in a portal, before the Handlungsfelder of its entries. */
const KEYWORDS = ['Neuzuwanderung', 'Zuwanderung aus Südosteuropa', 'EU2', 'Integration', 'Kommune', 'Sozialplanung', 'Vernetzung'];

/** Per data file: format, media type and how the catalogue names it. */
export const DISTRIBUTIONS: Record<Exclude<OpenDataFormat, 'rdf'>, {format: string; mediaType: string; title: string; description: string}> = {
  json: {
    format: `${EU}file-type/JSON`,
    mediaType: 'http://www.iana.org/assignments/media-types/application/json',
    title: 'Alle Einträge als JSON',
    description: 'Alle Einträge mit sämtlichen Feldern, den deutschen Bezeichnungen der Werte, der Adresse der Seite und dem Text; dazu die Bibliografie.',
  },
  csv: {
    format: `${EU}file-type/CSV`,
    mediaType: 'http://www.iana.org/assignments/media-types/text/csv',
    title: 'Alle Einträge als CSV-Tabelle',
    description: 'Eine Zeile je Eintrag; UTF-8 mit BOM, Semikolon als Trennzeichen, Listen mit „ | “ verbunden.',
  },
};

/**
 * Places the catalogue can name by IRI, by an entry's `city`. Dortmund: the Regionalschlüssel of
 * dcat-ap.de (Konvention 8; the URI also stands in dct:spatial, Konvention 11); Germany: the EU
 * country list. Other values go into the describing text only.
 */
export const PLACES: Record<string, {spatial: string; geocoding?: {uri: string; level: string}}> = {
  Dortmund: {spatial: `${GEOCODING}regionalKey/059130000000`, geocoding: {uri: `${GEOCODING}regionalKey/059130000000`, level: `${GEOCODING}Level/municipality`}},
  Deutschland: {spatial: `${EU}country/DEU`},
};

export interface CatalogueInput {
  entries: readonly Entry[];
  /** The web site's address, ending with `/`. */
  webAddress: string;
  publisher: Publisher;
  article: SourceArticle;
  /** `YYYY-MM-DD`: the newest change (or review) among the entries. */
  modified: string;
  /** Sizes of the written files, when known. */
  byteSizes?: Partial<Record<keyof typeof DISTRIBUTIONS, number>>;
  /**
   * `dcatde:contributorID`: only for a catalogue delivered directly to GovData (Konvention 12). A
   * portal that harvests this one adds its own; the atlas has none of its own.
   */
  contributorId?: string;
}

/** The years the entries' facts cover: earliest and latest of `since`, `until` and `as_of`. */
export function coveredYears(entries: readonly Entry[]): {from: number; to: number} | undefined {
  const years = entries.flatMap((e) => [e.since, e.until, e.asOf ? Number(e.asOf.slice(0, 4)) : undefined]).filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
  return years.length ? {from: Math.min(...years), to: Math.max(...years)} : undefined;
}

/** The cities of the entries, most entries first, then alphabetically. */
export function coveredCities(entries: readonly Entry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.city, (counts.get(e.city) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de')).map(([city]) => city);
}

function keywords(entries: readonly Entry[]): string[] {
  const fields = entries.flatMap((e) => e.fields.map((f) => f.label));
  return [...new Set([...KEYWORDS, ...coveredCities(entries).filter((c) => c in PLACES), ...fields.sort((a, b) => a.localeCompare(b, 'de'))])];
}

type Line = string | false | undefined;
const indent = (depth: number, lines: Line[]) => lines.filter((l): l is string => typeof l === 'string').map((l) => `${'  '.repeat(depth)}${l}`);
const text = (tag: string, value: string) => `<${tag} xml:lang="de">${xmlEscape(value)}</${tag}>`;
const ref = (tag: string, iri: string) => `<${tag} rdf:resource="${xmlEscape(iri)}"/>`;
const typed = (tag: string, value: string, type: string) => `<${tag} rdf:datatype="${XSD}${type}">${xmlEscape(value)}</${tag}>`;

function distribution(kind: keyof typeof DISTRIBUTIONS, input: CatalogueInput): string[] {
  const d = DISTRIBUTIONS[kind];
  const url = openDataUrl(kind, input.webAddress);
  const size = input.byteSizes?.[kind];
  return [
    '<dcat:distribution>',
    `  <dcat:Distribution rdf:about="${xmlEscape(`${url}#distribution`)}">`,
    ...indent(2, [
      text('dct:title', d.title),
      text('dct:description', d.description),
      ref('dcat:accessURL', url),
      ref('dcat:downloadURL', url),
      ref('dct:format', d.format),
      ref('dcat:mediaType', d.mediaType),
      ref('dct:license', LICENCE.dcatUri),
      text('dcatde:licenseAttributionByText', attributionText(input.publisher, input.article)),
      ref('dct:language', LANGUAGE),
      typed('dct:modified', input.modified, 'date'),
      size !== undefined && typed('dcat:byteSize', String(size), 'decimal'),
    ]),
    '  </dcat:Distribution>',
    '</dcat:distribution>',
  ];
}

function dataset(input: CatalogueInput, iri: string, publisherIri: string): string[] {
  const {entries, webAddress, publisher, article} = input;
  const years = coveredYears(entries);
  const cities = coveredCities(entries);
  const places = cities.flatMap((c) => (PLACES[c] ? [PLACES[c]] : []));
  return [
    `<dcat:Dataset rdf:about="${xmlEscape(iri)}">`,
    ...indent(1, [
      text('dct:title', `${ATLAS_TITLE}: Einträge zur kommunalen Gesamtstrategie Neuzuwanderung`),
      text('dct:description', `${ATLAS_DESCRIPTION} ${entries.length} Einträge. Grundlage: ${article.citation}.`),
      `<dct:identifier>${xmlEscape(iri)}</dct:identifier>`,
      ...keywords(entries).map((k) => text('dcat:keyword', k)),
      ...THEMES.map((t) => ref('dcat:theme', t)),
      ref('dct:publisher', publisherIri),
      '<dcat:contactPoint>',
      `  <vcard:Kind rdf:about="${xmlEscape(pageUrl(webAddress, '/impressum#kontakt'))}">`,
      `    <vcard:fn>${xmlEscape(publisher.name)}</vcard:fn>`,
      publisher.email && `    ${ref('vcard:hasEmail', `mailto:${publisher.email}`)}`,
      // The legal notice always exists and names the operator's ways of contact (Konvention 1).
      `    ${ref('vcard:hasURL', pageUrl(webAddress, '/impressum'))}`,
      '  </vcard:Kind>',
      '</dcat:contactPoint>',
      ref('dcat:landingPage', pageUrl(webAddress, `/${OPEN_DATA_FOLDER}`)),
      ref('dct:language', LANGUAGE),
      typed('dct:modified', input.modified, 'date'),
      ...(years
        ? ['<dct:temporal>', '  <dct:PeriodOfTime>', `    ${typed('dcat:startDate', String(years.from), 'gYear')}`, `    ${typed('dcat:endDate', String(years.to), 'gYear')}`, '  </dct:PeriodOfTime>', '</dct:temporal>']
        : []),
      ...places.map((p) => ref('dct:spatial', p.spatial)),
      ...places.flatMap((p) => (p.geocoding ? [ref('dcatde:politicalGeocodingURI', p.geocoding.uri), ref('dcatde:politicalGeocodingLevelURI', p.geocoding.level)] : [])),
      cities.length > 0 && text('dcatde:geocodingDescription', cities.join(', ')),
      // A literal, as the GovData conventions accept it (an IRI or a literal), not a dct:ProvenanceStatement node.
      text('dct:provenance', `Aufbereitet aus dem Artikel von ${article.citation}, und den dort zitierten Werken; jeder Eintrag nennt seine Quellen mit Abschnitt.`),
      input.contributorId && ref('dcatde:contributorID', input.contributorId),
      ...distribution('json', input),
      ...distribution('csv', input),
    ]),
    '</dcat:Dataset>',
  ];
}

/** The catalogue's text. Deterministic: every date comes from the input. */
export function dcatCatalogue(input: CatalogueInput): string {
  const catalogueIri = `${openDataUrl('rdf', input.webAddress)}#katalog`;
  const datasetIri = `${openDataUrl('rdf', input.webAddress)}#eintraege`;
  // The legal notice names the operator: the publisher's IRI points there.
  const publisherIri = pageUrl(input.webAddress, '/impressum#betreiber');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rdf:RDF',
    '    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
    '    xmlns:dcat="http://www.w3.org/ns/dcat#"',
    '    xmlns:dct="http://purl.org/dc/terms/"',
    '    xmlns:dcatde="http://dcat-ap.de/def/dcatde/"',
    '    xmlns:foaf="http://xmlns.com/foaf/0.1/"',
    '    xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
    ...indent(1, [
      `<dcat:Catalog rdf:about="${xmlEscape(catalogueIri)}">`,
      ...indent(1, [
        text('dct:title', `${ATLAS_TITLE} – offene Daten`),
        text('dct:description', `Offene Daten des ${ATLAS_TITLE}: alle Einträge als JSON und CSV unter ${LICENCE.short}.`),
        ref('dct:publisher', publisherIri),
        ref('foaf:homepage', input.webAddress),
        ref('dct:language', LANGUAGE),
        typed('dct:modified', input.modified, 'date'),
        ref('dcat:themeTaxonomy', `${EU}data-theme`),
        ref('dcat:dataset', datasetIri),
      ]),
      '</dcat:Catalog>',
      ...dataset(input, datasetIri, publisherIri),
      `<foaf:Agent rdf:about="${xmlEscape(publisherIri)}">`,
      `  <foaf:name>${xmlEscape(input.publisher.name)}</foaf:name>`,
      '</foaf:Agent>',
    ]),
    '</rdf:RDF>',
    '',
  ];
  return lines.join('\n');
}
