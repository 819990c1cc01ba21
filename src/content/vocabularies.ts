/**
 * Controlled vocabularies: the values authors type, the German labels readers see, and a
 * one-line description for facet pages, the field reference and the forms.
 * The enum types of the schema are derived from these objects; a new value is one line here.
 */

export interface VocabularyTerm {
  /** German label shown to readers. */
  readonly label: string;
  /** One German sentence: what this value means. */
  readonly description: string;
}

type Vocabulary<K extends string> = Readonly<Record<K, VocabularyTerm>>;

function vocabulary<const K extends string>(terms: Vocabulary<K>): Vocabulary<K> {
  return terms;
}

/** Entry types. Folder and URL segment per type are in `types.ts`. */
export const entryTypes = vocabulary({
  kontext: {label: 'Kontext', description: 'Hintergrund: EU-Erweiterung, Zahlen und Lebenslagen der Neuzugewanderten.'},
  koordination: {label: 'Koordination', description: 'Ein Schritt des Koordinations-Playbooks: wie das Netzwerk entstand und gesteuert wird.'},
  szenario: {label: 'Szenario', description: 'Eines der sechs Lösungsszenarien des Handlungsrahmens Zuwanderung Südosteuropa.'},
  praxis: {label: 'Praxis', description: 'Eine konkrete Maßnahme oder ein Projekt, mit Ergebnissen und Hinweisen zur Übertragung.'},
  lektion: {label: 'Lektion', description: 'Gelingensbedingung, offene Frage oder Empfehlung für andere Kommunen.'},
});

/** Handlungsfelder. */
export const fields = vocabulary({
  arbeit: {label: 'Arbeit und Qualifizierung', description: 'Zugang zu Erwerbsarbeit, Beratung, Qualifizierung und Vermittlung.'},
  bildung: {label: 'Bildung und Schule', description: 'Schule, Willkommensklassen, Übergänge und berufliche Bildung.'},
  sprache: {label: 'Sprache', description: 'Deutschkurse, Integrationskurse und muttersprachliche Beratung.'},
  gesundheit: {label: 'Gesundheit', description: 'Krankenversicherungsschutz, medizinische Versorgung und Gesundheitsdienste.'},
  wohnen: {label: 'Wohnen', description: 'Zugang zu Wohnraum, Problemimmobilien und Schutz vor Mietwucher.'},
  'kinder-jugend': {label: 'Kinder und Jugendliche', description: 'Kinderrechte, Jugendhilfe, frühe Förderung und Familienbegleitung.'},
  existenzsicherung: {label: 'Existenzsicherung', description: 'Sicherung des Lebensunterhalts, Sozialleistungen und Nothilfen.'},
  nachbarschaft: {label: 'Nachbarschaft und Miteinander', description: 'Zusammenleben im Quartier, Dialog und sozialer Frieden.'},
  teilhabe: {label: 'Teilhabe und Selbstorganisation', description: 'Mitwirkung der Zugewanderten, Selbstorganisationen und politische Beteiligung.'},
  steuerung: {label: 'Steuerung und Vernetzung', description: 'Koordination, Netzwerke, Gremien und strategische Steuerung.'},
  'schutz-ordnung': {label: 'Schutz vor Ausbeutung und Ordnungsrecht', description: 'Schutz vor Ausbeutung auf Arbeits- und Wohnungsmarkt sowie ordnungsrechtliche Fragen.'},
  transnational: {label: 'Zusammenarbeit mit Herkunftsstaaten', description: 'Kooperation mit Behörden und Organisationen in den Herkunftsländern.'},
});

/** Kinds of actors. */
export const actors = vocabulary({
  kommune: {label: 'Stadtverwaltung', description: 'Ämter, Dezernate und Gremien der Kommune.'},
  'freie-traeger': {label: 'Freie Träger und Wohlfahrtsverbände', description: 'Wohlfahrtsverbände, Vereine und andere nichtstädtische Träger sozialer Arbeit.'},
  land: {label: 'Land', description: 'Landesregierung, Landesministerien und Landesprogramme.'},
  bund: {label: 'Bund', description: 'Bundesregierung, Bundesministerien und Bundesbehörden.'},
  eu: {label: 'Europäische Union', description: 'Organe und Förderprogramme der Europäischen Union.'},
  herkunftsstaat: {label: 'Herkunftsstaaten', description: 'Behörden, Botschaften und Organisationen der Herkunftsländer.'},
  hochschule: {label: 'Hochschule', description: 'Hochschulen und Fachhochschulen in Lehre und Forschung.'},
  schule: {label: 'Schulen', description: 'Allgemein- und berufsbildende Schulen.'},
  arbeitsverwaltung: {label: 'Jobcenter und Arbeitsagentur', description: 'Jobcenter und Agentur für Arbeit.'},
  krankenversicherung: {label: 'Krankenversicherungen', description: 'Gesetzliche und private Krankenkassen.'},
  'polizei-justiz': {label: 'Polizei und Justiz', description: 'Polizei, Staatsanwaltschaft und Gerichte.'},
  kammern: {label: 'Kammern', description: 'Industrie- und Handelskammern, Handwerkskammern und andere Kammern.'},
  gewerkschaft: {label: 'Gewerkschaften', description: 'Gewerkschaften und ihre Beratungsstellen.'},
  wohnungswirtschaft: {label: 'Wohnungswirtschaft', description: 'Wohnungsunternehmen, Vermieterinnen und Vermieter.'},
  sprachkurstraeger: {label: 'Sprachkursträger', description: 'Träger von Deutsch- und Integrationskursen.'},
  selbstorganisation: {label: 'Selbstorganisationen', description: 'Vereine und Initiativen von Zugewanderten.'},
  ehrenamt: {label: 'Ehrenamt', description: 'Freiwillig Engagierte und ehrenamtliche Initiativen.'},
  politik: {label: 'Politische Gremien', description: 'Rat, Ausschüsse und andere politische Gremien.'},
  gesundheitswesen: {label: 'Kliniken, Ärzteschaft und Gesundheitsdienste', description: 'Krankenhäuser, Praxen und der öffentliche Gesundheitsdienst.'},
  bildungstraeger: {label: 'Bildungsträger', description: 'Träger beruflicher Bildung und Qualifizierung.'},
  'kommunale-spitzenverbaende': {label: 'Städtetag und kommunale Spitzenverbände', description: 'Deutscher Städtetag, Landkreistag und Städte- und Gemeindebund.'},
});

