/**
 * What the page /daten shows, computed at build time from the same functions that write the
 * files: the preview is the first rows of the real CSV table, the column list is the CSV's own.
 * The page's chunk gets plain data only (no schema, no zod in the browser).
 */
import type {LoadResult} from '../content/index.ts';
import {LICENCE, OPEN_DATA_FILES, OPEN_DATA_FOLDER, openDataHref, type OpenDataFormat} from './atlas.ts';
import {CSV_COLUMNS, CSV_DELIMITER, entriesCsvTable, LIST_SEPARATOR} from './csv.ts';
import {DISTRIBUTIONS} from './dcat.ts';
import {attributionText, publisherOf, sourceArticle} from './publisher.ts';

export const PREVIEW_ROWS = 5;
/** Columns a reader recognises at a glance; the full list is below the preview. */
export const PREVIEW_COLUMNS = ['id', 'type_label', 'title', 'city', 'fields_label', 'last_reviewed'];

export interface OpenDataFile {
  format: OpenDataFormat;
  file: string;
  /** `daten/<file>`: under the web address, the file's permanent address. */
  path: string;
  href: string;
  title: string;
  description: string;
}

export interface OpenDataPageData {
  count: number;
  files: OpenDataFile[];
  preview: {header: string[]; rows: string[][]; totalColumns: number};
  columns: {name: string; label: string}[];
  csv: {delimiter: string; listSeparator: string};
  licence: {name: string; short: string; url: string};
  attribution: string;
  article: string;
}

const CATALOGUE = {
  title: 'Katalog nach DCAT-AP.de (RDF/XML)',
  description: 'Beschreibt die beiden Dateien nach dem deutschen Metadatenstandard DCAT-AP.de 2.0, damit Landesportale und GovData den Atlas einsammeln (harvesten) können.',
};

export function openDataPageData(content: Pick<LoadResult, 'entries' | 'bibliography' | 'operator'>, where: {offline: boolean; baseUrl: string}): OpenDataPageData {
  // page_url is not among the preview columns, so the route's base URL serves as the address.
  const table = entriesCsvTable(content.entries, where.baseUrl);
  const keep = PREVIEW_COLUMNS.map((name) => table.header.indexOf(name)).filter((i) => i >= 0);
  const file = (format: OpenDataFormat, text: {title: string; description: string}): OpenDataFile => ({format, file: OPEN_DATA_FILES[format], path: `${OPEN_DATA_FOLDER}/${OPEN_DATA_FILES[format]}`, href: openDataHref(format, where), title: text.title, description: text.description});
  return {
    count: content.entries.length,
    files: [file('csv', DISTRIBUTIONS.csv), file('json', DISTRIBUTIONS.json), file('rdf', CATALOGUE)],
    preview: {header: keep.map((i) => table.header[i]), rows: table.rows.slice(0, PREVIEW_ROWS).map((row) => keep.map((i) => row[i])), totalColumns: table.header.length},
    columns: CSV_COLUMNS.map(({name, label}) => ({name, label})),
    csv: {delimiter: CSV_DELIMITER, listSeparator: LIST_SEPARATOR},
    licence: {name: LICENCE.name, short: LICENCE.short, url: LICENCE.deedUrl},
    attribution: attributionText(publisherOf(content.operator), sourceArticle(content.bibliography)),
    article: sourceArticle(content.bibliography).citation,
  };
}
