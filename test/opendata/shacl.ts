/**
 * Validates an RDF/XML catalogue against the official DCAT-AP.de 2.0 SHACL shapes (committed in
 * test/fixtures/dcat-ap-de/, see its README), the way the official validator does: the shapes of
 * one profile, and the vocabularies the shapes import merged into the data, since the checks of
 * controlled vocabularies (`skos:inScheme`) look at the data graph. The test cannot download the
 * vocabularies; vokabulare.ttl holds the concepts the catalogue uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import {Parser, Store, type Quad} from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import {RdfXmlParser} from 'rdfxml-streaming-parser';

export const DCAT_AP_DE = path.resolve(__dirname, '../fixtures/dcat-ap-de');

/** The profiles of Releases/DCAT-AP.de V2.0/shacl/README.md, with their files in its order. */
export const PROFILES = {
  /** „DCAT-AP.de 2.0 – Spezifikation“. */
  spezifikation: ['dcat-ap-de-imports.ttl', 'dcat-ap-spec-german-messages.ttl', 'dcat-ap-spec-german-additions.ttl', 'dcat-ap-de-deprecated.ttl', 'dcat-ap_2.1.1_shacl_shapes.ttl'],
  /** „DCAT-AP.de 2.0 – Spezifikation + Konventionen“. */
  konventionen: ['dcat-ap-de-imports.ttl', 'dcat-ap-spec-german-messages.ttl', 'dcat-ap-spec-german-additions.ttl', 'dcat-ap-de-deprecated.ttl', 'dcat-ap-konventionen.ttl', 'dcat-ap_2.1.1_shacl_shapes.ttl'],
} as const;
export type Profile = keyof typeof PROFILES;

const SH = 'http://www.w3.org/ns/shacl#';

export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  /** The shape's German message where it has one. */
  message: string;
  focusNode: string;
  path?: string;
  shape: string;
}

function turtle(file: string): Quad[] {
  return new Parser({baseIRI: `file://${file}`}).parse(fs.readFileSync(file, 'utf8'));
}

export function parseRdfXml(text: string, baseIRI = 'https://example.invalid/'): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({baseIRI});
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

/** What the imports file asks for: the test provides these through vokabulare.ttl or not at all. */
export function importedIris(): string[] {
  return turtle(path.join(DCAT_AP_DE, 'shapes/dcat-ap-de-imports.ttl'))
    .filter((q) => q.predicate.value === 'http://www.w3.org/2002/07/owl#imports')
    .map((q) => q.object.value);
}

export async function validateCatalogue(rdfXml: string, profile: Profile): Promise<ShaclResult[]> {
  const shapes = new Store(PROFILES[profile].flatMap((f) => turtle(path.join(DCAT_AP_DE, 'shapes', f))));
  const data = new Store([...(await parseRdfXml(rdfXml)), ...turtle(path.join(DCAT_AP_DE, 'vokabulare.ttl'))]);
  const known = new Set(importedIris());
  const validator = new SHACLValidator(shapes, {
    // The vocabularies are in the data already (see above); an import the file does not list is a change of the shapes to look at.
    importGraph: (iri) => {
      if (!known.has(iri.value)) throw new Error(`Unerwarteter owl:imports in den Shapes: ${iri.value}`);
      return new Store();
    },
  });
  const report = await validator.validate(data);
  return report.results.map((r) => {
    const messages = r.message as {value: string; language?: string}[];
    return {
      severity: r.severity.value.replace(SH, '') as ShaclResult['severity'],
      message: (messages.find((m) => m.language === 'de') ?? messages[0])?.value ?? '',
      focusNode: r.focusNode.value,
      path: r.path?.value,
      shape: r.sourceShape.value,
    };
  });
}

/** One readable line per result, for assertion messages. */
export function describe(results: readonly ShaclResult[]): string {
  return results.map((r) => `${r.severity}: ${r.message} [${r.path ?? '–'} an ${r.focusNode}]`).join('\n');
}
