/**
 * Words for German-like synthetic entries: the mix of long compounds, umlauts and function words
 * that the real texts have, so parsing, search indexing and page weight behave like real content.
 */

export const NOUNS = [
  'Anlaufstelle', 'Beratungsangebot', 'Clearingstelle', 'Sprachförderung', 'Wohnraumversorgung',
  'Krankenversicherung', 'Schulanmeldung', 'Elternarbeit', 'Quartiersmanagement', 'Netzwerkarbeit',
  'Arbeitsmarktintegration', 'Qualifizierung', 'Jugendhilfe', 'Familienbegleitung', 'Nachbarschaftshilfe',
  'Gesundheitsversorgung', 'Sozialberatung', 'Integrationskurs', 'Ausbildungsplatz', 'Kindertagesstätte',
  'Willkommensklasse', 'Stadtteilarbeit', 'Koordinierungsgruppe', 'Fachgruppe', 'Steuerungsgruppe',
  'Lenkungskreis', 'Trägerverbund', 'Förderprogramm', 'Handlungsrahmen', 'Sozialplanung',
  'Wohnungsaufsicht', 'Problemimmobilie', 'Mietvertrag', 'Schuldnerberatung', 'Sprachmittlung',
  'Kulturmittlerin', 'Lotsendienst', 'Bildungsbüro', 'Jobcenter', 'Ausländerbehörde',
] as const;

export const TOPICS = [
  'Gesundheit', 'Wohnen', 'Arbeit', 'Bildung', 'Sprache', 'Nachbarschaft', 'Teilhabe', 'Kinderrechte',
  'Existenzsicherung', 'Qualifizierung', 'Schulpflicht', 'Elternbildung', 'Frühförderung', 'Mietrecht',
  'Ausbildung', 'Beschäftigung', 'Versicherungsschutz', 'Impfschutz', 'Hausaufgabenhilfe', 'Sportangebote',
] as const;

export const GROUPS = [
  'Neuzugewanderte', 'Familien', 'Jugendliche', 'Kinder im Grundschulalter', 'Alleinerziehende',
  'Saisonarbeitskräfte', 'Wohnungslose', 'junge Erwachsene', 'Schwangere', 'ältere Menschen',
] as const;

export const ADJECTIVES = [
  'muttersprachliche', 'aufsuchende', 'niedrigschwellige', 'verlässliche', 'gemeinsame', 'städtische',
  'überörtliche', 'frühzeitige', 'kontinuierliche', 'ehrenamtliche', 'trägerübergreifende', 'dauerhafte',
] as const;

export const VERBS = [
  'unterstützt', 'begleitet', 'berät', 'vermittelt', 'verbindet', 'stärkt', 'koordiniert', 'öffnet',
  'erleichtert', 'sichert', 'bündelt', 'verbessert',
] as const;

export const CONNECTORS = [
  'Zugleich', 'Außerdem', 'Dabei', 'Deshalb', 'Seit dem Start', 'Im Stadtteil', 'Nach Angaben der Quelle',
  'In der Praxis', 'Für viele Familien', 'Gemeinsam mit den Trägern',
] as const;

export const CITIES = [
  'Dortmund', 'Duisburg', 'Gelsenkirchen', 'Essen', 'Bochum', 'Hagen', 'Herne', 'Hamm', 'Köln',
  'Düsseldorf', 'Mannheim', 'Offenbach', 'Berlin', 'Hamburg', 'München', 'Nürnberg', 'Hannover',
  'Bremen', 'Leipzig', 'Kassel', 'Wuppertal', 'Oberhausen', 'Krefeld', 'Mönchengladbach', 'Bielefeld',
  'Münster', 'Frankfurt am Main', 'Stuttgart', 'Karlsruhe', 'Saarbrücken',
] as const;
