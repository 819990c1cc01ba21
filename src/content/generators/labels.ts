/**
 * German labels of the fields for forms (issue form, entry assistant). Typed by the schema's keys, so a new
 * field does not compile until it has a label here; what a field means stays in schema.ts.
 */
import type {bibliographyItemSchema, entrySchemas, outcomeSchema, resourcesSchema, sourceRefSchema} from '../schema.ts';
import type {EntryType} from '../schema.ts';

export type EntryFieldName = {[T in EntryType]: keyof (typeof entrySchemas)[T]['shape']}[EntryType];
type NestedFieldName = keyof typeof outcomeSchema.shape | keyof typeof sourceRefSchema.shape | keyof typeof resourcesSchema.shape | keyof typeof bibliographyItemSchema.shape;

export const FIELD_LABELS: Record<EntryFieldName, string> = {
  id: 'Kennung (Dateiname)',
  type: 'Typ',
  title: 'Titel',
  description: 'Kurzbeschreibung',
  city: 'Kommune',
  fields: 'Handlungsfelder',
  actors: 'Akteure',
  levels: 'Ebenen',
  since: 'Startjahr',
  until: 'Endjahr',
  status: 'Status',
  funding: 'Förderung',
  outcomes: 'Zahlen und Ergebnisse',
  sources: 'Quellen',
  related: 'Verwandte Einträge',
  last_reviewed: 'Zuletzt geprüft am',
  as_of: 'Stand der Angaben',
  url: 'Webadresse',
  keywords: 'Suchbegriffe',
  key_points: 'Auf einen Blick',
  questions: 'Fragen aus der Praxis',
  deliverable: 'Ergebnis des Schritts',
  evidence: 'Belegstärke',
  resources: 'Aufwand',
  step: 'Schritt im Playbook',
  scenario: 'Nummer des Szenarios',
  kind: 'Art der Lektion',
};

export const NESTED_LABELS: Record<NestedFieldName, string> = {
  label: 'Was gezählt wird',
  value: 'Zahl',
  unit: 'Einheit',
  period: 'Zeitraum',
  qualifier: 'Genauigkeit',
  ref: 'Werk (Schlüssel aus data/sources.yml)',
  section: 'Abschnitt',
  pages: 'Seiten',
  via: 'Zitiert in (Schlüssel)',
  staff: 'Personal',
  budget: 'Kosten und Förderung',
  note: 'Hinweis',
  cite: 'Kurzzitat',
  author: 'Autorin oder Autor',
  organisation: 'Organisation',
  year: 'Jahr',
  title: 'Titel',
  publisher: 'Verlag oder Reihe',
  url: 'Webadresse',
};

/** What one item of a list of objects is called in the form („Quelle hinzufügen“). */
export const ITEM_LABELS: Partial<Record<EntryFieldName, string>> = {
  outcomes: 'Zahl',
  sources: 'Quelle',
  key_points: 'Satz',
  questions: 'Frage',
};

export function fieldLabel(name: string, nested = false): string {
  const labels: Record<string, string> = nested ? NESTED_LABELS : FIELD_LABELS;
  return labels[name] ?? name;
}
