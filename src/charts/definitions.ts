/**
 * The charts of „Zahlen und Fakten“. Each picks outcomes of one entry by their label, so a chart
 * shows only figures the text states (content-model.md: two points for Dortmund, never values
 * read off a figure we do not have). When an entry's labels change, the build fails with a
 * message naming the chart instead of drawing an empty one.
 */
import type {ChartDefinition} from './types.ts';

const startsWith = (prefix: string) => (o: {label: string}) => o.label.startsWith(prefix);

export const CHARTS: ChartDefinition[] = [
  {
    id: 'eu2-dortmund',
    title: 'EU2-Bürgerinnen und -Bürger in Dortmund',
    entry: 'eu2-zuwanderung-dortmund',
    select: (o) => o.label === 'EU2-Bürgerinnen und -Bürger in Dortmund',
    category: (o) => o.period ?? o.label,
    note: 'Die Quelle nennt im Text nur diese beiden Stichtage. Die Werte der Jahre dazwischen stehen nur in einer Abbildung des Artikels und werden hier nicht wiedergegeben.',
  },
  {
    id: 'eu2-deutschland',
    title: 'EU2-Bevölkerung in Deutschland',
    entry: 'eu2-zuwanderung-dortmund',
    select: startsWith('EU2-Bevölkerung in Deutschland'),
    category: (o) => o.period ?? o.label,
    note: 'Die Tabelle, auf die sich der Artikel stützt, umfasst die Jahre 2008 bis 2017; das Jahr des Ausgangswerts nennt der Text nicht ausdrücklich.',
  },
  {
    id: 'nordstadt-anteil',
    title: 'Anteil der EU2-Zugewanderten, die in der Dortmunder Nordstadt gemeldet sind',
    entry: 'eu2-zuwanderung-dortmund',
    select: startsWith('Anteil der in der Nordstadt gemeldeten'),
    category: (o) => o.period ?? o.label,
    note: 'Die Quelle gibt beide Werte als Untergrenze an („mehr als“, „gut die Hälfte“).',
  },
  {
    id: 'eu2-lebenslagen',
    title: 'EU2-Bevölkerung in Dortmund: Erwerbstätigkeit und Leistungsbezug',
    entry: 'lebenslagen-neuzugewanderter',
    select: (o) => o.unit === 'Prozent' && o.label.includes('EU2-Bevölkerung in Dortmund'),
    category: (o) => o.label.replace(/ der EU2-Bevölkerung in Dortmund/, ''),
    note: 'Der dritte Wert ist nicht gemessen, sondern ergibt sich nach dem Artikel als Rest aus den beiden ersten.',
  },
  {
    id: 'arbeitsmarkt-geringqualifizierte',
    title: 'Arbeitsuchende und offene Stellen für formal gering Qualifizierte in Dortmund',
    entry: 'lebenslagen-neuzugewanderter',
    select: (o) => /formal gering/.test(o.label),
    category: (o) => o.label.replace(/ in Dortmund.*$/, ''),
    note: 'Rechnerisch kommen damit auf eine offene Stelle mehr als 20 Arbeitsuchende.',
    mixedUnits: true,
  },
  {
    id: 'bip-pro-kopf',
    title: 'Bruttoinlandsprodukt pro Kopf 2017',
    entry: 'eu-erweiterung-armutsgefaelle',
    select: startsWith('Bruttoinlandsprodukt pro Kopf, '),
    category: (o) => o.label.replace('Bruttoinlandsprodukt pro Kopf, ', ''),
  },
  {
    id: 'eu2-italien-spanien',
    title: 'Zuwanderung aus den EU2-Staaten nach Italien und Spanien',
    entry: 'eu-erweiterung-armutsgefaelle',
    select: startsWith('Zuwanderung aus den EU2-Staaten nach '),
    category: (o) => `${o.label.replace('Zuwanderung aus den EU2-Staaten nach ', '').replace(/ \(.*\)$/, '')} ${o.period ?? ''}`.trim(),
    note: '2007 war für beide Länder der Höchstwert; danach verlagerte sich die Wanderung nach Deutschland.',
  },
];