/** Government levels. */
export const levels = vocabulary({
  kommune: {label: 'Kommune', description: 'Die Stadt oder der Kreis vor Ort.'},
  land: {label: 'Land', description: 'Das Bundesland.'},
  bund: {label: 'Bund', description: 'Die Bundesebene.'},
  eu: {label: 'EU', description: 'Die Europäische Union.'},
  herkunftsstaat: {label: 'Herkunftsstaat', description: 'Die Staaten, aus denen Menschen zuwandern.'},
});

/** Status of a measure, as of the entry's `as_of`. */
export const statuses = vocabulary({
  geplant: {label: 'Geplant', description: 'Die Maßnahme ist beschlossen oder in Vorbereitung, aber noch nicht gestartet.'},
  laufend: {label: 'Laufend', description: 'Die Maßnahme läuft.'},
  beendet: {label: 'Beendet', description: 'Die Maßnahme ist abgeschlossen oder ihre Finanzierung wurde eingestellt.'},
});

/** Funding sources. */
export const funding = vocabulary({
  esf: {label: 'Europäischer Sozialfonds (ESF)', description: 'Mittel des Europäischen Sozialfonds, auch über Landesprogramme.'},
  landesmittel: {label: 'Landesmittel', description: 'Förderung aus dem Landeshaushalt.'},
  bundesmittel: {label: 'Bundesmittel', description: 'Förderung aus dem Bundeshaushalt.'},
  bamf: {label: 'BAMF', description: 'Mittel des Bundesamts für Migration und Flüchtlinge.'},
  ehap: {label: 'EHAP', description: 'Europäischer Hilfsfonds für die am stärksten benachteiligten Personen.'},
  kommunal: {label: 'Kommunale Mittel', description: 'Mittel aus dem Haushalt der Kommune.'},
  eigenmittel: {label: 'Eigenmittel', description: 'Eigene Ressourcen der beteiligten Träger.'},
  sonstige: {label: 'Sonstige', description: 'Stiftungen, Spenden oder andere Quellen.'},
});

/** Kinds of lessons. */
export const lessonKinds = vocabulary({
  gelingensbedingung: {label: 'Gelingensbedingung', description: 'Eine Voraussetzung, ohne die die Dortmunder Strategie nicht gelungen wäre.'},
  'offene-frage': {label: 'Offene Frage', description: 'Eine Frage, die auch in Dortmund noch nicht beantwortet ist.'},
  empfehlung: {label: 'Empfehlung', description: 'Ein Rat an Kommunen, die neu beginnen.'},
});

/** Qualifiers for figures the source gives as approximate. */
export const qualifiers = vocabulary({
  etwa: {label: 'etwa', description: 'Ungefährer Wert.'},
  rund: {label: 'rund', description: 'Gerundeter Wert.'},
  'über': {label: 'über', description: 'Der Wert liegt darüber.'},
  unter: {label: 'unter', description: 'Der Wert liegt darunter.'},
  'bis-zu': {label: 'bis zu', description: 'Höchstwert.'},
});

/** How strong the evidence for a measure is (`praxis`), explained on /evidenz. */
export const evidenceLevels = vocabulary({
  beschrieben: {label: 'Beschrieben', description: 'Die Maßnahme ist von denen beschrieben, die sie tragen; Ergebniszahlen oder eine Evaluation liegen nicht vor.'},
  'mit-zahlen': {label: 'Mit Zahlen', description: 'Die Quelle nennt Ergebniszahlen (im Feld „outcomes“), aber keine unabhängige Auswertung.'},
  evaluiert: {label: 'Evaluiert', description: 'Eine Evaluation liegt vor und ist unter den Quellen („sources“) zitiert.'},
});

/** All vocabularies by the frontmatter field that uses them. */
export const vocabularies = {
  type: entryTypes,
  fields,
  actors,
  levels,
  status: statuses,
  funding,
  kind: lessonKinds,
  evidence: evidenceLevels,
  qualifier: qualifiers,
} as const;

export type VocabularyName = keyof typeof vocabularies;

/** The values of a vocabulary as a non-empty tuple, as z.enum wants it. */
export function valuesOf<K extends string>(vocab: Vocabulary<K>): [K, ...K[]] {
  return Object.keys(vocab) as [K, ...K[]];
}

export function labelOf<K extends string>(vocab: Vocabulary<K>, value: K): string {
  return vocab[value].label;
}
