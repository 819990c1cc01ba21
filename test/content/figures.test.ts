/**
 * Every figure the source states appears, correctly, in the entry where a reader would look for
 * it: as an `outcomes` value or in the text, written the German way (8.515, 511,8).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import type {Entry} from '../../src/content/normalize';
import {REPO, TODAY} from '../support/site';

const {entries} = loadEntries(REPO, {today: TODAY});
const byId = new Map(entries.map((e) => [e.id, e]));
const de = new Intl.NumberFormat('de-DE');

/** [entry id, figure as the source gives it, what it is] */
const FIGURES: [string, number, string][] = [
  ['eu-erweiterung-armutsgefaelle', 92800, 'BIP pro Kopf Luxemburg 2017 (€)'],
  ['eu-erweiterung-armutsgefaelle', 7100, 'BIP pro Kopf Bulgarien 2017 (€)'],
  ['eu-erweiterung-armutsgefaelle', 39500, 'BIP pro Kopf Deutschland 2017 (€)'],
  ['eu-erweiterung-armutsgefaelle', 28, 'EU-Mitgliedstaaten 2017'],
  ['eu-erweiterung-armutsgefaelle', 511.8, 'Einwohner der EU 2017 (Mio.)'],
  ['eu-erweiterung-armutsgefaelle', 284805, 'EU2-Zuwanderung Italien 2007'],
  ['eu-erweiterung-armutsgefaelle', 228973, 'EU2-Zuwanderung Spanien 2007'],
  ['eu-erweiterung-armutsgefaelle', 86460, 'EU2-Zuwanderung Italien 2012'],
  ['eu-erweiterung-armutsgefaelle', 33500, 'EU2-Zuwanderung Spanien 2012'],
  ['eu2-zuwanderung-dortmund', 131402, 'EU2-Bevölkerung Deutschland, Beginn der Reihe'],
  ['eu2-zuwanderung-dortmund', 933195, 'EU2-Bevölkerung Deutschland 2017'],
  ['eu2-zuwanderung-dortmund', 573, 'EU2-Bürger Dortmund Ende 2006'],
  ['eu2-zuwanderung-dortmund', 8515, 'EU2-Bürger Dortmund Ende 2017'],
  ['eu2-zuwanderung-dortmund', 60, 'Anteil Nordstadt 2014 (über 60 %)'],
  ['eu2-zuwanderung-dortmund', 50, 'Anteil Nordstadt aktuell (gut 50 %)'],
  ['lebenslagen-neuzugewanderter', 17000, 'Arbeitsuchende im Bereich gering Qualifizierter'],
  ['lebenslagen-neuzugewanderter', 700, 'offene Stellen'],
  ['lebenslagen-neuzugewanderter', 34, 'EU2-Erwerbstätigen- und Leistungsempfängerquote (%)'],
  ['lebenslagen-neuzugewanderter', 30, 'weder erwerbstätig noch im Leistungsbezug (%)'],
  ['anlaufstelle-willkommen-europa', 1000, 'in Erwerbsarbeit vermittelt 2016–2017'],
  ['neun-schritte-verfahren', 1000, 'in Erwerbsarbeit vermittelt 2016–2017'],
  ['dualer-studiengang-armut-migration', 52, 'eingesetzte Studierende'],
  ['netzwerk-neuzuwanderung', 70, 'Fachleute im Netzwerk'],
  ['netzwerk-neuzuwanderung', 20, 'Akteure im Netzwerk'],
  ['clearingstelle-gesundheit', 6, 'Krankenversicherer'],
  ['integrationskurse-eu-zugewanderte', 4, 'Pilotstädte'],
];

function mentions(e: Entry, n: number): boolean {
  if (e.outcomes.some((o) => o.value === n)) return true;
  const text = fs.readFileSync(path.join(REPO, e.path), 'utf8');
  const written = de.format(n);
  const words: Record<number, string> = {4: 'vier', 6: 'sechs'};
  return new RegExp(`(^|[^\\d.,])${written.replace('.', '\\.')}(?![\\d]|,\\d)`).test(text) || (words[n] !== undefined && new RegExp(`\\b${words[n]}\\b`, 'i').test(text));
}

describe('figures from the source', () => {
  it.each(FIGURES)('%s states %d (%s)', (id, n) => {
    const e = byId.get(id);
    expect(e, id).toBeDefined();
    expect(mentions(e!, n)).toBe(true);
  });

  it('puts the Dortmund and German EU2 figures into outcomes, so charts can use them', () => {
    const values = byId.get('eu2-zuwanderung-dortmund')!.outcomes.map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining([573, 8515, 131402, 933195]));
  });

  it('never writes a figure as a three-decimal number (8.515 read as 8,515)', () => {
    for (const e of entries) for (const o of e.outcomes) expect(String(o.value), `${e.id}: ${o.label}`).not.toMatch(/^\d{1,3}\.\d{3}$/);
  });
});

describe('related links', () => {
  it('go both ways', () => {
    const related = new Map(entries.map((e) => [e.id, new Set(e.related.map((r) => r.id))]));
    const oneWay = entries.flatMap((e) => e.related.filter((r) => !related.get(r.id)!.has(e.id)).map((r) => `${r.id} → ${e.id} fehlt`));
    expect(oneWay).toEqual([]);
  });

  it('tie every measure to at least one scenario', () => {
    const loose = entries.filter((e) => e.type === 'praxis' && !e.related.some((r) => r.type === 'szenario')).map((e) => e.id);
    expect(loose).toEqual([]);
  });
});

/**
 * Each recurring fact has one home entry that states it in full; another entry that mentions it
 * links to the home (in `related` or in its text) instead of standing alone with a retold fact.
 */
const FACT_HOMES: [RegExp, string, string][] = [
  [/\b17\.000\b/, 'lebenslagen-neuzugewanderter', 'Arbeitsuchende gegenüber 700 offenen Stellen'],
  [/\b34 (Prozent|%)/, 'lebenslagen-neuzugewanderter', 'Erwerbstätigen- und Leistungsempfängerquote'],
  [/Kindergeld/, 'lebenslagen-neuzugewanderter', 'Kindergeld und Krankenversicherung'],
  [/\b8\.515\b|\b933\.195\b/, 'eu2-zuwanderung-dortmund', 'EU2-Bevölkerung Dortmund und Deutschland'],
  [/\b92\.800\b|\b7\.100\b/, 'eu-erweiterung-armutsgefaelle', 'BIP pro Kopf'],
  [/Fortschrittsbericht/, 'eu-erweiterung-armutsgefaelle', 'Fortschrittsberichte 1997'],
  [/Plovdiv/, 'kooperation-plovdiv', 'Kooperation mit Plovdiv'],
  [/Willkommensklasse/, 'schule-und-bildung', 'Willkommensklassen'],
  [/Verschneidung/, 'verschneidung-eu2-fluechtlingszuwanderung', 'Verschneidung'],
];

describe('fact homes', () => {
  const linksTo = (e: Entry, home: string) => e.related.some((r) => r.id === home) || byId.get(home)!.backlinks.some((b) => b.id === e.id);

  it.each(FACT_HOMES)('%s: stated in %s; every other entry that mentions it links there (%s)', (pattern, home) => {
    const h = byId.get(home);
    expect(h, home).toBeDefined();
    expect(pattern.test(fs.readFileSync(path.join(REPO, h!.path), 'utf8'))).toBe(true);
    const stray = entries.filter((e) => e.id !== home && pattern.test(fs.readFileSync(path.join(REPO, e.path), 'utf8')) && !linksTo(e, home)).map((e) => e.id);
    expect(stray).toEqual([]);
  });
});
