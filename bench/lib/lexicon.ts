/**
 * German nouns for the synthetic corpus: singular, plural and the form used in front of
 * another noun in a compound (with its linking element: Wohnung-s-, Kind-er-, Schul-).
 */
export interface Noun {
  s: string;
  p: string;
  /** Modifier form: "Wohnungs" in "Wohnungsmarkt". */
  m: string;
}

const RAW = `
Wohnung Wohnungen Wohnungs|Markt Märkte Markt|Zugang Zugänge Zugangs|Arbeit Arbeiten Arbeits|Schule Schulen Schul
Kind Kinder Kinder|Gesundheit Gesundheiten Gesundheits|Beratung Beratungen Beratungs|Stelle Stellen Stellen|Kurs Kurse Kurs
Sprache Sprachen Sprach|Integration Integrationen Integrations|Versicherung Versicherungen Versicherungs|Netzwerk Netzwerke Netzwerk|Amt Ämter Amts
Hilfe Hilfen Hilfs|Familie Familien Familien|Jugend Jugenden Jugend|Bildung Bildungen Bildungs|Förderung Förderungen Förder
Mittel Mittel Mittel|Projekt Projekte Projekt|Träger Träger Träger|Stadt Städte Stadt|Quartier Quartiere Quartiers
Nachbarschaft Nachbarschaften Nachbarschafts|Verwaltung Verwaltungen Verwaltungs|Zentrum Zentren Zentrums|Dienst Dienste Dienst|Angebot Angebote Angebots
Leistung Leistungen Leistungs|Recht Rechte Rechts|Schutz Schutze Schutz|Ordnung Ordnungen Ordnungs|Verein Vereine Vereins
Gruppe Gruppen Gruppen|Plan Pläne Plan|Strategie Strategien Strategie|Konzept Konzepte Konzept|Bericht Berichte Berichts
Kosten Kosten Kosten|Fonds Fonds Fonds|Programm Programme Programm|Raum Räume Raum|Haus Häuser Haus
Miete Mieten Miet|Vertrag Verträge Vertrags|Lohn Löhne Lohn|Betrieb Betriebe Betriebs|Ausbildung Ausbildungen Ausbildungs
Studium Studien Studien|Klinik Kliniken Klinik|Arzt Ärzte Arzt|Pflege Pflegen Pflege|Kultur Kulturen Kultur
Sport Sporte Sport|Verkehr Verkehre Verkehrs|Umwelt Umwelten Umwelt|Energie Energien Energie|Wasser Wasser Wasser
Garten Gärten Garten|Straße Straßen Straßen|Platz Plätze Platz|Brücke Brücken Brücken|Hafen Häfen Hafen
Grenze Grenzen Grenz|Reise Reisen Reise|Frage Fragen Frage|Übergang Übergänge Übergangs|Ergebnis Ergebnisse Ergebnis
Sicherheit Sicherheiten Sicherheits|Schuld Schulden Schulden|Kasse Kassen Kassen|Lehrer Lehrer Lehrer|Klasse Klassen Klassen
Frau Frauen Frauen|Mann Männer Männer|Eltern Eltern Eltern|Mutter Mütter Mutter|Vater Väter Vater
Kirche Kirchen Kirchen|Gemeinde Gemeinden Gemeinde|Rat Räte Rats|Tag Tage Tages|Woche Wochen Wochen
Monat Monate Monats|Jahr Jahre Jahres|Zeit Zeiten Zeit|Geld Gelder Geld|Bank Banken Bank
Termin Termine Termin|Antrag Anträge Antrags|Konto Konten Konto|Ausweis Ausweise Ausweis|Meldung Meldungen Melde
Praxis Praxen Praxis|Team Teams Team|Leitung Leitungen Leitungs|Sitzung Sitzungen Sitzungs|Forum Foren Forums
Küche Küchen Küchen|Werkstatt Werkstätten Werkstatt|Labor Labore Labor|Zimmer Zimmer Zimmer|Keller Keller Keller
Nacht Nächte Nacht|Winter Winter Winter|Sommer Sommer Sommer|Wald Wälder Wald|Feld Felder Feld
Brief Briefe Brief|Karte Karten Karten|Buch Bücher Bücher|Zeitung Zeitungen Zeitungs|Radio Radios Radio
Bahn Bahnen Bahn|Auto Autos Auto|Fahrrad Fahrräder Fahrrad|Schiff Schiffe Schiffs|Flug Flüge Flug
`;

export const NOUNS: readonly Noun[] = RAW.split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean)
  .map((entry) => {
    const [s, p, m] = entry.split(/\s+/);
    return {s, p, m};
  });

export const ADJECTIVES = ['neue', 'regionale', 'gemeinsame', 'kommunale', 'offene', 'frühe', 'mobile', 'soziale', 'digitale', 'lokale', 'zentrale', 'ehrenamtliche'];

export const VERBS = ['unterstützt', 'begleitet', 'verbessert', 'stärkt', 'organisiert', 'prüft', 'fördert', 'plant', 'verbindet', 'öffnet', 'sichert', 'erweitert'];

export const CONNECTORS = ['Dabei', 'Außerdem', 'Zugleich', 'Seit dem Start', 'Im Ergebnis', 'Vor Ort', 'Gemeinsam mit Partnern', 'Nach wie vor'];
