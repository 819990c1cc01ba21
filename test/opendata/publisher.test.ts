/**
 * The publisher in the open data is the operator of data/betreiber.yml once it is filled in, and a
 * plain „not yet entered“ while the shipped placeholders stand: a placeholder is never published.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {PLACEHOLDER_OPERATOR} from '../../src/content/operator';
import {operatorSchema} from '../../src/content/schema';
import {attributionText, publisherOf, PUBLISHER_FALLBACK, sourceArticle} from '../../src/opendata/publisher';
import {FIXTURES} from '../support/site';
import {content} from './support';

const filled = operatorSchema.parse(parse(fs.readFileSync(path.join(FIXTURES, 'operator/filled/data/betreiber.yml'), 'utf8')));
const article = sourceArticle(content().bibliography);

describe('publisherOf', () => {
  it('names the operator and its e-mail once they are entered', () => {
    expect(publisherOf(filled)).toEqual({name: 'Stadt Musterstadt, Sozialamt', known: true, email: 'praxisatlas@musterstadt.example'});
    expect(attributionText(publisherOf(filled), article)).toBe(
      'Praxisatlas Neuzuwanderung (Stadt Musterstadt, Sozialamt), CC BY 4.0; auf Grundlage von Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“',
    );
  });

  it('never publishes a placeholder', () => {
    const publisher = publisherOf(PLACEHOLDER_OPERATOR);
    expect(publisher).toEqual({name: PUBLISHER_FALLBACK, known: false, email: undefined});
    expect(attributionText(publisher, article)).not.toContain('AUSFÜLLEN');
  });
});
