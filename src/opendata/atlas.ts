/**
 * What every open-data file says about the atlas as a whole — title, licence, where the files lie,
 * page addresses — in one place, so the JSON header, the DCAT catalogue, the JSON-LD of the pages
 * and the /daten page cannot drift apart. No imports: entry pages load it (EntryJsonLd), and it
 * must not pull the schema into their chunk. Who publishes and what to credit: publisher.ts.
 */

export const ATLAS_TITLE = 'Praxisatlas Neuzuwanderung';
export const ATLAS_DESCRIPTION =
  'Geprüfte Einträge zur Dortmunder Gesamtstrategie Neuzuwanderung für andere Kommunen: Koordinations-Playbook, Lösungsszenarien, Maßnahmen aus der Praxis, Gelingensbedingungen und Hintergrund zur Zuwanderung aus Südosteuropa – mit Handlungsfeldern, Akteuren, Zahlen und Quellen.';

/** The licence of the texts; `dcatUri` is its IRI in the DCAT-AP.de licence vocabulary (Konvention 31). */
export const LICENCE = {
  name: 'Creative Commons Namensnennung 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  deedUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  dcatUri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
} as const;

/** Where the files lie in the built site: `<outDir>/daten/…`, next to the page /daten. */
export const OPEN_DATA_FOLDER = 'daten';
export const OPEN_DATA_FILES = {json: 'eintraege.json', csv: 'eintraege.csv', rdf: 'katalog.rdf'} as const;
export type OpenDataFormat = keyof typeof OPEN_DATA_FILES;

/**
 * A file's link on a page: relative to index.html in the offline copy (file:// has no root, the
 * same rule as the PDF links in site-options.ts), under the base URL on the web.
 */
export function openDataHref(format: OpenDataFormat, where: {offline: boolean; baseUrl: string}): string {
  const file = `${OPEN_DATA_FOLDER}/${OPEN_DATA_FILES[format]}`;
  return where.offline ? `./${file}` : `${where.baseUrl}${file}`;
}

/** A file's permanent web address, for the catalogue and the JSON header (also in the offline copy). */
export function openDataUrl(format: OpenDataFormat, webAddress: string): string {
  return `${webAddress}${OPEN_DATA_FOLDER}/${OPEN_DATA_FILES[format]}`;
}

/** An entry's page on the web: `webAddress` ends with `/`, `path` is the entry's `/praxis/x`. */
export function pageUrl(webAddress: string, path: string): string {
  return `${webAddress}${path.replace(/^\/+/, '')}`;
}

/** The latest of some `YYYY-MM-DD` dates (they sort as text), or undefined for none. */
export function newestDate(dates: readonly string[]): string | undefined {
  return dates.length ? [...dates].sort().at(-1) : undefined;
}
