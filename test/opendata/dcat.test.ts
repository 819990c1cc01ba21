/**
 * daten/katalog.rdf against the official DCAT-AP.de 2.0 SHACL shapes (test/fixtures/dcat-ap-de/):
 * the catalogue of the real content has no finding in the profile „Spezifikation“, and in
 * „Spezifikation + Konventionen“ only what a directly delivering portal adds (contributor ID) and
 * the recommended publication date. Broken catalogues (named fixtures) show the findings the
 * shapes are there for, so a green test is not a validator that checks nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {coveredYears, dcatCatalogue, type CatalogueInput} from '../../src/opendata/dcat';
import {publisherOf, sourceArticle} from '../../src/opendata/publisher';
import {DCAT_AP_DE, describe as explain, importedIris, parseRdfXml, validateCatalogue, type ShaclResult} from './shacl';
import {content, HOSTILE, WEB} from './support';

const DCT = 'http://purl.org/dc/terms/';
const real = content();

function input(result = real, extra: Partial<CatalogueInput> = {}): CatalogueInput {
  return {entries: result.entries, webAddress: WEB, publisher: publisherOf(result.operator), article: sourceArticle(result.bibliography), modified: '2026-12-07', byteSizes: {json: 1000, csv: 900}, ...extra};
}
const fixture = (name: string) => fs.readFileSync(path.join(DCAT_AP_DE, 'kaputt', name), 'utf8');
const summary = (results: ShaclResult[]) => results.map((r) => `${r.severity} ${r.path ?? ''}`).sort();

describe('the catalogue of the real content', () => {
  const rdf = dcatCatalogue(input());

  it('is RDF/XML with one catalogue, one dataset and two distributions', async () => {
    const quads = await parseRdfXml(rdf);
    const typed = (cls: string) => quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === `http://www.w3.org/ns/dcat#${cls}`).length;
    expect([typed('Catalog'), typed('Dataset'), typed('Distribution')]).toEqual([1, 1, 2]);
    const licences = quads.filter((q) => q.predicate.value === `${DCT}license`).map((q) => q.object.value);
    expect(licences).toEqual(['http://dcat-ap.de/def/licenses/cc-by/4.0', 'http://dcat-ap.de/def/licenses/cc-by/4.0']);
  });

  it('passes the profile „DCAT-AP.de 2.0 – Spezifikation“ without any finding', async () => {
    const results = await validateCatalogue(rdf, 'spezifikation');
    expect(results, explain(results)).toEqual([]);
  }, 60_000);

  it('passes „Spezifikation + Konventionen“ but for the contributor ID and the publication date', async () => {
    const results = await validateCatalogue(rdf, 'konventionen');
    expect(summary(results), explain(results)).toEqual([`Violation http://dcat-ap.de/def/dcatde/contributorID`, `Warning ${DCT}issued`]);
  }, 60_000);

  it('passes the conventions with a contributor ID, as a portal delivering to GovData would add it', async () => {
    const results = await validateCatalogue(dcatCatalogue(input(real, {contributorId: 'http://dcat-ap.de/def/contributors/openNRW'})), 'konventionen');
    expect(summary(results), explain(results)).toEqual([`Warning ${DCT}issued`]);
  }, 60_000);

  it('covers the years of the entries’ facts and names Dortmund by its key', async () => {
    expect(coveredYears(real.entries)).toEqual({from: 2007, to: 2018});
    expect(rdf).toContain('<dcat:startDate rdf:datatype="http://www.w3.org/2001/XMLSchema#gYear">2007</dcat:startDate>');
    expect(rdf).toContain('<dct:spatial rdf:resource="http://dcat-ap.de/def/politicalGeocoding/regionalKey/059130000000"/>');
  });
});

describe('broken catalogues', () => {
  it('the complete fixture has no finding (the control)', async () => {
    const results = await validateCatalogue(fixture('vollstaendig.rdf'), 'spezifikation');
    expect(results, explain(results)).toEqual([]);
  }, 60_000);

  it('a dataset without dct:title is a violation', async () => {
    const results = await validateCatalogue(fixture('ohne-titel.rdf'), 'spezifikation');
    expect(summary(results)).toEqual([`Violation ${DCT}title`]);
    expect(results[0].message).toBe('dcat:Dataset: dct:title MUSS vorhanden und ein Literal sein.');
  }, 60_000);

  it('a catalogue without dct:publisher is a violation, and so is a dataset without one under the conventions', async () => {
    expect(summary(await validateCatalogue(fixture('ohne-herausgeber.rdf'), 'spezifikation'))).toEqual([`Violation ${DCT}publisher`]);
    const conventions = await validateCatalogue(fixture('ohne-herausgeber.rdf'), 'konventionen');
    expect(conventions.filter((r) => r.severity === 'Violation').map((r) => r.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('K36: dcat:Dataset: dct:publisher MUSS verwendet werden.')]),
    );
  }, 60_000);

  it('a licence outside the dcat-ap.de list is a warning, and a violation of Konvention 31', async () => {
    const spec = await validateCatalogue(fixture('fremde-lizenz.rdf'), 'spezifikation');
    expect(spec.map((r) => [r.severity, r.focusNode, r.message])).toEqual([
      ['Warning', 'https://creativecommons.org/licenses/by/4.0/', 'dcat:Distribution: dct:license SOLL folgendes Vokabular benutzten: https://www.dcat-ap.de/def/licenses/'],
    ]);
    const conventions = await validateCatalogue(fixture('fremde-lizenz.rdf'), 'konventionen');
    expect(conventions.some((r) => r.severity === 'Violation' && r.message.startsWith('K31:'))).toBe(true);
  }, 60_000);
});

describe('contributed and operator text in the catalogue', () => {
  it('stays text: the hostile entry and an operator name with markup parse back unchanged and validate', async () => {
    const hostile = content(HOSTILE);
    const operator = {...hostile.operator, betreiber: {...hostile.operator.betreiber, name: 'Stadt <Beispiel> & "Partner" ]]>'}, kontakt: {email: 'atlas@beispiel.example'}};
    const rdf = dcatCatalogue(input({...hostile, operator}));
    const quads = await parseRdfXml(rdf);
    expect(quads.find((q) => q.predicate.value === 'http://xmlns.com/foaf/0.1/name')?.object.value).toBe('Stadt <Beispiel> & "Partner" ]]>');
    expect(quads.find((q) => q.predicate.value === 'http://dcat-ap.de/def/dcatde/geocodingDescription')?.object.value).toBe('@Dortmund <Süd>');
    expect(quads.some((q) => q.object.value === 'mailto:atlas@beispiel.example')).toBe(true);
    const results = await validateCatalogue(rdf, 'spezifikation');
    expect(results, explain(results)).toEqual([]);
  }, 60_000);
});

describe('the committed shapes', () => {
  it('import exactly the vocabularies README.md lists, and the test supplies the ones the catalogue uses', () => {
    const readme = fs.readFileSync(path.join(DCAT_AP_DE, 'README.md'), 'utf8');
    for (const iri of importedIris()) expect(readme, iri).toContain(iri);
  });
});
