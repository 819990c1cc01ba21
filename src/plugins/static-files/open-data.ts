/**
 * /daten/eintraege.json, /daten/eintraege.csv, /daten/katalog.rdf: the open data, written after
 * Docusaurus has rendered the site, in the web build and the offline copy alike (the page /daten
 * links them in both). The files are generated from the content the gate passed (src/opendata/);
 * addresses in them are the web site's, also in the offline copy, which has none of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import {getHistory} from '../../content/history.ts';
import {buildDate} from '../../offline/date.ts';
import {webAddress} from '../../offline/site-options.ts';
import {newestDate, OPEN_DATA_FILES, OPEN_DATA_FOLDER} from '../../opendata/atlas.ts';
import {csvText, entriesCsvTable} from '../../opendata/csv.ts';
import {dcatCatalogue} from '../../opendata/dcat.ts';
import {entriesJson, entriesJsonText} from '../../opendata/json.ts';
import {publisherOf, sourceArticle} from '../../opendata/publisher.ts';
import type {StaticFileWriter} from './types.ts';

export const writeOpenData: StaticFileWriter = (ctx) => {
  const {content, outDir, siteDir} = ctx;
  const web = ctx.webAddress || webAddress(ctx.siteUrl, ctx.baseUrl);
  const histories = getHistory(siteDir, content.entries);
  const modified = newestDate(content.entries.map((e) => histories.get(e.path)?.lastChanged ?? e.lastReviewed)) ?? buildDate();
  const common = {webAddress: web, publisher: publisherOf(content.operator), article: sourceArticle(content.bibliography), modified};

  const folder = path.join(outDir, OPEN_DATA_FOLDER);
  fs.mkdirSync(folder, {recursive: true});
  const json = Buffer.from(entriesJsonText(entriesJson(content.entries, content.bibliography, {...common, generated: buildDate()})));
  const csv = Buffer.from(csvText(entriesCsvTable(content.entries, web)));
  fs.writeFileSync(path.join(folder, OPEN_DATA_FILES.json), json);
  fs.writeFileSync(path.join(folder, OPEN_DATA_FILES.csv), csv);
  fs.writeFileSync(path.join(folder, OPEN_DATA_FILES.rdf), dcatCatalogue({...common, entries: content.entries, byteSizes: {json: json.length, csv: csv.length}}));
};
