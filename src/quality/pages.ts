/**
 * The pages the browser checks look at (axe, keyboard, labels, loading without errors), with the
 * German name the accessibility statement gives each. One list: the tests run over it and
 * /barrierefreiheit says which pages were checked, so the statement cannot claim more than ran.
 * One page of every kind the site has, so a broken component shows up wherever it is used.
 */
export interface CheckedPage {
  /** Path with query string, as the tests open it. */
  path: string;
  /** How the statement names it. */
  label: string;
}

export const CHECKED_PAGES: readonly CheckedPage[] = [
  {path: '/', label: 'Startseite'},
  {path: '/katalog', label: 'Katalog'},
  {path: '/suche?q=Wohnungsmarkt', label: 'Suche mit Treffern'},
  // A glossary term: the answer card above the results.
  {path: '/suche?q=Anlaufstelle', label: 'Suche mit Antwort aus dem Glossar'},
  {path: '/praxis/clearingstelle-gesundheit', label: 'ein Praxis-Eintrag'},
  {path: '/szenarien/szenario-qualifizierung', label: 'ein Szenario'},
  {path: '/koordination/netzwerk-neuzuwanderung', label: 'ein Schritt des Koordinations-Playbooks'},
  // Has a Mermaid diagram, drawn in the browser after the text.
  {path: '/koordination/steuerungsstruktur', label: 'ein Schritt mit Diagramm'},
  {path: '/lektionen/offene-fragen', label: 'eine Lektion'},
  {path: '/kontext/eu2-zuwanderung-dortmund', label: 'ein Kontext-Eintrag'},
  {path: '/handlungsfelder/gesundheit', label: 'die Seite eines Handlungsfelds'},
  {path: '/akteure/freie-traeger', label: 'die Seite einer Akteursgruppe'},
  {path: '/blog', label: 'Blog'},
  {path: '/glossar', label: 'Glossar'},
  {path: '/selbstcheck', label: 'Selbstcheck'},
  {path: '/zahlen', label: 'Zahlen und Fakten'},
  {path: '/felder', label: 'Felder und Werte'},
  {path: '/pruefung-faellig', label: 'Prüfung fällig'},
  {path: '/beitragen', label: 'Mitmachen'},
  // A long form: every control labelled, messages tied to fields.
  {path: '/beitragen/eintrag', label: 'Eintrags-Assistent'},
  {path: '/lizenz', label: 'Lizenz'},
  {path: '/barrierefreiheit', label: 'diese Erklärung zur Barrierefreiheit'},
  {path: '/evidenz', label: 'Belegstärke'},
  {path: '/tischvorlage', label: 'Tischvorlage'},
  {path: '/daten', label: 'Offene Daten'},
  {path: '/impressum', label: 'Impressum'},
  {path: '/datenschutz', label: 'Datenschutzerklärung'},
  {path: '/einfache-sprache', label: 'Erklärung in Einfacher Sprache'},
];
