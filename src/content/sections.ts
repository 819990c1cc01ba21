/** The German section headings each entry type is written in (scaffolder, forms, reviewers). */
import type {EntryType} from './schema.ts';

export interface SectionTemplate {
  heading: string;
  /** What belongs here: shown as placeholder text by the scaffolder. */
  hint: string;
  /** A missing required section is a warning (POLICY.missingSection). Default: required. */
  optional?: boolean;
}

export const SECTIONS: Record<EntryType, SectionTemplate[]> = {
  praxis: [
    {heading: 'Worum es geht', hint: 'Die Maßnahme in zwei, drei Sätzen: was sie tut und für wen.'},
    {heading: 'Ausgangslage', hint: 'Welches Problem vor Ort war der Anlass?'},
    {heading: 'Vorgehen', hint: 'Wie die Maßnahme arbeitet, Schritt für Schritt.'},
    {heading: 'Beteiligte', hint: 'Wer trägt, wer finanziert, wer arbeitet mit?'},
    {heading: 'Ergebnisse', hint: 'Was erreicht wurde, mit Zahlen aus der Quelle.'},
    {heading: 'Schwierigkeiten', hint: 'Was die Quelle an Problemen berichtet: beendete Förderung, offene Forderungen, Grenzen. Nur, wenn die Quelle davon berichtet.', optional: true},
    {heading: 'Übertragbarkeit', hint: 'Was eine andere Stadt für den Start braucht: Partner, Geld, Rechtsgrundlage, Stolpersteine.'},
    {heading: 'Quellen', hint: 'Worauf der Eintrag beruht und was die Quelle offenlässt.'},
  ],
  szenario: [
    {heading: 'Ausgangslage', hint: 'Welcher Bedarf hinter dem Szenario steht.'},
    {heading: 'Ziele', hint: 'Was das Szenario erreichen will.'},
    {heading: 'Handlungsansätze', hint: 'Welche Wege der Handlungsrahmen beschreibt.'},
    {heading: 'Zuständige Ebenen und Akteure', hint: 'Kommune, Land, Bund, EU, Herkunftsstaaten: wer ist gefragt?'},
    {heading: 'Umsetzung in Dortmund', hint: 'Welche Maßnahmen das Szenario umsetzen (mit Links).'},
    {heading: 'Übertragbarkeit', hint: 'Was eine andere Stadt daraus machen kann.'},
  ],
  koordination: [
    {heading: 'Was geschah', hint: 'Der Schritt: wann, warum, wie.'},
    {heading: 'Wer war beteiligt', hint: 'Die Beteiligten und ihre Rollen.'},
    {heading: 'Ergebnis', hint: 'Was am Ende stand.'},
    {heading: 'Worauf es ankommt', hint: 'Was eine andere Stadt bei diesem Schritt beachten sollte.'},
    {heading: 'Nächster Schritt', hint: 'Ein Satz und ein Link zum nächsten Schritt.'},
  ],
  lektion: [
    {heading: 'Worum es geht', hint: 'Die Bedingung, Frage oder Empfehlung.'},
    {heading: 'Warum es wichtig ist', hint: 'Was ohne sie schiefgeht.'},
    {heading: 'Wie es in Dortmund aussah', hint: 'Das Beispiel aus Dortmund.'},
    {heading: 'Was eine Stadt als Erstes tun kann', hint: 'Ein erster, konkreter Schritt.'},
  ],
  kontext: [
    {heading: 'Überblick', hint: 'Die Lage in wenigen Sätzen.'},
    {heading: 'Zahlen und Entwicklung', hint: 'Die Zahlen aus der Quelle, mit Zeitraum (eigene Zwischenüberschriften sind willkommen).', optional: true},
    {heading: 'Was das für Kommunen bedeutet', hint: 'Die Folgen für die Arbeit vor Ort.'},
  ],
};
