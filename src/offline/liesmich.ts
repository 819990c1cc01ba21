/**
 * LIESMICH.txt in the zip: how to open the copy, which day it shows, where the current version
 * lives. Written for someone on an office laptop who has never seen the site.
 */
import {germanDate} from './date.ts';
import {BRIEF_PDF, OFFLINE_ZIP, PLAYBOOK_PDF, zipRootFolder} from './names.ts';

export interface LiesmichInput {
  /** `YYYY-MM-DD` of the build. */
  date: string;
  /** The web address of the current version, ending with `/`. */
  webAddress: string;
  /** Whether the PDF is in the copy. */
  withPdf: boolean;
}

export function liesmichText({date, webAddress, withPdf}: LiesmichInput): string {
  const day = germanDate(date);
  const lines = [
    'Praxisatlas Neuzuwanderung – Offline-Kopie',
    '==========================================',
    '',
    `Stand: ${day}`,
    '',
    `Diese Kopie zeigt den Praxisatlas so, wie er am ${day} veröffentlicht war.`,
    'Sie funktioniert ohne Internet und ohne Installation.',
    '',
    'So öffnen Sie die Offline-Kopie',
    '-------------------------------',
    '1. Entpacken Sie die ZIP-Datei vollständig (Windows: Rechtsklick auf die',
    '   Datei, dann „Alle extrahieren …“). Aus der ZIP-Datei heraus, ohne',
    '   Entpacken, funktioniert sie nicht.',
    `2. Öffnen Sie im entpackten Ordner „${zipRootFolder(date)}“ die Datei`,
    '   „index.html“ mit einem Doppelklick. Sie öffnet sich in Ihrem Browser',
    '   (zum Beispiel Edge, Firefox oder Chrome).',
    '3. Alle Seiten, die Suche, der Maßnahmenkatalog mit seinen Filtern und die',
    '   Diagramme funktionieren offline. Die Adressen einzelner Seiten enthalten',
    '   ein „#“, zum Beispiel „index.html#/katalog“; auch sie können Sie als',
    '   Lesezeichen speichern. Nur Links zu anderen Websites brauchen Internet.',
    '',
  ];
  if (withPdf) {
    lines.push(
      'Zum Ausdrucken',
      '--------------',
      `„${PLAYBOOK_PDF}“ in diesem Ordner enthält das Koordinations-Playbook,`,
      'die Szenarien und die Lektionen mit Inhaltsverzeichnis und Seitenzahlen.',
      `„${BRIEF_PDF}“ ist die Tischvorlage: zwei Seiten für einen Ausschuss`,
      'oder den Verwaltungsvorstand.',
      '',
    );
  }
  lines.push(
    'Aktuelle Fassung',
    '----------------',
    'Diese Kopie wird nicht von selbst aktualisiert. Die aktuelle Fassung finden',
    'Sie im Web unter',
    '',
    `   ${webAddress}`,
    '',
    'Dort gibt es auch eine neue Offline-Kopie zum Herunterladen:',
    '',
    `   ${webAddress}${OFFLINE_ZIP}`,
    '',
    'Lizenz',
    '------',
    'Texte: CC BY 4.0 (Übernahme und Bearbeitung mit Namensnennung erlaubt).',
    'Code: MIT. Einzelheiten stehen auf der Seite „Lizenz“ (index.html#/lizenz).',
    '',
  );
  return lines.join('\n');
}

/**
 * The file's bytes: UTF-8 with byte order mark and CRLF line ends, so that even old Windows
 * editors show the umlauts and the line breaks.
 */
export function liesmichFile(input: LiesmichInput): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${liesmichText(input).replace(/\n/g, '\r\n')}`);
}
